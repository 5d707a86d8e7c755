package org.refugio.claim;

import java.util.Date;
import org.refugio.engine.ProcessVariable;

/**
 * The {@code asylum-claim} process: its key, element ids, messages and typed variables. Code, tests and forms use
 * these names; no other place spells them.
 */
public final class AsylumClaimProcess {

  public static final String KEY = "asylum-claim";

  /** Element ids of {@code processes/asylum-claim.bpmn}. */
  public static final class Elements {
    public static final String START_CLAIM_FILED = "start_claim_filed";
    public static final String START_CLAIM_REGISTERED = "start_claim_registered";
    public static final String SERVICE_REGISTER_CLAIM = "service_register_claim";
    public static final String SERVICE_ISSUE_CONSTANCIA = "service_issue_constancia";
    public static final String SERVICE_START_DECISION_CLOCK = "service_start_decision_clock";
    public static final String XOR_RATIFICATION_NEEDED = "xor_ratification_needed";
    public static final String SERVICE_START_RATIFICATION_CLOCK = "service_start_ratification_clock";
    public static final String USER_RATIFY_CLAIM = "user_ratify_claim";
    public static final String TIMER_RATIFICATION_DUE = "timer_ratification_due";
    public static final String SERVICE_CLOSE_CLAIM_NOT_RATIFIED = "service_close_claim_not_ratified";
    public static final String END_CLAIM_NOT_RATIFIED = "end_claim_not_ratified";
    public static final String XOR_LATE_FILING = "xor_late_filing";
    public static final String SERVICE_ISSUE_PREVENTION = "service_issue_prevention";
    public static final String SERVICE_NOTIFY_INM_OF_LATE_FILING = "service_notify_inm_of_late_filing";
    public static final String ERROR_INM_NOTICE_NOT_SENT = "error_inm_notice_not_sent";
    public static final String USER_NOTIFY_INM = "user_notify_inm";
    public static final String XOR_INM_NOTIFIED = "xor_inm_notified";
    public static final String USER_ASSESS_PREVENTION_REPLY = "user_assess_prevention_reply";
    public static final String XOR_EXPLANATION_ACCEPTED = "xor_explanation_accepted";
    public static final String SERVICE_CLOSE_CLAIM_NOT_ADMITTED = "service_close_claim_not_admitted";
    public static final String END_CLAIM_NOT_ADMITTED = "end_claim_not_admitted";
    public static final String RULE_TRIAGE_CLAIM = "rule_triage_claim";
    public static final String SERVICE_RECORD_TRIAGE = "service_record_triage";
    public static final String RULE_DETERMINE_INTERVIEW_REQUIREMENTS = "rule_determine_interview_requirements";
    public static final String PAR_COI_AND_INTERPRETER = "par_coi_and_interpreter";
    public static final String CALL_REQUEST_COI = "call_request_coi";
    public static final String XOR_INTERPRETER_NEEDED = "xor_interpreter_needed";
    public static final String CALL_BOOK_INTERPRETER = "call_book_interpreter";
    public static final String PAR_COI_AND_INTERPRETER_DONE = "par_coi_and_interpreter_done";
    public static final String SERVICE_NOTIFY_INM_OF_CLAIM = "service_notify_inm_of_claim";
    public static final String SERVICE_REQUEST_TEMPORARY_CURP = "service_request_temporary_curp";
    public static final String END_INM_AND_RENAPO_INFORMED = "end_inm_and_renapo_informed";
    public static final String PAR_DECISION_FINAL = "par_decision_final";
    public static final String XOR_PROTECTION_GRANTED = "xor_protection_granted";
    public static final String SERVICE_REQUEST_PERMANENT_CURP = "service_request_permanent_curp";
    public static final String SERVICE_START_INCLUSION_REFERRALS = "service_start_inclusion_referrals";
    public static final String XOR_DECISION_STAGE = "xor_decision_stage";
    public static final String SUB_DECISION = "sub_decision";
    public static final String XOR_STAGE_ENTRY = "xor_stage_entry";
    public static final String XOR_MODALITY = "xor_modality";
    public static final String USER_CONDUCT_MERGED_INTERVIEW = "user_conduct_merged_interview";
    public static final String USER_CONDUCT_INTERVIEW = "user_conduct_interview";
    public static final String USER_ASSESS_CLAIM = "user_assess_claim";
    public static final String USER_REVIEW_ASSESSMENT = "user_review_assessment";
    public static final String XOR_REVIEW_RESULT = "xor_review_result";
    public static final String USER_DECIDE_CLAIM = "user_decide_claim";
    public static final String TIMER_DECISION_AT_RISK = "timer_decision_at_risk";
    public static final String USER_ATTEND_DECISION_AT_RISK = "user_attend_decision_at_risk";
    public static final String TIMER_DECISION_OVERDUE = "timer_decision_overdue";
    public static final String SERVICE_FLAG_DECISION_BREACH = "service_flag_decision_breach";
    public static final String END_DECISION_BREACH_FLAGGED = "end_decision_breach_flagged";
    public static final String SERVICE_STOP_DECISION_CLOCK = "service_stop_decision_clock";
    public static final String SERVICE_ISSUE_RESOLUTION = "service_issue_resolution";
    public static final String USER_NOTIFY_RESOLUTION = "user_notify_resolution";
    public static final String SERVICE_OPEN_APPEAL_WINDOW = "service_open_appeal_window";
    public static final String EVGW_APPEAL_WINDOW = "evgw_appeal_window";
    public static final String MSG_APPEAL_FILED = "msg_appeal_filed";
    public static final String TIMER_APPEAL_WINDOW_CLOSED = "timer_appeal_window_closed";
    public static final String CALL_REVIEW_APPEAL = "call_review_appeal";
    public static final String XOR_APPEAL_RESULT = "xor_appeal_result";
    public static final String SERVICE_APPLY_APPEAL_OUTCOME = "service_apply_appeal_outcome";
    public static final String SERVICE_RESTART_DECISION_CLOCK = "service_restart_decision_clock";
    public static final String XOR_DECISION_FINAL = "xor_decision_final";
    public static final String SERVICE_CLOSE_CLAIM = "service_close_claim";
    public static final String END_CLAIM_CLOSED = "end_claim_closed";
    public static final String SUB_EARLY_CLOSURE = "sub_early_closure";
    public static final String START_CLAIM_CLOSED_EARLY = "start_claim_closed_early";
    public static final String SERVICE_CLOSE_CLAIM_EARLY = "service_close_claim_early";
    public static final String END_CLAIM_CLOSED_EARLY = "end_claim_closed_early";

