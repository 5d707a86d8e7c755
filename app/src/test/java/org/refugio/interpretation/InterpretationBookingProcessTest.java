package org.refugio.interpretation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.refugio.interpretation.InterpretationBookingProcess.*;
import static org.refugio.interpretation.InterpretationBookingProcess.Elements.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refugio.claim.OfficeGroups;
import org.refugio.engine.ProcessTestEngine;

/** Every path of {@code interpretation-booking}, with the delegates replaced by recorders. */
@Deployment(resources = "processes/interpretation-booking.bpmn")
class InterpretationBookingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private static final Date SLOT = new Date(1796000000000L);
  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register("requestInterpreterDelegate", (JavaDelegate) e -> {
      int attempt = BOOKING_ATTEMPT.from(e) == null ? 1 : BOOKING_ATTEMPT.from(e);
      calls.add("request:" + LANGUAGE.from(e) + ":" + INTERPRETER_GENDER.from(e) + ":" + attempt);
      BOOKING_REFERENCE.on(e).set("INT-1-" + attempt);
    });
    Mocks.register("moveInterviewDelegate", (JavaDelegate) e -> calls.add("move:" + BOOKING_REFERENCE.from(e)));
    Mocks.register("recordInterpreterBookingDelegate", (JavaDelegate) e -> {
      calls.add("record:" + (MANUAL_INTERPRETER_NAME.from(e) == null ? "provider" : "manual"));
      INTERVIEW_AT.on(e).set(SLOT);
    });
    Mocks.register("interpretationSchedule", new InterpretationSchedule(new InterpretationProperties("stand-in",
        null, "k", "s", Duration.ofSeconds(1), Duration.ofSeconds(1), "PT48H", "R3/PT1M", Duration.ofSeconds(1),
        null)));
    Mocks.register("officeGroups", new OfficeGroups());
    Mocks.register("formValidation", (TaskListener) task -> { });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void shouldRecordTheProvidersSlotWhenItConfirmsInTime() {
    // Given a booking for a Haitian Creole interpreter, requested in a job of its own (retried on failure)
    ProcessInstance booking = start();
    assertThat(booking).isWaitingAt(SERVICE_REQUEST_INTERPRETER);
    Job request = job();
    org.assertj.core.api.Assertions.assertThat(managementService().createJobDefinitionQuery()
        .activityIdIn(SERVICE_REQUEST_INTERPRETER).count()).isOne();
    execute(request);
    assertThat(booking).isWaitingAt(EVGW_BOOKING_ANSWER);

    // When the provider's confirmation arrives on the webhook
    runtimeService().createMessageCorrelation(INTERPRETER_CONFIRMED_MESSAGE)
        .processInstanceVariableEquals(BOOKING_REFERENCE.name(), "INT-1-1").correlate();

    // Then the slot is recorded and the booking ends without a coordinator
    assertThat(booking).isEnded().hasPassed(SERVICE_RECORD_INTERPRETER_BOOKING, END_INTERPRETER_BOOKED)
        .hasNotPassed(USER_SCHEDULE_INTERPRETER);
    assertThat(booking).variables().containsEntry(INTERVIEW_AT.name(), SLOT);
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("request:ht:F:1", "record:provider");
  }

  @Test
  void shouldLetTheOfficesCoordinatorScheduleWhenNoConfirmationComesInTime() {
    // Given a booking whose request the provider took
    ProcessInstance booking = start();
    execute(job(booking));

    // When the confirmation does not come in time
    execute(job(TIMER_CONFIRMATION_OVERDUE, booking));

    // Then the office's interpretation coordinators schedule it by hand
    assertThat(booking).isWaitingAt(USER_SCHEDULE_INTERPRETER);
    assertThat(task()).hasCandidateGroup("interpretationTap");
    complete(task(), Map.of(MANUAL_INTERPRETER_NAME.name(), "Intérprete local", MANUAL_INTERVIEW_DATE.name(),
        "2026-12-09", MANUAL_INTERVIEW_TIME.name(), "10:00", MANUAL_COST_MXN.name(), 900.0));
    assertThat(booking).isEnded().hasPassed(USER_SCHEDULE_INTERPRETER, SERVICE_RECORD_INTERPRETER_BOOKING);
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("request:ht:F:1", "record:manual");
  }

  @Test
  void shouldAskAgainUnderTheNextAttemptWhenTheProviderCancelsBeforeConfirming() {
    // Given a booking whose request the provider took
    ProcessInstance booking = start();
    execute(job(booking));

    // When the provider cancels it before confirming
    runtimeService().createMessageCorrelation(BOOKING_CANCELLED_MESSAGE)
        .processInstanceVariableEquals(BOOKING_REFERENCE.name(), "INT-1-1")
        .setVariable(BOOKING_ATTEMPT.name(), 2).correlate();

    // Then the booking asks again, in a job of its own, under the next attempt, and waits for that confirmation
    assertThat(booking).hasPassed(MSG_BOOKING_CANCELLED).isWaitingAt(SERVICE_REQUEST_INTERPRETER);
    execute(job(booking));
    assertThat(booking).isWaitingAt(EVGW_BOOKING_ANSWER).variables().containsEntry(BOOKING_REFERENCE.name(), "INT-1-2");
    runtimeService().createMessageCorrelation(INTERPRETER_CONFIRMED_MESSAGE)
        .processInstanceVariableEquals(BOOKING_REFERENCE.name(), "INT-1-2").correlate();
    assertThat(booking).isEnded().hasPassed(END_INTERPRETER_BOOKED).hasNotPassed(SERVICE_MOVE_INTERVIEW);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("request:ht:F:1", "request:ht:F:2", "record:provider");
  }

  @Test
  void shouldMoveTheClaimsInterviewWhenTheBookingReplacesACancelledOrMissedOne() {
    // Given a new booking that replaces the claim's first one, which the interpreter missed
    Map<String, Object> variables = variables();
    BOOKING_ATTEMPT.put(variables, 2);
    REPLACED_BOOKING.put(variables, "INT-1-1");
    ProcessInstance booking = runtimeService().startProcessInstanceByKey(KEY, "TAP-2026-000001", variables);
    execute(job(booking));

    // When the provider confirms it
    runtimeService().createMessageCorrelation(INTERPRETER_CONFIRMED_MESSAGE)
        .processInstanceVariableEquals(BOOKING_REFERENCE.name(), "INT-1-2").correlate();

    // Then the slot is recorded and the claim's open interview moves to it
    assertThat(booking).isEnded().hasPassed(XOR_REPLACES_BOOKING, SERVICE_MOVE_INTERVIEW, END_INTERPRETER_BOOKED);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("request:ht:F:2", "record:provider", "move:INT-1-2");
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, "TAP-2026-000001", variables());
  }

  private static Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    CLAIM_ID.put(variables, 1L);
    OFFICE.put(variables, "TAP");
    LANGUAGE.put(variables, "ht");
    INTERPRETER_GENDER.put(variables, "F");
    return variables;
  }
}
