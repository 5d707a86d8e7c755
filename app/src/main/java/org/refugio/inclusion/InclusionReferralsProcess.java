package org.refugio.inclusion;

import java.util.Date;
import org.refugio.engine.ProcessVariable;

/**
 * The {@code inclusion-referrals} process: after a final positive decision, refer each person of the family to the
 * services the {@code inclusion-referrals} decision names, once they consent, and follow each referral to its outcome.
 * Its key, element ids, message and typed variables.
 */
public final class InclusionReferralsProcess {

  public static final String KEY = "inclusion-referrals";

  /** Element ids of {@code processes/inclusion-referrals.bpmn}. */
  public static final class Elements {
    public static final String START_PROTECTION_GRANTED = "start_protection_granted";
    public static final String SERVICE_PLAN_REFERRALS = "service_plan_referrals";
    public static final String USER_RECORD_CONSENT = "user_record_consent";
    public static final String MSG_CONSENT_RECORDED_BY_API = "msg_consent_recorded_by_api";
    public static final String SERVICE_RECORD_CONSENT = "service_record_consent";
    public static final String SUB_FOLLOW_REFERRAL = "sub_follow_referral";
    public static final String START_REFERRAL_PLANNED = "start_referral_planned";
    public static final String SERVICE_CHECK_CONSENT = "service_check_consent";
    public static final String XOR_CONSENT = "xor_consent";
    public static final String MSG_CONSENT_RECORDED = "msg_consent_recorded";
    public static final String SERVICE_CANCEL_REFERRAL = "service_cancel_referral";
    public static final String END_REFERRAL_CANCELLED = "end_referral_cancelled";
    public static final String SERVICE_SEND_REFERRAL = "service_send_referral";
    public static final String USER_ATTEND_REFERRAL = "user_attend_referral";
    public static final String TIMER_REFERRAL_OVERDUE = "timer_referral_overdue";
    public static final String SERVICE_RECORD_OVERDUE_GAP = "service_record_overdue_gap";
    public static final String END_OVERDUE_GAP_RECORDED = "end_overdue_gap_recorded";
    public static final String SERVICE_RECORD_REFERRAL_OUTCOME = "service_record_referral_outcome";
    public static final String XOR_REFERRAL_OUTCOME = "xor_referral_outcome";
    public static final String END_REFERRAL_ATTENDED = "end_referral_attended";
    public static final String END_REFERRAL_REFUSED = "end_referral_refused";
    public static final String TIMER_FOLLOW_UP = "timer_follow_up";
    public static final String END_REFERRALS_SETTLED = "end_referrals_settled";

    private Elements() {
    }
  }

  /** Correlated by business key (the case number) whenever a consent of the claim is recorded. */
  public static final String CONSENT_RECORDED_MESSAGE = "InclusionConsentRecorded";

  // the claim's, with the names asylum-claim gives them
  public static final ProcessVariable<Long> CLAIM_ID = ProcessVariable.of("claimId", Long.class);
  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.of("caseNumber", String.class);
  public static final ProcessVariable<String> OFFICE = ProcessVariable.of("office", String.class);
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);

  /** The element variable of {@code sub_follow_referral}: the {@code refugio.referral} row it follows. */
  public static final ProcessVariable<Long> REFERRAL_ID = ProcessVariable.of("referralId", Long.class);
  /** GIVEN, REFUSED or NONE: the latest consent for the referral's theme ({@code service_check_consent}). */
  public static final ProcessVariable<String> CONSENT = ProcessVariable.of("consent", String.class);
  /** The liaison group of the referral's state and theme ({@code inclusionChpHealth}). */
  public static final ProcessVariable<String> LIAISON_GROUP = ProcessVariable.of("liaisonGroup", String.class);
  public static final ProcessVariable<Date> REFERRAL_DUE = ProcessVariable.of("referralDue", Date.class);
  // what the liaison's task shows: the person's name and the service, nothing else of the claim
  public static final ProcessVariable<String> PERSON_NAME = ProcessVariable.of("personName", String.class);
  /** The claim's phone unless marked confidential; never recorded in the history (ReferralTaskVariables). */
  public static final ProcessVariable<String> PERSON_CONTACT = ProcessVariable.of("personContact", String.class);
  public static final ProcessVariable<String> REFERRAL_SERVICE = ProcessVariable.of("referralService", String.class);
  public static final ProcessVariable<String> INSTITUTION_NAME = ProcessVariable.of("institutionName", String.class);
  public static final ProcessVariable<String> REFERRAL_STATE_NAME =
      ProcessVariable.of("referralStateName", String.class);

  // the consent form (record-consent): GIVEN, REFUSED or NOT_ASKED per theme
  public static final ProcessVariable<String> CONSENT_IDENTITY = ProcessVariable.of("consentIdentity", String.class);
  public static final ProcessVariable<String> CONSENT_LABOR = ProcessVariable.of("consentLabor", String.class);
  public static final ProcessVariable<String> CONSENT_EDUCATION = ProcessVariable.of("consentEducation", String.class);
  public static final ProcessVariable<String> CONSENT_HEALTH = ProcessVariable.of("consentHealth", String.class);

  // the outcome form (record-referral-outcome)
  /** ATTENDED, PENDING or REFUSED. */
  public static final ProcessVariable<String> REFERRAL_OUTCOME = ProcessVariable.of("referralOutcome", String.class);
  public static final ProcessVariable<String> REFERRAL_REASON = ProcessVariable.of("referralReason", String.class);
  public static final ProcessVariable<String> REFERRAL_DETAIL = ProcessVariable.of("referralDetail", String.class);
  /** The follow-up day the liaison entered (2026-12-09). */
  public static final ProcessVariable<String> REFERRAL_FOLLOW_UP_ON =
      ProcessVariable.of("referralFollowUpOn", String.class);
  /** When the follow-up task comes back: the start of the follow-up day. */
  public static final ProcessVariable<Date> FOLLOW_UP_AT = ProcessVariable.of("followUpAt", Date.class);

  private InclusionReferralsProcess() {
  }
}
