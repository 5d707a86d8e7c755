package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.refugio.claim.AsylumClaimProcess.*;
import static org.refugio.claim.AsylumClaimProcess.Elements.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
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
@Deployment(resources = {"processes/asylum-claim.bpmn", "decisions/claim-triage.dmn",
    "decisions/interview-requirements.dmn", "stubs/appeal-review.bpmn", "stubs/coi-request.bpmn",
    "stubs/interpretation-booking.bpmn"})
class AsylumClaimProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private static final Date DECISION_DAY = ClaimService.endOfDay(LocalDate.of(2027, 1, 29));
  private static final Date WARNING_DAY = ClaimService.endOfDay(LocalDate.of(2027, 1, 20));
  private static final Date TARGET_DAY = ClaimService.endOfDay(LocalDate.of(2027, 1, 15));

  private final List<String> calls = new ArrayList<>();
  /** Whether the late-filing notice is not sent through INM's adapter (configured off, or INM refuses it). */
  private boolean inmNoticeNotSent;
  private final DependantOutcomes dependantOutcomes = org.mockito.Mockito.mock(DependantOutcomes.class);

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register("registerClaimDelegate", recorder("register", e -> claimVariables().forEach(e::setVariable)));
    Mocks.register("issueConstanciaDelegate", recorder("constancia", e -> { }));
    Mocks.register("startDecisionClockDelegate", recorder("decisionClock", e -> {
      DECISION_DUE.on(e).set(DECISION_DAY);
      DECISION_WARNING_DUE.on(e).set(WARNING_DAY);
    }));
    Mocks.register("startRatificationClockDelegate", recorder("ratificationClock",
        e -> RATIFICATION_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2026, 11, 25)))));
    Mocks.register("issuePreventionDelegate", recorder("prevention", e -> {
      PREVENTION_REPLY_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2026, 11, 27)));
      INM_NOTICE_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2026, 11, 23)));
    }));
    Mocks.register("milestoneRecorder", (TaskListener) task -> calls.add("milestone:" + task.getTaskDefinitionKey()));
    Mocks.register("recordTriageDelegate", recorder("triage", e -> TARGET_DUE.on(e).set(TARGET_DAY)));
    Mocks.register("flagDecisionBreachDelegate", recorder("breach", e -> DECISION_BREACHED.on(e).set(true)));
    Mocks.register("stopDecisionClockDelegate", recorder("stopClock", e -> { }));
    Mocks.register("restartDecisionClockDelegate", recorder("restartClock", e -> {
      DECISION_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2027, 3, 1)));
      DECISION_WARNING_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2027, 2, 19)));
      TARGET_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2027, 3, 1)));
    }));
    Mocks.register("issueResolutionDelegate", recorder("resolution", e -> { }));
    Mocks.register("closeClaimDelegate", recorder("close", e -> { }));
    Mocks.register("openAppealWindowDelegate", recorder("appealWindow",
        e -> APPEAL_DUE.on(e).set(ClaimService.endOfDay(LocalDate.of(2026, 12, 22)))));
    Mocks.register("applyAppealOutcomeDelegate", new ApplyAppealOutcomeDelegate(dependantOutcomes));
    Mocks.register("closeClaimEarlyDelegate",
        (JavaDelegate) execution -> calls.add("closeEarly:" + CLOSURE_REASON.from(execution)));
    Mocks.register("formValidation", (TaskListener) task -> { });
    Mocks.register("decisionRisk", (TaskListener) task -> calls.add("risk:" + task.getVariable("riskAction")));
    Mocks.register("officeGroups", new OfficeGroups());
    Mocks.register("notifyInmOfClaimDelegate", recorder("inm", e -> INM_REFERENCE.on(e).set("INM-1")));
    Mocks.register("notifyInmOfLateFilingDelegate", recorder("inmLateFiling", e -> {
      if (inmNoticeNotSent) {
        throw new org.camunda.bpm.engine.delegate.BpmnError(AsylumClaimProcess.INM_NOTICE_NOT_SENT_ERROR);
      }
    }));
    Mocks.register("requestTemporaryCurpDelegate", recorder("temporaryCurp", e -> { }));
    Mocks.register("requestPermanentCurpDelegate", recorder("permanentCurp", e -> { }));
    Mocks.register("startInclusionReferralsDelegate", recorder("inclusionReferrals", e -> { }));
    Mocks.register("interopSchedule", new org.refugio.interop.InteropSchedule(new org.refugio.interop.InteropProperties(
        null, null, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), "R3/PT1M", "automatic")));
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
        RULE_TRIAGE_CLAIM, RULE_DETERMINE_INTERVIEW_REQUIREMENTS, CALL_REQUEST_COI, PAR_COI_AND_INTERPRETER_DONE)
        .isWaitingAt(USER_CONDUCT_INTERVIEW).hasNotPassed(CALL_BOOK_INTERPRETER);
    assertThat(claim).variables().containsEntry(MODALITY.name(), "REGULAR");
    assertThat(task()).hasCandidateGroup("eligibilityTap");
    org.assertj.core.api.Assertions.assertThat(task().getPriority()).isEqualTo(50);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("register", "constancia", "decisionClock", "triage");
    // And the interview is due by the modality's internal target, inside the legal deadline
    org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isEqualTo(TARGET_DAY);

    // And INM is told of the claim and RENAPO asked for a temporary CURP, each in a job of its own (retried, then an
    // incident), without holding up the interview
    execute(job(SERVICE_NOTIFY_INM_OF_CLAIM, claim));
    execute(job(SERVICE_REQUEST_TEMPORARY_CURP, claim));
    assertThat(claim).hasPassed(END_INM_AND_RENAPO_INFORMED).isWaitingAt(USER_CONDUCT_INTERVIEW);
    assertThat(claim).variables().containsEntry(INM_REFERENCE.name(), "INM-1");
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("inm", "temporaryCurp");
  }

  @Test
  void shouldBookAnInterpreterAndDueTheInterviewAtTheConfirmedSlotWhenTheApplicantSpeaksAnotherLanguage() {
    // Given a Haitian Creole speaker, once triaged
    ProcessInstance claim = startAfterRegistration(Map.of(LANGUAGE.name(), "ht"));

    // Then an interpreter is booked while the COI is fetched, and the interview waits for both
    assertThat(claim).hasPassed(RULE_DETERMINE_INTERVIEW_REQUIREMENTS, PAR_COI_AND_INTERPRETER, CALL_REQUEST_COI)
        .isWaitingAt(CALL_BOOK_INTERPRETER);
    assertThat(claim).variables().containsEntry(INTERPRETER_NEEDED.name(), true)
        .containsEntry(INTERPRETER_GENDER.name(), "ANY");

    // When the provider confirms the slot and the interpreter
    Date slot = ClaimService.endOfDay(LocalDate.of(2026, 12, 9));
    ProcessInstance booking = runtimeService().createProcessInstanceQuery().superProcessInstanceId(claim.getId())
        .singleResult();
    complete(task(booking), Map.of(INTERVIEW_AT.name(), slot, INTERPRETER_NAME.name(), "Intérprete de prueba"));

    // Then the interview is due at that slot and shows the interpreter
    assertThat(claim).hasPassed(CALL_BOOK_INTERPRETER, PAR_COI_AND_INTERPRETER_DONE)
        .isWaitingAt(USER_CONDUCT_INTERVIEW);
    org.assertj.core.api.Assertions.assertThat(task(claim).getDueDate()).isEqualTo(slot);
    assertThat(claim).variables().containsEntry(INTERPRETER_NAME.name(), "Intérprete de prueba");
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
        .startBeforeActivity(XOR_DECISION_STAGE)
        .setVariables(claimVariables())
        .setVariable(MODALITY.name(), "PRIMA_FACIE")
        .setVariable(DECISION_WARNING_DUE.name(), WARNING_DAY)
        .setVariable(TARGET_DUE.name(), TARGET_DAY)
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
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsSubsequence("stopClock", "resolution", "appealWindow", "close");
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

    // the claim is closed, RENAPO is asked for the permanent CURP of the person now protected, and the family's
    // referrals start, each in a job of its own
    assertThat(claim).hasPassed(SERVICE_APPLY_APPEAL_OUTCOME, SERVICE_CLOSE_CLAIM)
        .isWaitingAt(SERVICE_REQUEST_PERMANENT_CURP);
    assertThat(claim).variables().containsEntry(OUTCOME.name(), "COMPLEMENTARY_PROTECTION");
    execute(job(SERVICE_REQUEST_PERMANENT_CURP, claim));
    assertThat(claim).isWaitingAt(SERVICE_START_INCLUSION_REFERRALS);
    execute(job(SERVICE_START_INCLUSION_REFERRALS, claim));
    assertThat(claim).isEnded().hasPassed(XOR_PROTECTION_GRANTED, SERVICE_START_INCLUSION_REFERRALS);
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("permanentCurp", "inclusionReferrals");
    // and the dependants not decided separately share the new outcome
    org.mockito.Mockito.verify(dependantOutcomes).applyPrincipalOutcome(1L, Outcome.COMPLEMENTARY_PROTECTION);
  }

  @Test
  void shouldReturnTheClaimForANewAssessmentWhenTheAppealRemandsIt() {
    ProcessInstance claim = appealed();

    completeAs("legalCdmx", Map.of(APPEAL_RESULT.name(), "REMANDED"));

    assertThat(claim).hasPassed(SERVICE_RESTART_DECISION_CLOCK, XOR_STAGE_ENTRY).isWaitingAt(USER_ASSESS_CLAIM);
    assertThat(task()).hasCandidateGroup("eligibilityTap");
    // with the full decision time again, from the remand
    assertThat(claim).variables().containsEntry(DECISION_DUE.name(), ClaimService.endOfDay(LocalDate.of(2027, 3, 1)));
    org.assertj.core.api.Assertions.assertThat(task().getDueDate())
        .isEqualTo(ClaimService.endOfDay(LocalDate.of(2027, 3, 1)));
  }

  @Test
  void shouldWaitForRatificationInPersonWhenARepresentativeFiled() {
    // Given a claim a representative filed
    ProcessInstance claim = startAfterRegistration(Map.of(FILED_BY_REPRESENTATIVE.name(), true));

    // Then the office's registration officers wait for the applicant to ratify it, by the ratification deadline
    assertThat(claim).isWaitingAt(USER_RATIFY_CLAIM).hasNotPassed(RULE_TRIAGE_CLAIM);
    assertThat(task()).hasCandidateGroup("registrationTap");
    org.assertj.core.api.Assertions.assertThat(task().getDueDate())
        .isEqualTo(ClaimService.endOfDay(LocalDate.of(2026, 11, 25)));

    // When the applicant ratifies in person
    completeAs("registrationTap", Map.of(RATIFIED_ON.name(), "2026-11-24"));

    // Then the ratification is recorded and the claim is triaged
    assertThat(claim).hasPassed(SERVICE_START_RATIFICATION_CLOCK, USER_RATIFY_CLAIM, RULE_TRIAGE_CLAIM)
        .isWaitingAt(USER_CONDUCT_INTERVIEW);
    org.assertj.core.api.Assertions.assertThat(calls).contains("milestone:" + USER_RATIFY_CLAIM);
  }

  @Test
  void shouldCloseTheClaimWhenItIsNotRatifiedInTime() {
    // Given a claim a representative filed, waiting for ratification
    ProcessInstance claim = startAfterRegistration(Map.of(FILED_BY_REPRESENTATIVE.name(), true));

    // When the 3 business days pass
    execute(job(TIMER_RATIFICATION_DUE));

    // Then the claim closes as not ratified, without triage
    assertThat(claim).isEnded().hasPassed(SERVICE_CLOSE_CLAIM_NOT_RATIFIED, END_CLAIM_NOT_RATIFIED)
        .hasNotPassed(RULE_TRIAGE_CLAIM);
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("closeEarly:NOT_RATIFIED");
  }

  @Test
  void shouldIssueAPreventionAndNoticeToInmWhenTheClaimWasFiledLate() {
    // Given a claim filed after the 30 business days
    ProcessInstance claim = startAfterRegistration(Map.of(LATE_FILING.name(), true));

    // Then a prevención is issued, and INM is told through its adapter, in a job of its own (retried, then an
    // incident), while the applicant explains the causes
    assertThat(claim).hasPassed(SERVICE_ISSUE_PREVENTION)
        .isWaitingAt(SERVICE_NOTIFY_INM_OF_LATE_FILING, USER_ASSESS_PREVENTION_REPLY);
    assertThat(task(USER_ASSESS_PREVENTION_REPLY)).hasCandidateGroup("eligibilityTap");
    org.assertj.core.api.Assertions.assertThat(task(USER_ASSESS_PREVENTION_REPLY).getDueDate())
        .isEqualTo(ClaimService.endOfDay(LocalDate.of(2026, 11, 27)));
    execute(job(SERVICE_NOTIFY_INM_OF_LATE_FILING, claim));
    assertThat(claim).hasPassed(SERVICE_NOTIFY_INM_OF_LATE_FILING).hasNotPassed(USER_NOTIFY_INM);

    // When the explanation is accepted
    complete(task(USER_ASSESS_PREVENTION_REPLY), Map.of(PREVENTION_REPLIED.name(), true,
        EXPLANATION_ACCEPTED.name(), true));

    // Then the claim goes on to triage and interview, without an officer having had to write to INM
    assertThat(claim).hasPassed(XOR_EXPLANATION_ACCEPTED, RULE_TRIAGE_CLAIM).isWaitingAt(USER_CONDUCT_INTERVIEW);
    org.assertj.core.api.Assertions.assertThat(calls).contains("inmLateFiling",
        "milestone:" + USER_ASSESS_PREVENTION_REPLY).doesNotContain("milestone:" + USER_NOTIFY_INM);
  }

  @Test
  void shouldNotAdmitTheLateClaimWhenTheCausesAreNotJustified() {
    // Given a late claim whose notice to INM is not sent by the system (configured off, or refused by INM)
    inmNoticeNotSent = true;
    ProcessInstance claim = startAfterRegistration(Map.of(LATE_FILING.name(), true));
    execute(job(SERVICE_NOTIFY_INM_OF_LATE_FILING, claim));

    // Then a registration officer of the office sends it by hand, and the applicant did not reply to the prevención
    assertThat(claim).hasPassed(ERROR_INM_NOTICE_NOT_SENT).isWaitingAt(USER_NOTIFY_INM);
    assertThat(task(USER_NOTIFY_INM)).hasCandidateGroup("registrationTap");
    complete(task(USER_NOTIFY_INM), Map.of(INM_NOTICE_SENT_ON.name(), "2026-11-21",
        INM_NOTICE_REFERENCE.name(), "COMAR/TAP/0002/2026"));
    org.assertj.core.api.Assertions.assertThat(calls).contains("milestone:" + USER_NOTIFY_INM);

    // When the officer records that there was no justification
    complete(task(USER_ASSESS_PREVENTION_REPLY), Map.of(PREVENTION_REPLIED.name(), false,
        EXPLANATION_ACCEPTED.name(), false));

    // Then the claim is closed as not admitted
    assertThat(claim).isEnded().hasPassed(SERVICE_CLOSE_CLAIM_NOT_ADMITTED, END_CLAIM_NOT_ADMITTED)
        .hasNotPassed(RULE_TRIAGE_CLAIM);
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("closeEarly:NOT_ADMITTED");
  }

  @Test
  void shouldAlertTheOfficesReviewersWhenTheDecisionDeadlineNears() {
    // Given a claim waiting for its interview
    ProcessInstance claim = startAfterRegistration(Map.of());
    org.assertj.core.api.Assertions.assertThat(job(TIMER_DECISION_AT_RISK).getDuedate()).isEqualTo(WARNING_DAY);

    // When 80% of the decision time has passed
    execute(job(TIMER_DECISION_AT_RISK));

    // Then the office's reviewers get a task to act, and the interview stays where it was
    assertThat(claim).isWaitingAt(USER_CONDUCT_INTERVIEW, USER_ATTEND_DECISION_AT_RISK);
    assertThat(task(USER_ATTEND_DECISION_AT_RISK)).hasCandidateGroup("reviewTap");
    complete(task(USER_ATTEND_DECISION_AT_RISK), Map.of("riskAction", "REPRIORITIZED"));
    assertThat(claim).hasPassed("end_decision_risk_attended").isWaitingAt(USER_CONDUCT_INTERVIEW);
    org.assertj.core.api.Assertions.assertThat(calls).contains("risk:REPRIORITIZED");
  }

  @Test
  void shouldFlagTheBreachWhenTheDecisionDeadlineRunsOut() {
    // Given a claim still waiting for its interview
    ProcessInstance claim = startAfterRegistration(Map.of());
    org.assertj.core.api.Assertions.assertThat(job(TIMER_DECISION_OVERDUE).getDuedate()).isEqualTo(DECISION_DAY);

    // When the decision deadline runs out
    execute(job(TIMER_DECISION_OVERDUE));

    // Then the breach is flagged, and the claim still goes on to its decision
    assertThat(claim).hasPassed(SERVICE_FLAG_DECISION_BREACH, END_DECISION_BREACH_FLAGGED)
        .isWaitingAt(USER_CONDUCT_INTERVIEW);
    assertThat(claim).variables().containsEntry(DECISION_BREACHED.name(), true);
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
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("closeEarly:WITHDRAWAL");
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
    // INM and RENAPO, when the claim was admitted at once
    for (String step : List.of(SERVICE_NOTIFY_INM_OF_CLAIM, SERVICE_REQUEST_TEMPORARY_CURP)) {
      if (managementService().createJobQuery().processInstanceId(claim.getId()).activityId(step).count() > 0) {
        execute(job(step, claim));
      }
    }
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
    FILED_BY_REPRESENTATIVE.put(variables, false);
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
