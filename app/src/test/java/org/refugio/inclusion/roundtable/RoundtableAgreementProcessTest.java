package org.refugio.inclusion.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.refugio.inclusion.roundtable.RoundtableAgreementProcess.*;
import static org.refugio.inclusion.roundtable.RoundtableAgreementProcess.Elements.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refugio.engine.ProcessTestEngine;

/** Every path of {@code roundtable-agreement}, with the delegates replaced by recorders. */
@Deployment(resources = {"processes/roundtable-agreement.bpmn", "forms/follow-up-agreement.form"})
class RoundtableAgreementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register("recordAgreementProgressDelegate", (JavaDelegate) e -> {
      calls.add("progress:" + AGREEMENT_ID.from(e) + ":" + PROGRESS_NOTE.from(e) + ":" + AGREEMENT_CLOSED.from(e));
      LAST_NOTE.on(e).set(PROGRESS_NOTE.from(e));
    });
    Mocks.register("escalateOverdueAgreementDelegate", (JavaDelegate) e -> calls.add("escalate:"
        + AGREEMENT_ID.from(e)));
    Mocks.register("formValidation", (TaskListener) task -> { });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void shouldCloseTheAgreementWhenTheFirstFollowUpSaysItIsFulfilled() {
    // Given an agreement due in a month, for the roundtable's coordinators and the state's health liaisons
    Date due = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
    ProcessInstance agreement = start(due);

    // Then it waits as a task with the agreement's due date
    BpmnAwareTests.assertThat(agreement).isWaitingAt(USER_FOLLOW_UP_AGREEMENT);
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("roundtable7Coord").hasCandidateGroup("inclusionChpHealth")
        .hasDueDate(due);

    // When the coordinator records that it is fulfilled
    complete(task(), Map.of(PROGRESS_NOTE.name(), "Se abrió el módulo de afiliación", AGREEMENT_CLOSED.name(), true));

    // Then the progress is recorded and the agreement ends closed
    BpmnAwareTests.assertThat(agreement).isEnded().hasPassed(SERVICE_RECORD_AGREEMENT_PROGRESS, END_AGREEMENT_CLOSED)
        .hasNotPassed(SERVICE_ESCALATE_OVERDUE_AGREEMENT);
    assertThat(calls).containsExactly("progress:7:Se abrió el módulo de afiliación:true");
  }

  @Test
  void shouldComeBackToTheQueueWhenAFollowUpLeavesTheAgreementOpen() {
    // Given an agreement being followed up
    ProcessInstance agreement = start(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
    BpmnAwareTests.assertThat(agreement).isWaitingAt(USER_FOLLOW_UP_AGREEMENT);

    // When a follow-up records progress without closing it
    complete(task(), Map.of(PROGRESS_NOTE.name(), "Reunión con la jurisdicción sanitaria", AGREEMENT_CLOSED.name(),
        false));

    // Then the follow-up comes back, showing the last note, and a later one closes it
    BpmnAwareTests.assertThat(agreement).isWaitingAt(USER_FOLLOW_UP_AGREEMENT);
    assertThat(taskService().getVariable(task().getId(), LAST_NOTE.name()))
        .isEqualTo("Reunión con la jurisdicción sanitaria");
    complete(task(), Map.of(PROGRESS_NOTE.name(), "Cumplido", AGREEMENT_CLOSED.name(), true));
    BpmnAwareTests.assertThat(agreement).isEnded().hasPassed(END_AGREEMENT_CLOSED);
    assertThat(calls).containsExactly("progress:7:Reunión con la jurisdicción sanitaria:false",
        "progress:7:Cumplido:true");
  }

  @Test
  void shouldEscalateAndKeepTheTaskWhenTheDueDatePasses() {
    // Given an agreement whose due date has passed
    ProcessInstance agreement = start(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));

    // When the overdue timer fires and the escalation runs in a job of its own (retried on failure)
    execute(job(TIMER_AGREEMENT_OVERDUE, agreement));
    execute(job(SERVICE_ESCALATE_OVERDUE_AGREEMENT, agreement));

    // Then the agreement is escalated and its follow-up is still waiting
    BpmnAwareTests.assertThat(agreement).hasPassed(END_OVERDUE_ESCALATED).isWaitingAt(USER_FOLLOW_UP_AGREEMENT);
    assertThat(calls).containsExactly("escalate:7");
    complete(task(), Map.of(PROGRESS_NOTE.name(), "Cumplido tarde", AGREEMENT_CLOSED.name(), true));
    BpmnAwareTests.assertThat(agreement).isEnded();
  }

  private ProcessInstance start(Date due) {
    Map<String, Object> variables = new HashMap<>();
    AGREEMENT_ID.put(variables, 7L);
    ROUNDTABLE_ID.put(variables, 3L);
    ROUNDTABLE_NAME.put(variables, "Mesa estatal de Chiapas");
    AGREEMENT_TEXT.put(variables, "Abrir un módulo de afiliación en Tapachula");
    RESPONSIBLE_INSTITUTION.put(variables, "IMSS-Bienestar");
    AGREEMENT_DUE.put(variables, due);
    FOLLOW_UP_GROUPS.put(variables, "roundtable7Coord,inclusionChpHealth");
    return runtimeService().startProcessInstanceByKey(KEY, "acuerdo-7", variables);
  }
}