    private Elements() {
    }
  }

  /** Message that starts the process for a claim registered through the API. */
  public static final String MSG_CLAIM_REGISTERED = "ClaimRegistered";
  /** Message of an appeal (recurso de revisión) filed within the window. */
  public static final String MSG_APPEAL = "AppealFiled";
  /** Message that closes a claim before its decision: withdrawal, abandonment, death. */
  public static final String MSG_CLAIM_CLOSED_EARLY = "ClaimClosedEarly";
  /**
   * Error code of {@code service_notify_inm_of_late_filing} when the notice is not sent through INM's adapter
   * (configured off, or refused by INM): a registration officer sends it ({@code user_notify_inm}).
   */
  public static final String INM_NOTICE_NOT_SENT_ERROR = "INM_NOTICE_NOT_SENT";

  // --- the claim, set at registration
  public static final ProcessVariable<Long> CLAIM_ID = ProcessVariable.of("claimId", Long.class);
  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.of("caseNumber", String.class);
  public static final ProcessVariable<String> OFFICE = ProcessVariable.of("office", String.class);
  /** Display name of the principal applicant, shown in task lists. */
  public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.of("applicantName", String.class);
  public static final ProcessVariable<String> NATIONALITY = ProcessVariable.of("nationality", String.class);
  /** The principal applicant's first language (ISO 639-1), for the interpreter. */
  public static final ProcessVariable<String> LANGUAGE = ProcessVariable.of("language", String.class);
  public static final ProcessVariable<Boolean> DETAINED = ProcessVariable.of("detained", Boolean.class);
  public static final ProcessVariable<Boolean> LATE_FILING = ProcessVariable.of("lateFiling", Boolean.class);
  public static final ProcessVariable<Boolean> SPECIFIC_NEEDS = ProcessVariable.of("specificNeeds", Boolean.class);
  public static final ProcessVariable<Boolean> PRIOR_CLAIM = ProcessVariable.of("priorClaim", Boolean.class);
  public static final ProcessVariable<Boolean> EXCLUSION_INDICATORS =
      ProcessVariable.of("exclusionIndicators", Boolean.class);
  public static final ProcessVariable<Boolean> FILED_BY_REPRESENTATIVE =
      ProcessVariable.of("filedByRepresentative", Boolean.class);
  /** The principal applicant's sex as registered (F, M, X), for the interview's requirements. */
  public static final ProcessVariable<String> APPLICANT_SEX = ProcessVariable.of("applicantSex", String.class);
  /** Whether the principal applicant was under 18 at the application. */
  public static final ProcessVariable<Boolean> CHILD_APPLICANT = ProcessVariable.of("childApplicant", Boolean.class);
  /** Whether the principal applicant is a survivor of violence, gender-based violence included. */
  public static final ProcessVariable<Boolean> VIOLENCE_SURVIVOR =
      ProcessVariable.of("violenceSurvivor", Boolean.class);
  /**
   * F or M when the principal applicant asked for an interpreter and interviewer of that gender, NONE otherwise (the
   * interview-requirements DMN).
   */
  public static final ProcessVariable<String> INTERPRETER_GENDER_PREFERENCE =
      ProcessVariable.of("interpreterGenderPreference", String.class);
  /**
   * Comma-separated COI tag codes of the claim's profile (the reported grounds, and ninez for a child principal):
   * passed to coi-request as its {@code coiTopics}; blank means any COI of the country.
   */
  public static final ProcessVariable<String> COI_TOPICS = ProcessVariable.of("coiTopics", String.class);

