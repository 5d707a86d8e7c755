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
    public static final String RULE_TRIAGE_CLAIM = "rule_triage_claim";
    public static final String XOR_MODALITY = "xor_modality";
    public static final String USER_CONDUCT_MERGED_INTERVIEW = "user_conduct_merged_interview";
    public static final String USER_CONDUCT_INTERVIEW = "user_conduct_interview";
    public static final String USER_ASSESS_CLAIM = "user_assess_claim";
    public static final String USER_REVIEW_ASSESSMENT = "user_review_assessment";
    public static final String XOR_REVIEW_RESULT = "xor_review_result";
    public static final String USER_DECIDE_CLAIM = "user_decide_claim";
    public static final String SERVICE_ISSUE_RESOLUTION = "service_issue_resolution";
    public static final String USER_NOTIFY_RESOLUTION = "user_notify_resolution";
    public static final String SERVICE_CLOSE_CLAIM = "service_close_claim";
    public static final String END_CLAIM_CLOSED = "end_claim_closed";

    private Elements() {
    }
  }

  /** Message that starts the process for a claim registered through the API. */
  public static final String MSG_CLAIM_REGISTERED = "ClaimRegistered";

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
  public static final ProcessVariable<Date> DECISION_DUE = ProcessVariable.of("decisionDue", Date.class);

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

  private AsylumClaimProcess() {
  }
}
