package org.refugio.inclusion;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.refugio.inclusion.InclusionReferralsProcess.*;
import static org.refugio.inclusion.InclusionReferralsProcess.Elements.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.refugio.claim.OfficeGroups;
import org.refugio.engine.ProcessTestEngine;

/** Every path of {@code inclusion-referrals}, with the delegates replaced by recorders. */
@Deployment(resources = "processes/inclusion-referrals.bpmn")
class InclusionReferralsProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private static final Date DUE = new Date(1830000000000L);
  private static final Date FOLLOW_UP = new Date(1831000000000L);

  private final List<String> calls = new ArrayList<>();
  /** The consent each referral finds when it checks: GIVEN, REFUSED or NONE. */
  private final Map<Long, String> consents = new HashMap<>();
  private final List<Long> planned = new ArrayList<>();

  /** Stands in for {@code inclusionReferrals}: the referrals planned for the instance. */
  public class PlannedReferrals {
    public List<Long> awaitingConsent(DelegateExecution execution) {
      return List.copyOf(planned);
    }
  }

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register("planReferralsDelegate", recorder("plan", e -> { }));
    Mocks.register("inclusionReferrals", new PlannedReferrals());
    Mocks.register("recordConsentDelegate", recorder("consentForm", e -> { }));
    Mocks.register("checkConsentDelegate", (JavaDelegate) e -> {
      long referral = REFERRAL_ID.required(e);
      calls.add("check:" + referral);
      CONSENT.onLocal(e).set(consents.getOrDefault(referral, "NONE"));
    });
    Mocks.register("cancelReferralDelegate", (JavaDelegate) e -> calls.add("cancel:" + REFERRAL_ID.required(e)));
    Mocks.register("sendReferralDelegate", (JavaDelegate) e -> {
      calls.add("send:" + REFERRAL_ID.required(e));
      LIAISON_GROUP.onLocal(e).set("inclusionTabHealth");
      REFERRAL_DUE.onLocal(e).set(DUE);
      REFERRAL_OUTCOME.onLocal(e).set(null);
      FOLLOW_UP_AT.onLocal(e).set(null);
    });
    Mocks.register("recordReferralOutcomeDelegate", (JavaDelegate) e -> {
      calls.add("outcome:" + REFERRAL_OUTCOME.from(e));
      FOLLOW_UP_AT.onLocal(e).set("PENDING".equals(REFERRAL_OUTCOME.from(e)) ? FOLLOW_UP : null);
    });
    Mocks.register("recordOverdueGapDelegate", (JavaDelegate) e -> calls.add("overdue:" + REFERRAL_ID.required(e)));
    Mocks.register("interopSchedule", new org.refugio.interop.InteropSchedule(new org.refugio.interop.InteropProperties(
        null, null, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), "R3/PT1M", "automatic")));
    Mocks.register("officeGroups", new OfficeGroups());
    Mocks.register("formValidation", (TaskListener) task -> { });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void shouldSendAConsentedReferralToTheLiaisonAndEndWhenItIsAttended() {
    // Given a family granted protection, whose referrals are planned in a job of their own
    planned.add(1L);
    ProcessInstance referrals = start();
    assertThat(referrals).isWaitingAt(SERVICE_PLAN_REFERRALS);
    execute(job(SERVICE_PLAN_REFERRALS, referrals));

    // When the office's inclusion staff record the family's consent
    assertThat(referrals).isWaitingAt(USER_RECORD_CONSENT);
    assertThat(task()).hasCandidateGroup("inclusionVsa");
    consents.put(1L, "GIVEN");
    complete(task(), Map.of(CONSENT_IDENTITY.name(), "GIVEN", CONSENT_LABOR.name(), "GIVEN",
        CONSENT_EDUCATION.name(), "GIVEN", CONSENT_HEALTH.name(), "GIVEN"));

    // Then the referral is sent, in a job of its own, to the liaison of its state and theme, due on its due date
    assertThat(referrals).hasPassed(SERVICE_RECORD_CONSENT, SERVICE_CHECK_CONSENT).isWaitingAt(SERVICE_SEND_REFERRAL);
    execute(job(SERVICE_SEND_REFERRAL, referrals));
    assertThat(referrals).isWaitingAt(USER_ATTEND_REFERRAL);
    assertThat(task()).hasCandidateGroup("inclusionTabHealth").hasDueDate(DUE);

    // And when the liaison records it attended, the referral and the family's referrals end
    complete(task(), Map.of(REFERRAL_OUTCOME.name(), "ATTENDED"));
    execute(job(SERVICE_RECORD_REFERRAL_OUTCOME, referrals));
    assertThat(referrals).isEnded().hasPassed(END_REFERRAL_ATTENDED, END_REFERRALS_SETTLED)
        .hasNotPassed(SERVICE_RECORD_OVERDUE_GAP);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("plan", "consentForm", "check:1", "send:1", "outcome:ATTENDED");
  }

  @Test
  void shouldCancelAReferralAndSendNothingWhenConsentIsRefused() {
    // Given two referrals, one of whose themes the person refused
    planned.addAll(List.of(1L, 2L));
    consents.put(1L, "GIVEN");
    consents.put(2L, "REFUSED");
    ProcessInstance referrals = start();
    execute(job(SERVICE_PLAN_REFERRALS, referrals));

    // When the consent is recorded
    complete(task(), Map.of(CONSENT_IDENTITY.name(), "GIVEN", CONSENT_LABOR.name(), "REFUSED",
        CONSENT_EDUCATION.name(), "NOT_ASKED", CONSENT_HEALTH.name(), "NOT_ASKED"));

    // Then the refused one is cancelled, never sent; the other goes to its liaison
    assertThat(referrals).hasPassed(SERVICE_CANCEL_REFERRAL, END_REFERRAL_CANCELLED).isWaitingAt(SERVICE_SEND_REFERRAL);
    org.assertj.core.api.Assertions.assertThat(calls).contains("cancel:2").doesNotContain("send:2", "cancel:1");
  }

  @Test
  void shouldWaitWithoutSendingUntilConsentArrivesThroughTheApi() {
    // Given a referral waiting at the consent task
    planned.add(7L);
    ProcessInstance referrals = start();
    execute(job(SERVICE_PLAN_REFERRALS, referrals));

    // When a consent for another theme arrives through the API
    correlateConsent();

    // Then the consent task is no longer needed, and the referral waits, unsent, for its own theme's consent
    assertThat(referrals).hasPassed(MSG_CONSENT_RECORDED_BY_API).hasNotPassed(SERVICE_RECORD_CONSENT)
        .isWaitingAt(MSG_CONSENT_RECORDED);
    org.assertj.core.api.Assertions.assertThat(calls).doesNotContain("send:7");

    // And when the consent for its theme arrives, it is sent
    consents.put(7L, "GIVEN");
    correlateConsent();
    assertThat(referrals).isWaitingAt(SERVICE_SEND_REFERRAL);
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("plan", "check:7", "check:7");
  }

  @Test
  void shouldComeBackOnTheFollowUpDayWhenPendingAndEndWhenRefused() {
    // Given a sent referral
    ProcessInstance referrals = sentReferral();

    // When the liaison records it pending with a follow-up day
    complete(task(), Map.of(REFERRAL_OUTCOME.name(), "PENDING", REFERRAL_REASON.name(), "MISSING_DOCUMENT",
        REFERRAL_FOLLOW_UP_ON.name(), "2028-01-10"));
    execute(job(SERVICE_RECORD_REFERRAL_OUTCOME, referrals));

    // Then the task comes back on that day
    assertThat(referrals).isWaitingAt(TIMER_FOLLOW_UP);
    org.assertj.core.api.Assertions.assertThat(job(TIMER_FOLLOW_UP, referrals).getDuedate()).isEqualTo(FOLLOW_UP);
    execute(job(TIMER_FOLLOW_UP, referrals));
    assertThat(referrals).isWaitingAt(USER_ATTEND_REFERRAL);

    // And when the institution refuses it, the referral ends refused (its gap is recorded with the outcome)
    complete(task(), Map.of(REFERRAL_OUTCOME.name(), "REFUSED", REFERRAL_REASON.name(), "FEE_DEMANDED"));
    execute(job(SERVICE_RECORD_REFERRAL_OUTCOME, referrals));
    assertThat(referrals).isEnded().hasPassed(END_REFERRAL_REFUSED);
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("outcome:PENDING", "outcome:REFUSED");
  }

  @Test
  void shouldRecordAnOverdueGapAndKeepTheTaskWhenTheDueDatePasses() {
    // Given a sent referral
    ProcessInstance referrals = sentReferral();
    org.assertj.core.api.Assertions.assertThat(job(TIMER_REFERRAL_OVERDUE, referrals).getDuedate()).isEqualTo(DUE);

    // When its due date passes unattended
    execute(job(TIMER_REFERRAL_OVERDUE, referrals));

    // Then an overdue gap is recorded and the liaison's task stays for follow-up
    assertThat(referrals).hasPassed(SERVICE_RECORD_OVERDUE_GAP, END_OVERDUE_GAP_RECORDED)
        .isWaitingAt(USER_ATTEND_REFERRAL);
    org.assertj.core.api.Assertions.assertThat(calls).contains("overdue:3");

    // And attending it later ends the referral
    complete(task(), Map.of(REFERRAL_OUTCOME.name(), "ATTENDED"));
    execute(job(SERVICE_RECORD_REFERRAL_OUTCOME, referrals));
    assertThat(referrals).isEnded().hasPassed(END_REFERRAL_ATTENDED);
  }

  private ProcessInstance sentReferral() {
    planned.add(3L);
    consents.put(3L, "GIVEN");
    ProcessInstance referrals = start();
    execute(job(SERVICE_PLAN_REFERRALS, referrals));
    correlateConsent();
    execute(job(SERVICE_SEND_REFERRAL, referrals));
    assertThat(referrals).isWaitingAt(USER_ATTEND_REFERRAL);
    return referrals;
  }

  private void correlateConsent() {
    runtimeService().createMessageCorrelation(CONSENT_RECORDED_MESSAGE).processInstanceBusinessKey("VSA-2026-000001")
        .correlateAllWithResult();
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    CLAIM_ID.put(variables, 1L);
    CASE_NUMBER.put(variables, "VSA-2026-000001");
    OFFICE.put(variables, "VSA");
    OUTCOME.put(variables, "RECOGNIZED_1951");
    return runtimeService().startProcessInstanceByKey(KEY, "VSA-2026-000001", variables);
  }

  private JavaDelegate recorder(String name, JavaDelegate then) {
    return execution -> {
      calls.add(name);
      then.execute(execution);
    };
  }
}