  // --- the interview's requirements (interview-requirements DMN) and the interpreter (interpretation-booking)
  public static final ProcessVariable<Boolean> INTERPRETER_NEEDED =
      ProcessVariable.of("interpreterNeeded", Boolean.class);
  /** ANY, F or M. */
  public static final ProcessVariable<String> INTERPRETER_GENDER = ProcessVariable.of("interpreterGender", String.class);
  /** ANY, F or M. */
  public static final ProcessVariable<String> INTERVIEWER_GENDER = ProcessVariable.of("interviewerGender", String.class);
  public static final ProcessVariable<Boolean> CHILD_TRAINED_OFFICER =
      ProcessVariable.of("childTrainedOfficer", Boolean.class);
  /** The confirmed slot of the interview with its interpreter: the interview task's due date. */
  public static final ProcessVariable<Date> INTERVIEW_AT = ProcessVariable.of("interviewAt", Date.class);
  public static final ProcessVariable<String> INTERPRETER_NAME = ProcessVariable.of("interpreterName", String.class);
  /** INM's reference of its notice of the claim (interop). */
  public static final ProcessVariable<String> INM_REFERENCE = ProcessVariable.of("inmReference", String.class);

  // --- legal deadlines (legal-deadlines DMN, business days; moved when the calendar changes)
  /** End of the 45 business days to decide, counted from the application (Ley art. 24). */
  public static final ProcessVariable<Date> DECISION_DUE = ProcessVariable.of("decisionDue", Date.class);
  /** When the office's reviewers are alerted that the decision deadline is near. */
  public static final ProcessVariable<Date> DECISION_WARNING_DUE =
      ProcessVariable.of("decisionWarningDue", Date.class);
  /** The office's internal target for the decision, shorter in the accelerated modality: the instruction tasks' due. */
  public static final ProcessVariable<Date> TARGET_DUE = ProcessVariable.of("targetDue", Date.class);
  public static final ProcessVariable<Boolean> DECISION_BREACHED =
      ProcessVariable.of("decisionBreached", Boolean.class);
  /** End of the 3 business days to ratify in person a claim a representative filed (Reglamento art. 20). */
  public static final ProcessVariable<Date> RATIFICATION_DUE = ProcessVariable.of("ratificationDue", Date.class);
  /** End of the business days the applicant has to explain a late filing. */
  public static final ProcessVariable<Date> PREVENTION_REPLY_DUE =
      ProcessVariable.of("preventionReplyDue", Date.class);
  /** 72 hours after the prevención: INM must have been told of the late filing. */
  public static final ProcessVariable<Date> INM_NOTICE_DUE = ProcessVariable.of("inmNoticeDue", Date.class);

