package org.refugio.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a simulated officer following a process instance that it has moved to where the officer has something to do
 * (a task was created, the instance reached an activity the officer waits for, or it ended), once the engine's
 * transaction has committed. It listens to the history events the Camunda Spring Boot starter publishes (eventing is
 * on by default), so the officer asks the engine again when something happened, as a person looking at Tasklist
 * would, instead of polling it every few milliseconds: the polling cost the machine more than a claim's own work.
 */
final class InstanceMoves implements ApplicationListener<ApplicationEvent> {

  private final Map<String, Semaphore> followed = new ConcurrentHashMap<>();
  private final Set<String> awaitedActivities;

  InstanceMoves(Set<String> awaitedActivities) {
    this.awaitedActivities = awaitedActivities;
  }

  /** From now on, moves of the instance are counted for {@link #await}. */
  void follow(String processInstanceId) {
    followed.put(processInstanceId, new Semaphore(0));
  }

  void unfollow(String processInstanceId) {
    followed.remove(processInstanceId);
  }

  /**
   * Waits until the instance moved since the last call, or for at most {@code timeout}; returns whether it moved
   * (false: the timeout, after which the officer looks anyway).
   */
  boolean await(String processInstanceId, Duration timeout) throws InterruptedException {
    Semaphore moves = followed.get(processInstanceId);
    if (moves == null) {
      throw new IllegalStateException("Not following " + processInstanceId);
    }
    boolean moved = moves.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    moves.drainPermits();
    return moved;
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (!(event instanceof PayloadApplicationEvent<?> payload) || !(payload.getPayload() instanceof HistoryEvent h)) {
      return;
    }
    Semaphore moves = h.getProcessInstanceId() == null ? null : followed.get(h.getProcessInstanceId());
    if (moves == null || !matters(h)) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          moves.release();
        }
      });
    } else {
      moves.release();
    }
  }

  private boolean matters(HistoryEvent event) {
    String type = event.getEventType();
    if (event instanceof HistoricTaskInstanceEventEntity) {
      return HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName().equals(type);
    }
    if (event instanceof HistoricProcessInstanceEventEntity) {
      return HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(type);
    }
    return event instanceof HistoricActivityInstanceEventEntity activity
        && HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName().equals(type)
        && awaitedActivities.contains(activity.getActivityId());
  }
}
