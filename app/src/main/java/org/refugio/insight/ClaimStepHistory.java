package org.refugio.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.refugio.claim.AsylumClaimProcess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code refugio.claim_step} (V29) as the engine reports the activity instances of {@code asylum-claim}: a row
 * when a step where a claim waits starts, its end and duration when it ends, in the engine's transaction (the mapper
 * joins the Spring transaction the engine's command runs in). The managers' bottleneck figures, backlog by step and
 * "claims waiting here" read it instead of the engine's history, which has a row for every element a claim passes
 * and no office (docs/performance.md, "Managers' views"). It needs a history level that records activity instances
 * ({@code activity} or above).
 */
@Component
class ClaimStepHistory extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  /** The activity types at which a claim waits; also in V29's backfill. */
  static final Set<String> WAITING_TYPES = Set.of(ActivityTypes.TASK_USER_TASK, ActivityTypes.CALL_ACTIVITY,
      ActivityTypes.SUB_PROCESS, ActivityTypes.TASK_RECEIVE_TASK, ActivityTypes.GATEWAY_EVENT_BASED,
      ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.INTERMEDIATE_EVENT_MESSAGE,
      ActivityTypes.INTERMEDIATE_EVENT_SIGNAL, ActivityTypes.INTERMEDIATE_EVENT_CONDITIONAL);

  private static final Set<String> RECORDED_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName(),
      HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName());

  private final ObjectProvider<ClaimStepMapper> steps;

  ClaimStepHistory(ObjectProvider<ClaimStepMapper> steps) {
    this.steps = steps;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // beside the engine's own handler (enableDefaultDbHistoryEventHandler), which writes the engine's history
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(this);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricActivityInstanceEventEntity activity) || !isClaimStep(activity)) {
      return;
    }
    boolean ended = HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(activity.getEventType());
    ClaimStepMapper.Step step = new ClaimStepMapper.Step(activity.getActivityInstanceId(),
        activity.getProcessInstanceId(), activity.getActivityId(),
        activity.getActivityName(), activity.getActivityType(), activity.getStartTime(),
        ended ? activity.getEndTime() : null, ended && activity.getStartTime() != null
            ? Long.valueOf(activity.getDurationInMillis()) : null);
    ClaimStepMapper mapper = steps.getObject();
    if (!ended) {
      mapper.insertStarted(step);
    } else if (mapper.updateEnded(step) == 0 && step.startedAt() != null) {
      mapper.insertStarted(step);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static boolean isClaimStep(HistoricActivityInstanceEventEntity activity) {
    return AsylumClaimProcess.KEY.equals(activity.getProcessDefinitionKey())
        && WAITING_TYPES.contains(activity.getActivityType())
        && RECORDED_EVENTS.contains(activity.getEventType());
  }
}