  // --- triage (claim-triage DMN)
  public static final ProcessVariable<String> MODALITY = ProcessVariable.of("modality", String.class);
  public static final ProcessVariable<Integer> PRIORITY = ProcessVariable.of("priority", Integer.class);
  public static final ProcessVariable<String> INTERVIEW_TYPE = ProcessVariable.of("interviewType", String.class);
  public static final ProcessVariable<Boolean> SENIOR_REVIEW = ProcessVariable.of("seniorReview", Boolean.class);

  // --- interview, assessment, review, decision, notification (task forms)
  public static final ProcessVariable<String> INTERVIEW_DATE = ProcessVariable.of("interviewDate", String.class);
  public static final ProcessVariable<String> INTERVIEW_SUMMARY = ProcessVariable.of("interviewSummary", String.class);
  public static final ProcessVariable<String> PROPOSED_OUTCOME = ProcessVariable.of("proposedOutcome", String.class);
  public static final ProcessVariable<String> ASSESSMENT = ProcessVariable.of("assessment", String.class);
  /** The officer who completed the assessment: the reviewer must be someone else. */
  public static final ProcessVariable<String> ASSESSMENT_AUTHOR = ProcessVariable.of("assessmentAuthor", String.class);
  public static final ProcessVariable<Boolean> REVIEW_APPROVED = ProcessVariable.of("reviewApproved", Boolean.class);
  public static final ProcessVariable<String> REVIEW_NOTES = ProcessVariable.of("reviewNotes", String.class);
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);
  public static final ProcessVariable<String> RESOLUTION_GROUNDS = ProcessVariable.of("resolutionGrounds", String.class);
  public static final ProcessVariable<String> NOTIFICATION_DATE = ProcessVariable.of("notificationDate", String.class);
  public static final ProcessVariable<String> NOTIFICATION_METHOD =
      ProcessVariable.of("notificationMethod", String.class);

  // --- ratification and late filing (task forms)
  public static final ProcessVariable<String> RATIFIED_ON = ProcessVariable.of("ratifiedOn", String.class);
  public static final ProcessVariable<String> INM_NOTICE_SENT_ON = ProcessVariable.of("inmNoticeSentOn", String.class);
  public static final ProcessVariable<String> INM_NOTICE_REFERENCE =
      ProcessVariable.of("inmNoticeReference", String.class);
  public static final ProcessVariable<Boolean> PREVENTION_REPLIED =
      ProcessVariable.of("preventionReplied", Boolean.class);
  public static final ProcessVariable<Boolean> EXPLANATION_ACCEPTED =
      ProcessVariable.of("explanationAccepted", Boolean.class);

  // --- appeal (recurso de revisión) and early closure
  /** End of the 15-business-day window to appeal, counted from the notification. */
  public static final ProcessVariable<Date> APPEAL_DUE = ProcessVariable.of("appealDue", Date.class);
  public static final ProcessVariable<String> APPEAL_FILED_ON = ProcessVariable.of("appealFiledOn", String.class);
  /** CONFIRMED, REVOKED or REMANDED, from {@code appeal-review}. */
  public static final ProcessVariable<String> APPEAL_RESULT = ProcessVariable.of("appealResult", String.class);
  /** The outcome the appeal decided when it revoked the first decision. */
  public static final ProcessVariable<String> APPEAL_OUTCOME = ProcessVariable.of("appealOutcome", String.class);
  /** WITHDRAWAL, ABANDONMENT or DEATH: why a claim closed before its decision became final. */
  public static final ProcessVariable<String> CLOSURE_REASON = ProcessVariable.of("closureReason", String.class);
  public static final ProcessVariable<String> CLOSURE_DETAIL = ProcessVariable.of("closureDetail", String.class);

  private AsylumClaimProcess() {
  }
}
