package org.refugio.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A change to the calendar moves the running deadlines: the process variable, the task due dates and the timers of
 * each process instance whose deadline it changes, on the real engine and through the API.
 */
@RecordApplicationEvents
class DeadlineRecomputationIT extends IntegrationTest {

  private static final String PROCESS = "deadline-recomputation-test";
  private static final String DUE = AsylumClaimProcess.DECISION_DUE.name();
  /*
   * Monday 3 March 2031, ten business days at Tapachula: Mar 4-7 (4), Mar 10-14 (9), Mon 17 is the third Monday of
   * March, Tue 18 (10).
   */
  private static final LocalDate EVENT = LocalDate.of(2031, 3, 3);
  private static final int DAYS = 10;

  @Autowired
  Deadlines deadlines;
  @Autowired
  ObjectMapper json;
  @Autowired
  ApplicationEvents events;

  private Deployment deployment;
  private String processInstanceId;

  @BeforeEach
  void startAProcessWithADeadline() {
    deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance(PROCESS + ".bpmn", process()).deploy();
    Date due = WorkingDays.endOfDay(LocalDate.of(2031, 3, 18));
    processInstanceId = engine.getRuntimeService()
        .startProcessInstanceByKey(PROCESS, "TAP-2031-000001", Map.of(DUE, due)).getId();
    Date started = deadlines.start(processInstanceId, "TAP-2031-000001", DUE, EVENT, DAYS, "TAP");
    assertThat(started).isEqualTo(due);
    assertThat(engineDueDates()).containsExactly(due, due, due);
  }

  @AfterEach
  void removeTheProcess() {
    jdbc.update("delete from refugio.non_working_day where day between '2031-01-01' and '2031-12-31'");
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    deadlines.recompute();
  }

  @Test
  void shouldMoveTheVariableTaskAndTimerWhenADayBeforeTheDueDateIsDeclaredAndBackWhenItIsRemoved()
      throws Exception {
    // When policy staff declare Wednesday 5 March 2031 non-working
    ResponseEntity<String> declared = post("policyTap", "/api/calendar/non-working-days",
        Map.of("date", "2031-03-05", "reason", "Acuerdo de prueba", "reference", "DOF 01/03/2031"));

    // Then the deadline is one business day later, in the engine and in the answer
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(declared.getBody());
    assertThat(body.get("deadlinesMoved").asInt()).isEqualTo(1);
    Date oneLater = WorkingDays.endOfDay(LocalDate.of(2031, 3, 19));
    assertThat(engineDueDates()).containsExactly(oneLater, oneLater, oneLater);
    assertThat(deadlines.running(processInstanceId, DUE)).get().extracting(RunningDeadline::dueAt)
        .isEqualTo(oneLater);

    // When the day is removed again
    ResponseEntity<String> removed = call("policyTap", HttpMethod.DELETE,
        "/api/calendar/non-working-days/2031-03-05", null, Map.of());

    // Then everything is back on Tuesday 18 March
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(removed.getHeaders().getFirst(CalendarController.DEADLINES_MOVED_HEADER)).isEqualTo("1");
    Date original = WorkingDays.endOfDay(LocalDate.of(2031, 3, 18));
    assertThat(engineDueDates()).containsExactly(original, original, original);
  }

