package org.refugio.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.refugio.calendar.DeadlineMapper.Deadline;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running legal deadlines of process instances, kept in {@code refugio.deadline} so that a change to the calendar
 * (a declared day, a suspension) or an extension moves them: the process variable of the deadline's name, the tasks
 * and the timers due at the old date get the new one, and a {@link DeadlineMoved} event tells everyone else.
 */
@Service
public class Deadlines {

  static final String OPEN = "OPEN";
  static final String MET = "MET";
  static final String CANCELLED = "CANCELLED";
  private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

  private final DeadlineMapper deadlines;
  private final WorkingDays workingDays;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final SystemAuthentication systemAuthentication;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate eachDeadline;

  public Deadlines(DeadlineMapper deadlines, WorkingDays workingDays, RuntimeService runtimeService,
      TaskService taskService, ManagementService managementService, SystemAuthentication systemAuthentication,
      ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
    this.deadlines = deadlines;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.systemAuthentication = systemAuthentication;
    this.events = events;
    this.eachDeadline = new TransactionTemplate(transactionManager);
  }

  /**
   * Starts (or restarts) deadline {@code name} of the process instance: due at the end (23:59:59 Mexico City) of the
   * Nth business day after {@code event}, office-local days counted. Stores it; returns the due date.
   */
  @Transactional
  public Date start(String processInstanceId, String businessKey, String name, LocalDate event, int businessDays,
      String office) {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(event, "event");
    Date due = workingDays.after(event, businessDays, office);
    deadlines.saveOpen(processInstanceId, businessKey, name, office, event, businessDays, toOffset(due));
    return due;
  }

  /**
   * Adds business days to a running deadline (an extension), moving the engine's variable, tasks and timers as
   * {@link #recompute()} does; returns the new due date.
   *
   * @throws IllegalStateException when the deadline is not open (met, cancelled or never started)
   */
  @Transactional
  public Date extend(String processInstanceId, String name, int moreBusinessDays) {
    if (moreBusinessDays < 0) {
      throw new IllegalArgumentException("Una ampliación suma días hábiles: " + moreBusinessDays);
    }
    Deadline deadline = deadlines.findLatest(processInstanceId, name)
        .map(latest -> OPEN.equals(latest.status())
            ? deadlines.lockOpen(latest.id()).orElseGet(() -> deadlines.findLatest(processInstanceId, name).get())
            : latest)
        .orElseThrow(() -> new IllegalStateException("El plazo «" + name + "» no se ha iniciado en la instancia "
            + processInstanceId + ": no se puede ampliar."));
    if (!OPEN.equals(deadline.status())) {
      throw new IllegalStateException("El plazo «" + name + "» de la instancia " + processInstanceId
          + " ya no está abierto (" + (MET.equals(deadline.status()) ? "cumplido" : "cancelado")
          + "): no se puede ampliar.");
    }
    int businessDays = deadline.businessDays() + moreBusinessDays;
    Date newDue = workingDays.after(deadline.eventDay(), businessDays, deadline.office());
    deadlines.updateDue(deadline.id(), businessDays, toOffset(newDue));
    if (!newDue.toInstant().equals(deadline.dueAt().toInstant())) {
      move(deadline, newDue);
    }
    return newDue;
  }

  /** The deadline was met or no longer applies. */
  @Transactional
  public void close(String processInstanceId, String name) {
    deadlines.closeOpen(processInstanceId, name, MET);
  }

  public Optional<RunningDeadline> running(String processInstanceId, String name) {
    return deadlines.findLatest(processInstanceId, name).filter(d -> OPEN.equals(d.status())).map(Deadlines::view);
  }

  public List<RunningDeadline> running(String processInstanceId) {
    return deadlines.findOpenOf(processInstanceId).stream().map(Deadlines::view).toList();
  }

  /**
   * Recomputes every OPEN deadline against the current calendar; for each whose due date changed, moves the engine;
   * returns how many moved. Each deadline moves in its own transaction, so a process instance busy elsewhere fails
   * alone; deadlines of process instances that no longer run are marked CANCELLED rather than touched.
   *
   * @throws DeadlinesNotMovedException after trying every deadline, when some could not be moved (they keep their old
   *     due date until the next recomputation)
   */
  public int recompute() {
    int moved = 0;
    List<String> failed = new ArrayList<>();
    for (Deadline deadline : deadlines.findOpen()) {
      try {
        if (Boolean.TRUE.equals(eachDeadline.execute(status -> deadlines.lockOpen(deadline.id())
            .map(this::recompute).orElse(false)))) {
          moved++;
        }
      } catch (RuntimeException e) {
        log.error("Deadline {} of process instance {} could not be recomputed", deadline.name(),
            deadline.processInstanceId(), e);
        failed.add(deadline.processInstanceId() + "/" + deadline.name());
      }
    }
    if (!failed.isEmpty()) {
      throw new DeadlinesNotMovedException(moved, failed);
    }
    return moved;
  }

  private boolean recompute(Deadline deadline) {
    boolean running = systemAuthentication.call(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(deadline.processInstanceId()).count() > 0);
    if (!running) {
      deadlines.close(deadline.id(), CANCELLED);
      return false;
    }
    Date newDue = workingDays.after(deadline.eventDay(), deadline.businessDays(), deadline.office());
    if (newDue.toInstant().equals(deadline.dueAt().toInstant())) {
      return false;
    }
    deadlines.updateDue(deadline.id(), deadline.businessDays(), toOffset(newDue));
    move(deadline, newDue);
    return true;
  }

  /** Moves what the engine holds at the deadline's old due date to the new one, then tells the other packages. */
  private void move(Deadline deadline, Date newDue) {
    String processInstanceId = deadline.processInstanceId();
    Date oldDue = Date.from(deadline.dueAt().toInstant());
    systemAuthentication.call(() -> {
      boolean hasVariable = runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
          .executionIdIn(processInstanceId).variableName(deadline.name()).count() > 0;
      if (hasVariable) {
        runtimeService.setVariable(processInstanceId, deadline.name(), newDue);
      }
      for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
        if (sameInstant(task.getDueDate(), oldDue)) {
          task.setDueDate(newDue);
          taskService.saveTask(task);
        }
      }
      for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
        if (sameInstant(job.getDuedate(), oldDue)) {
          managementService.setJobDuedate(job.getId(), newDue);
        }
      }
      return null;
    });
    log.info("Deadline {} of process instance {} moved from {} to {}", deadline.name(), processInstanceId,
        oldDue.toInstant(), newDue.toInstant());
    events.publishEvent(new DeadlineMoved(processInstanceId, deadline.businessKey(), deadline.name(), oldDue, newDue));
  }

  private static boolean sameInstant(Date date, Date other) {
    return date != null && date.getTime() == other.getTime();
  }

  private static RunningDeadline view(Deadline deadline) {
    return new RunningDeadline(deadline.name(), deadline.eventDay(), deadline.businessDays(),
        Date.from(deadline.dueAt().toInstant()), deadline.office());
  }

  private static OffsetDateTime toOffset(Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
