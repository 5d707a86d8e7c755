package org.refugio.appeal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.refugio.appeal.AppealReviewProcess.*;
import static org.refugio.appeal.AppealReviewProcess.Elements.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refugio.claim.OfficeGroups;
import org.refugio.engine.FormSchemaValidator;
import org.refugio.engine.FormValidationException;
import org.refugio.engine.FormValidationListener;
import org.refugio.engine.ProcessTestEngine;
import org.refugio.security.CurrentUsers;

/**
 * Every path of {@code appeal-review}, with its real task listeners and forms (server-side validation included) and the
 * service tasks replaced by recorders.
 */
@Deployment(resources = {"processes/appeal-review.bpmn"})
class AppealReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  /** 1 December 2026, 18:00 in Mexico City: "today" for the notification date. */
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);
  private static final String CASE_NUMBER_TAP = "TAP-2026-000007";
  private static final String GROUNDS = "Los agravios expresados por la persona recurrente son fundados: la "
      + "resolución no valoró la información del país de origen sobre la violencia generalizada en su lugar de "
      + "residencia.";

  private final List<String> calls = new ArrayList<>();
  private final Map<String, Object> recorded = new HashMap<>();
  private ProcessInstance appeal;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    ensureUser(identity, "legalCdmx", "legal");
    ensureUser(identity, "eligibilityTap", "eligibilityTap");
    ensureUser(identity, "reviewTap", "reviewTap");
    Mocks.register("issueAppealResolutionDelegate", recorder("appealResolution"));
    Mocks.register("recordAppealResultDelegate", (JavaDelegate) execution -> {
      calls.add("recordResult");
      recorded.putAll(execution.getVariables());
    });
    Mocks.register("formValidation", new FormValidationListener(new FormSchemaValidator()));
    Mocks.register("officeGroups", new OfficeGroups());
    Mocks.register("appealIndependence", new AppealIndependenceListener(identity, new CurrentUsers(identity)));
    Mocks.register("appealNotificationCheck", new AppealNotificationCheck(TODAY));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    extension.getProcessEngine().getIdentityService().clearAuthentication();
  }

  @Test
  void shouldIssueAndNotifyTheConfirmationWhenTheLegalUnitConfirmsTheDecision() {
    // Given an appeal against a refusal at Tapachula
    ProcessInstance appeal = fileAppeal();

    // Then the national legal unit has it, not the office that decided
    assertThat(appeal).isWaitingAt(USER_DECIDE_APPEAL);
    assertThat(task()).hasCandidateGroup("legal");
    org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(task().getId()))
        .noneMatch(link -> "eligibilityTap".equals(link.getGroupId()) || "reviewTap".equals(link.getGroupId()));

    // When the legal unit confirms it
    completeAs("legalCdmx", decision(AppealResult.CONFIRMED, null));

    // Then its resolution is issued as a job that can be retried, and the office's registration officers notify it
    assertThat(appeal).isWaitingAt(SERVICE_ISSUE_APPEAL_RESOLUTION);
    execute(job());
    assertThat(appeal).isWaitingAt(USER_NOTIFY_APPEAL_RESULT);
    assertThat(task()).hasCandidateGroup("registrationTap");

    // A notification dated tomorrow is refused, and the task stays
    assertThatThrownBy(() -> completeAs("registrationTap", notification("2026-12-02", false, null)))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("no puede ser posterior a hoy");
    assertThat(appeal).isWaitingAt(USER_NOTIFY_APPEAL_RESULT);

    completeAs("registrationTap", notification("2026-12-01", false, null));

    assertThat(appeal).isEnded().hasPassedInOrder(START_APPEAL_FILED, USER_DECIDE_APPEAL,
        SERVICE_ISSUE_APPEAL_RESOLUTION, USER_NOTIFY_APPEAL_RESULT, SERVICE_RECORD_APPEAL_RESULT, END_APPEAL_DECIDED);
    assertThat(appeal).variables().containsEntry(APPEAL_RESULT.name(), "CONFIRMED")
        .doesNotContainKey(APPEAL_OUTCOME.name());
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("appealResolution", "recordResult");
    org.assertj.core.api.Assertions.assertThat(recorded).containsEntry(APPEAL_NOTIFICATION_DATE.name(), "2026-12-01");
  }

  @Test
  void shouldCarryTheNewOutcomeWhenTheLegalUnitRevokesTheDecision() {
    // Given an appeal
    ProcessInstance appeal = fileAppeal();

    // A revocation without the new outcome is refused: the form requires it once "revoke" is chosen
    assertThatThrownBy(() -> completeAs("legalCdmx", decision(AppealResult.REVOKED, null)))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("Sentido de la nueva resolución");

    // When the legal unit revokes it and recognizes the applicant under the expanded definition
    completeAs("legalCdmx", decision(AppealResult.REVOKED, "RECOGNIZED_CARTAGENA"));
    execute(job());

    // And the notification records that the person reported a juicio de nulidad
    assertThatThrownBy(() -> completeAs("registrationTap", notification("2026-12-01", true, null)))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("Datos de la demanda de nulidad");
    completeAs("registrationTap", notification("2026-12-01", true,
        "Demanda ante la Sala Regional Chiapas del TFJA, presentada el 28/11/2026."));

    // Then asylum-claim receives the result and the new outcome, and the suit is recorded
    assertThat(appeal).isEnded().hasPassed(SERVICE_ISSUE_APPEAL_RESOLUTION, SERVICE_RECORD_APPEAL_RESULT);
    assertThat(appeal).variables().containsEntry(APPEAL_RESULT.name(), "REVOKED")
        .containsEntry(APPEAL_OUTCOME.name(), "RECOGNIZED_CARTAGENA");
    org.assertj.core.api.Assertions.assertThat(recorded).containsEntry(NULLITY_SUIT_REPORTED.name(), true)
        .containsEntry(NULLITY_SUIT_DETAIL.name(), "Demanda ante la Sala Regional Chiapas del TFJA, presentada el "
            + "28/11/2026.");
  }

  @Test
  void shouldReturnTheRemandWithoutANewOutcomeWhenTheLegalUnitOrdersANewAssessment() {
    // Given an appeal
    ProcessInstance appeal = fileAppeal();

    // When the legal unit orders the procedure reopened
    completeAs("legalCdmx", decision(AppealResult.REMANDED, null));
    execute(job());
    completeAs("registrationTap", notification("2026-11-30", false, null));

    // Then the remand is issued, notified and returned, with no outcome of its own
    assertThat(appeal).isEnded().hasPassedInOrder(USER_DECIDE_APPEAL, SERVICE_ISSUE_APPEAL_RESOLUTION,
        USER_NOTIFY_APPEAL_RESULT, END_APPEAL_DECIDED);
    assertThat(appeal).variables().containsEntry(APPEAL_RESULT.name(), "REMANDED")
        .doesNotContainKey(APPEAL_OUTCOME.name());
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("appealResolution", "recordResult");
  }

  @Test
  void shouldRefuseTheAppealToAnOfficerOfTheOfficeThatDecided() {
    // Given an appeal against a Tapachula resolution
    ProcessInstance appeal = fileAppeal();
    String taskId = task(appeal).getId();

    // Then neither an eligibility officer nor a reviewer of Tapachula may take it or decide it
    assertThatThrownBy(() -> taskService().claim(taskId, "eligibilityTap"))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("unidad distinta");
    assertThatThrownBy(() -> taskService().setAssignee(taskId, "reviewTap"))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("unidad distinta");
    assertThatThrownBy(() -> completeWithoutClaiming("eligibilityTap", decision(AppealResult.REVOKED,
        "RECOGNIZED_1951"))).hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("unidad distinta");

    // And the appeal is still waiting for the legal unit, unassigned
    assertThat(appeal).isWaitingAt(USER_DECIDE_APPEAL);
    assertThat(task(appeal)).isNotAssigned();
    org.assertj.core.api.Assertions.assertThat(calls).isEmpty();
  }

  /** What asylum-claim's call_review_appeal passes in. */
  private ProcessInstance fileAppeal() {
    Map<String, Object> variables = new HashMap<>();
    CLAIM_ID.put(variables, 7L);
    CASE_NUMBER.put(variables, CASE_NUMBER_TAP);
    OFFICE.put(variables, "TAP");
    OUTCOME.put(variables, "NOT_RECOGNIZED");
    APPEAL_FILED_ON.put(variables, "2026-11-25");
    PRIORITY.put(variables, 50);
    appeal = runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER_TAP, variables);
    return appeal;
  }

  private static Map<String, Object> decision(AppealResult result, String newOutcome) {
    Map<String, Object> values = new HashMap<>();
    APPEAL_RESULT.put(values, result.name());
    if (newOutcome != null) {
      APPEAL_OUTCOME.put(values, newOutcome);
    }
    APPEAL_GROUNDS.put(values, GROUNDS);
    return values;
  }

  private static Map<String, Object> notification(String date, boolean nullitySuit, String nullityDetail) {
    Map<String, Object> values = new HashMap<>();
    APPEAL_NOTIFICATION_DATE.put(values, date);
    APPEAL_NOTIFICATION_METHOD.put(values, "IN_PERSON");
    APPEAL_RESULT_UNDERSTOOD.put(values, true);
    NULLITY_SUIT_REPORTED.put(values, nullitySuit);
    if (nullityDetail != null) {
      NULLITY_SUIT_DETAIL.put(values, nullityDetail);
    }
    return values;
  }

  private void completeAs(String userId, Map<String, Object> values) {
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    String taskId = task(appeal).getId();
    taskService().claim(taskId, userId);
    identity.setAuthentication(userId, List.of());
    try {
      taskService().complete(taskId, values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void completeWithoutClaiming(String userId, Map<String, Object> values) {
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    identity.setAuthentication(userId, List.of());
    try {
      taskService().complete(task(appeal).getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void ensureUser(IdentityService identity, String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      identity.saveUser(identity.newUser(userId));
    }
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      identity.saveGroup(identity.newGroup(groupId));
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private JavaDelegate recorder(String name) {
    return execution -> calls.add(name);
  }
}