  @Test
  void shouldMoveByTheBusinessDaysOfTheRangeWhenDeadlinesAreSuspended() throws Exception {
    // When deadlines are suspended from Saturday 8 to Sunday 16 March 2031: five business days (Mar 10-14)
    ResponseEntity<String> suspended = post("policyTap", "/api/calendar/suspensions", Map.of("from", "2031-03-08",
        "to", "2031-03-16", "reason", "Suspensión de plazos", "reference", "DOF 07/03/2031"));

    // Then the deadline runs five business days longer: Mar 19, 20, 21, 24, 25
    assertThat(suspended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(suspended.getBody());
    assertThat(body.get("deadlinesMoved").asInt()).isEqualTo(1);
    assertThat(body.get("daysDeclared").asInt()).isEqualTo(9);
    Date fiveLater = WorkingDays.endOfDay(LocalDate.of(2031, 3, 25));
    assertThat(engineDueDates()).containsExactly(fiveLater, fiveLater, fiveLater);

    // When the suspension is lifted
    ResponseEntity<String> lifted = call("policyTap", HttpMethod.DELETE,
        "/api/calendar/suspensions?from=2031-03-08&to=2031-03-16", null, Map.of());

    // Then
    assertThat(lifted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Date original = WorkingDays.endOfDay(LocalDate.of(2031, 3, 18));
    assertThat(engineDueDates()).containsExactly(original, original, original);
  }

  @Test
  void shouldLeaveTheDeadlineWhenTheDayIsDeclaredAtAnotherOfficeOrAfterTheDueDate() throws Exception {
    // When a day before the due date is declared at Mexico City, and one after it nationally
    ResponseEntity<String> otherOffice = post("admin", "/api/calendar/non-working-days",
        Map.of("date", "2031-03-05", "reason", "Acuerdo local", "reference", "DOF 01/03/2031", "office", "CDMX"));
    ResponseEntity<String> later = post("admin", "/api/calendar/non-working-days",
        Map.of("date", "2031-03-20", "reason", "Acuerdo nacional", "reference", "DOF 01/03/2031"));

    // Then Tapachula's deadline stays
    assertThat(json.readTree(otherOffice.getBody()).get("deadlinesMoved").asInt()).isZero();
    assertThat(json.readTree(later.getBody()).get("deadlinesMoved").asInt()).isZero();
    Date original = WorkingDays.endOfDay(LocalDate.of(2031, 3, 18));
    assertThat(engineDueDates()).containsExactly(original, original, original);

    // When the same day is declared at Tapachula
    ResponseEntity<String> ownOffice = post("admin", "/api/calendar/non-working-days",
        Map.of("date", "2031-03-05", "reason", "Acuerdo local", "reference", "DOF 01/03/2031", "office", "TAP"));

    // Then it moves
    assertThat(json.readTree(ownOffice.getBody()).get("deadlinesMoved").asInt()).isEqualTo(1);
    Date oneLater = WorkingDays.endOfDay(LocalDate.of(2031, 3, 19));
    assertThat(engineDueDates()).containsExactly(oneLater, oneLater, oneLater);
  }

  @Test
  void shouldMoveTheEngineAndTellOtherPackagesWhenADeadlineIsExtended() {
    // When the decision deadline is extended by five business days
    Date extended = deadlines.extend(processInstanceId, DUE, 5);

    // Then it is due on Tuesday 25 March, in the engine too, and the move was published
    Date expected = WorkingDays.endOfDay(LocalDate.of(2031, 3, 25));
    assertThat(extended).isEqualTo(expected);
    assertThat(engineDueDates()).containsExactly(expected, expected, expected);
    assertThat(deadlines.running(processInstanceId)).singleElement()
        .isEqualTo(new RunningDeadline(DUE, EVENT, DAYS + 5, expected, "TAP"));
    assertThat(events.stream(DeadlineMoved.class)).containsExactly(new DeadlineMoved(processInstanceId,
        "TAP-2031-000001", DUE, WorkingDays.endOfDay(LocalDate.of(2031, 3, 18)), expected));
  }

  @Test
  void shouldRefuseToExtendWhenTheDeadlineIsClosed() {
    // Given
    deadlines.close(processInstanceId, DUE);

    // When / Then
    assertThat(deadlines.running(processInstanceId, DUE)).isEmpty();
    assertThatThrownBy(() -> deadlines.extend(processInstanceId, DUE, 5))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no está abierto");
    assertThatThrownBy(() -> deadlines.extend(processInstanceId, "appealDue", 5))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no se ha iniciado");
  }

  @Test
  void shouldCancelTheDeadlineWhenItsProcessInstanceNoLongerRuns() {
    // Given
    engine.getRuntimeService().deleteProcessInstance(processInstanceId, "test");

    // When a day before its due date is declared
    jdbc.update("insert into refugio.non_working_day (day, kind, reason, reference, declared_by) "
        + "values ('2031-03-05', 'DECLARED', 'Acuerdo de prueba', 'DOF 01/03/2031', 'test')");
    int moved = deadlines.recompute();

    // Then nothing moved, and the deadline is cancelled
    assertThat(moved).isZero();
    assertThat(deadlines.running(processInstanceId)).isEmpty();
    assertThat(jdbc.queryForObject("select status from refugio.deadline where process_instance_id = ?",
        String.class, processInstanceId)).isEqualTo("CANCELLED");
  }

  /** The process variable, the task's due date and the timer's due date. */
  private List<Date> engineDueDates() {
    Date variable = (Date) engine.getRuntimeService().getVariable(processInstanceId, DUE);
    Date task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult()
        .getDueDate();
    Date timer = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
        .singleResult().getDuedate();
    return List.of(variable, task, timer);
  }

  /** A throwaway process whose task and timer are both due at the decision deadline, as asylum-claim's are. */
  private static BpmnModelInstance process() {
    return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent("start_test")
        .parallelGateway("and_fork")
        .userTask("user_decide").camundaDueDate("${" + DUE + "}")
        .endEvent("end_decided")
        .moveToNode("and_fork")
        .intermediateCatchEvent("timer_decision_due").timerWithDate("${" + DUE + "}")
        .endEvent("end_due")
        .done();
  }
}
