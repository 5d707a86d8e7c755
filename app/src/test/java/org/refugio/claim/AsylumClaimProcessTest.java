package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.refugio.claim.AsylumClaimProcess.*;
import static org.refugio.claim.AsylumClaimProcess.Elements.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refugio.engine.ProcessTestEngine;
import org.refugio.security.CurrentUsers;

/** Every path of {@code asylum-claim}, with the real triage rules and the delegates replaced by recorders. */
@Deployment(resources = {"processes/asylum-claim.bpmn", "decisions/claim-triage.dmn", "stubs/appeal-review.bpmn"})
class AsylumClaimProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private final List<String> calls = new ArrayList<>();
  private final DependantOutcomes dependantOutcomes = org.mockito.Mockito.mock(DependantOutcomes.class);

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register("registerClaimDelegate", recorder("register", e -> claimVariables().forEach(e::setVariable)));
    Mocks.register("issueConstanciaDelegate", recorder("constancia", e -> { }));
    Mocks.register("recordTriageDelegate", recorder("triage", e -> { }));
    Mocks.register("issueResolutionDelegate", recorder("resolution", e -> { }));
    Mocks.register("closeClaimDelegate", recorder("close", e -> { }));
    Mocks.register("openAppealWindowDelegate", recorder("appealWindow",
        e -> APPEAL_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2026, 12, 22)))));
    Mocks.register("applyAppealOutcomeDelegate", new ApplyAppealOutcomeDelegate(dependantOutcomes));
    Mocks.register("closeClaimEarlyDelegate", recorder("closeEarly", e -> { }));
    Mocks.register("formValidation", (TaskListener) task -> { });
    Mocks.register("officeGroups", new OfficeGroups());
    Mocks.register("fourEyes", new FourEyesListener(new CurrentUsers(extension.getProcessEngine().getIdentityService())));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    extension.getProcessEngine().getIdentityService().clearAuthentication();
  }

  @Test
  void shouldQueueEligibilityInterviewWhenRegularClaimIsFiledAtTheDesk() {
    // Given a claim filed through the start form
    ProcessInstance claim = runtimeService().startProcessInstanceByKey(KEY);

    // When its constancia is issued
    assertThat(claim).isWaitingAt(SERVICE_ISSUE_CONSTANCIA);
    execute(job());

    // Then the triage chose the regular procedure and the office's eligibility officers have the interview
    assertThat(claim).hasPassedInOrder(START_CLAIM_FILED, SERVICE_REGISTER_CLAIM, SERVICE_ISSUE_CONSTANCIA,
        RULE_TRIAGE_CLAIM).isWaitingAt(USER_CONDUCT_INTERVIEW);
    assertThat(claim).variables().containsEntry(MODALITY.name(), "REGULAR");
    assertThat(task()).hasCandidateGroup("eligibilityTap");
    org.assertj.core.api.Assertions.assertThat(task().getPriority()).isEqualTo(50);
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("register", "constancia", "triage");
  }

  @Test
  void shouldStartWithoutTheStartFormWhenTheClaimWasRegisteredThroughTheApi() {
    // Given a claim the API already stored
    ProcessInstance claim = runtimeService().createMessageCorrelation(MSG_CLAIM_REGISTERED)
        .processInstanceBusinessKey("TAP-2026-000001").setVariables(claimVariables()).correlateStartMessage();

    // Then it goes straight to the constancia, without registering twice
    assertThat(claim).hasPassed(START_CLAIM_REGISTERED).hasNotPassed(SERVICE_REGISTER_CLAIM)
        .isWaitingAt(SERVICE_ISSUE_CONSTANCIA);
  }

  @Test
  void shouldInterviewAtRegistrationWhenApplicantIsDetained() {
    // Given an applicant held in a migratory station
    ProcessInstance claim = startAfterRegistration(Map.of(DETAINED.name(), true));

    // Then registration and eligibility interview happen in one sitting, urgently
    assertThat(claim).isWaitingAt(USER_CONDUCT_MERGED_INTERVIEW);
    assertThat(claim).variables().containsEntry(MODALITY.name(), "MERGED");
    assertThat(task()).hasCandidateGroup("registrationTap");
    org.assertj.core.api.Assertions.assertThat(task().getPriority()).isEqualTo(90);

    // When the interview is done, the claim goes to assessment
    complete(task(), interview());
    assertThat(claim).hasPassed(XOR_MODALITY).isWaitingAt(USER_ASSESS_CLAIM);
  }

  @Test
  void shouldSkipTheInterviewWhenRecognitionIsPrimaFacie() {
    // Given a claim the rules channel to prima facie recognition
    ProcessInstance claim = runtimeService().createProcessInstanceByKey(KEY)
        .startBeforeActivity(XOR_MODALITY)
        .setVariables(claimVariables())
        .setVariable(MODALITY.name(), "PRIMA_FACIE")
        .setVariable(PRIORITY.name(), 50)
        .execute();

    // Then no interview task is created
    assertThat(claim).isWaitingAt(USER_ASSESS_CLAIM).hasNotPassed(USER_CONDUCT_INTERVIEW,
        USER_CONDUCT_MERGED_INTERVIEW);
  }

  @Test
  void shouldReturnAssessmentForReworkWhenTheReviewerSendsItBack() {
    // Given an assessment waiting for review
    ProcessInstance claim = startAtAssessment();
    completeAs("eligibilityTap", assessment());

    // When the reviewer sends it back with reasons
    completeAs("reviewTap", Map.of(REVIEW_APPROVED.name(), false, REVIEW_NOTES.name(), "Falta analizar la prueba."));

    // Then the assessment is back in the eligibility queue
    assertThat(claim).isWaitingAt(USER_ASSESS_CLAIM);
    assertThat(task()).hasCandidateGroup("eligibilityTap");
    assertThat(claim).variables().containsEntry(REVIEW_NOTES.name(), "Falta analizar la prueba.");
  }

  @Test
  void shouldRefuseTheReviewWhenTheReviewerWroteTheAssessment() {
    // Given an assessment drafted by a supervisor who also reviews
    startAtAssessment();
    completeAs("supervisorTap", assessment());

    // Then the same supervisor can neither take nor complete the review
    String reviewTask = task().getId();
    assertThatThrownBy(() -> taskService().setAssignee(reviewTask, "supervisorTap"))
        .hasRootCauseInstanceOf(FourEyesViolationException.class).hasMessageContaining("distinta");
    assertThatThrownBy(() -> completeAs("supervisorTap", Map.of(REVIEW_APPROVED.name(), true)))
        .hasRootCauseInstanceOf(FourEyesViolationException.class).hasMessageContaining("distinta");
  }

  @Test
  void shouldMakeTheDecisionFinalWhenNoAppealIsFiledInTime() {
    // Given a notified resolution
    ProcessInstance claim = startAtNotifiedResolution();

    // When the 15 business days pass without an appeal
    assertThat(claim).isWaitingAt(EVGW_APPEAL_WINDOW);
    execute(job(TIMER_APPEAL_WINDOW_CLOSED));

    // Then the decision is final and the claim closed with its outcome
    assertThat(claim).isEnded().hasPassedInOrder(USER_DECIDE_CLAIM, SERVICE_ISSUE_RESOLUTION,
        USER_NOTIFY_RESOLUTION, SERVICE_OPEN_APPEAL_WINDOW, TIMER_APPEAL_WINDOW_CLOSED, SERVICE_CLOSE_CLAIM,
        END_CLAIM_CLOSED).hasNotPassed(CALL_REVIEW_APPEAL);
    assertThat(claim).variables().containsEntry(OUTCOME.name(), "NOT_RECOGNIZED");
    org.assertj.core.api.Assertions.assertThat(calls).containsSubsequence("resolution", "appealWindow", "close");
  }

  @Test
  void shouldCloseWithTheFirstDecisionWhenTheAppealConfirmsIt() {
    ProcessInstance claim = appealed();

    completeAs("legalCdmx", Map.of(APPEAL_RESULT.name(), "CONFIRMED"));

    assertThat(claim).isEnded().hasPassed(CALL_REVIEW_APPEAL, XOR_APPEAL_RESULT, SERVICE_CLOSE_CLAIM)
        .hasNotPassed(SERVICE_APPLY_APPEAL_OUTCOME);
    assertThat(claim).variables().containsEntry(OUTCOME.name(), "NOT_RECOGNIZED");
  }

  @Test
  void shouldCloseWithTheAppealsOutcomeWhenTheAppealRevokesTheDecision() {
    ProcessInstance claim = appealed();

    completeAs("legalCdmx", Map.of(APPEAL_RESULT.name(), "REVOKED", APPEAL_OUTCOME.name(), "COMPLEMENTARY_PROTECTION"));

    assertThat(claim).isEnded().hasPassed(SERVICE_APPLY_APPEAL_OUTCOME, SERVICE_CLOSE_CLAIM);
    assertThat(claim).variables().containsEntry(OUTCOME.name(), "COMPLEMENTARY_PROTECTION");
    // and the dependants not decided separately share the new outcome
    org.mockito.Mockito.verify(dependantOutcomes).applyPrincipalOutcome(1L, Outcome.COMPLEMENTARY_PROTECTION);
  }

  @Test
  void shouldReturnTheClaimForANewAssessmentWhenTheAppealRemandsIt() {
    ProcessInstance claim = appealed();

    completeAs("legalCdmx", Map.of(APPEAL_RESULT.name(), "REMANDED"));

    assertThat(claim).isWaitingAt(USER_ASSESS_CLAIM);
    assertThat(task()).hasCandidateGroup("eligibilityTap");
  }

  @Test
  void shouldCloseWithoutDecisionWhenTheApplicantWithdraws() {
    // Given a claim waiting for its interview
    ProcessInstance claim = startAfterRegistration(Map.of());
    assertThat(claim).isWaitingAt(USER_CONDUCT_INTERVIEW);

    // When the applicant withdraws
    runtimeService().createMessageCorrelation(MSG_CLAIM_CLOSED_EARLY).processInstanceBusinessKey("TAP-2026-000002")
        .setVariable(CLOSURE_REASON.name(), "WITHDRAWAL").correlate();

    // Then the claim closes at once, without a decision
    assertThat(claim).isEnded().hasPassed(START_CLAIM_CLOSED_EARLY, SERVICE_CLOSE_CLAIM_EARLY, END_CLAIM_CLOSED_EARLY)
        .hasNotPassed(USER_ASSESS_CLAIM, SERVICE_CLOSE_CLAIM);
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("closeEarly");
  }

  private ProcessInstance startAtNotifiedResolution() {
    ProcessInstance claim = startAtAssessment();
    completeAs("eligibilityTap", assessment());
    completeAs("reviewTap", Map.of(REVIEW_APPROVED.name(), true));
    assertThat(claim).isWaitingAt(USER_DECIDE_CLAIM);
    completeAs("reviewTap", Map.of(OUTCOME.name(), "NOT_RECOGNIZED", RESOLUTION_GROUNDS.name(), "Fundamentos."));
    assertThat(claim).isWaitingAt(SERVICE_ISSUE_RESOLUTION);
    execute(job());
    assertThat(task()).hasCandidateGroup("registrationTap");
    completeAs("registrationTap", Map.of(NOTIFICATION_DATE.name(), "2026-11-30", NOTIFICATION_METHOD.name(),
        "IN_PERSON"));
    return claim;
  }

  /** A claim whose applicant appealed the notified resolution: the legal unit has the appeal. */
  private ProcessInstance appealed() {
    ProcessInstance claim = startAtNotifiedResolution();
    runtimeService().createMessageCorrelation(MSG_APPEAL).processInstanceBusinessKey("TAP-2026-000002")
        .setVariable(APPEAL_FILED_ON.name(), "2026-12-03").correlate();
    assertThat(claim).hasPassed(MSG_APPEAL_FILED).isWaitingAt(CALL_REVIEW_APPEAL);
    ProcessInstance appeal = runtimeService().createProcessInstanceQuery().superProcessInstanceId(claim.getId())
        .singleResult();
    assertThat(appeal).isWaitingAt("user_decide_appeal_stub");
    return claim;
  }

  private ProcessInstance startAfterRegistration(Map<String, Object> overrides) {
    Map<String, Object> variables = claimVariables();
    variables.putAll(overrides);
    ProcessInstance claim = runtimeService().createMessageCorrelation(MSG_CLAIM_REGISTERED)
        .processInstanceBusinessKey("TAP-2026-000002").setVariables(variables).correlateStartMessage();
    execute(job(claim));
    return claim;
  }

  private ProcessInstance startAtAssessment() {
    ProcessInstance claim = startAfterRegistration(Map.of());
    complete(task(), interview());
    assertThat(claim).isWaitingAt(USER_ASSESS_CLAIM);
    return claim;
  }

  private void completeAs(String userId, Map<String, Object> values) {
    var identity = extension.getProcessEngine().getIdentityService();
    identity.setAuthentication(userId, List.of());
    try {
      String taskId = task().getId();
      taskService().claim(taskId, userId);
      taskService().complete(taskId, values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Map<String, Object> interview() {
    return Map.of(INTERVIEW_DATE.name(), "2026-11-23", INTERVIEW_SUMMARY.name(), "Relato coherente y detallado.");
  }

  private static Map<String, Object> assessment() {
    return Map.of(PROPOSED_OUTCOME.name(), "RECOGNIZED_CARTAGENA", ASSESSMENT.name(), "Análisis de credibilidad.");
  }

  /** What registration gives a claim: a Guatemalan applicant at Tapachula with no specific needs. */
  private static Map<String, Object> claimVariables() {
    Map<String, Object> variables = new HashMap<>();
    CLAIM_ID.put(variables, 1L);
    CASE_NUMBER.put(variables, "TAP-2026-000001");
    OFFICE.put(variables, "TAP");
    APPLICANT_NAME.put(variables, "María López");
    NATIONALITY.put(variables, "GT");
    LANGUAGE.put(variables, "es");
    DETAINED.put(variables, false);
    LATE_FILING.put(variables, false);
    SPECIFIC_NEEDS.put(variables, false);
    PRIOR_CLAIM.put(variables, false);
    EXCLUSION_INDICATORS.put(variables, false);
    DECISION_DUE.put(variables, ClaimService.endOfDay(LocalDate.of(2027, 1, 29)));
    return variables;
  }

  private JavaDelegate recorder(String name, JavaDelegate behaviour) {
    return execution -> {
      calls.add(name);
      behaviour.execute(execution);
    };
  }
}
