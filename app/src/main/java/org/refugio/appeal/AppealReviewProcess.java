package org.refugio.appeal;

import org.refugio.claim.AsylumClaimProcess;
import org.refugio.engine.ProcessVariable;

/**
 * The {@code appeal-review} process: the recurso de revisión, decided by the legal unit, never by the officers of the
 * office that decided, issued as a written resolution and notified in turn. Called by {@code asylum-claim}, which
 * passes the claim and receives the result.
 */
public final class AppealReviewProcess {

  public static final String KEY = "appeal-review";

  /** Element ids of {@code processes/appeal-review.bpmn}. */
  public static final class Elements {
    public static final String START_APPEAL_FILED = "start_appeal_filed";
    public static final String USER_DECIDE_APPEAL = "user_decide_appeal";
    public static final String SERVICE_ISSUE_APPEAL_RESOLUTION = "service_issue_appeal_resolution";
    public static final String USER_NOTIFY_APPEAL_RESULT = "user_notify_appeal_result";
    public static final String SERVICE_RECORD_APPEAL_RESULT = "service_record_appeal_result";
    public static final String END_APPEAL_DECIDED = "end_appeal_decided";

    private Elements() {
    }
  }

  // --- passed in by asylum-claim's call_review_appeal
  public static final ProcessVariable<Long> CLAIM_ID = AsylumClaimProcess.CLAIM_ID;
  public static final ProcessVariable<String> CASE_NUMBER = AsylumClaimProcess.CASE_NUMBER;
  /** The claim's office: its registration officers notify the appeal's result. */
  public static final ProcessVariable<String> OFFICE = AsylumClaimProcess.OFFICE;
  /** The outcome of the first-instance resolution under appeal. */
  public static final ProcessVariable<String> OUTCOME = AsylumClaimProcess.OUTCOME;
  /** The day the appeal was filed, {@code yyyy-MM-dd}. */
  public static final ProcessVariable<String> APPEAL_FILED_ON = AsylumClaimProcess.APPEAL_FILED_ON;
  public static final ProcessVariable<Integer> PRIORITY = AsylumClaimProcess.PRIORITY;
  /**
   * The office whose resolution is under appeal, set only when the claim moved to another office while the appeal
   * was open; otherwise it is {@link #OFFICE}.
   */
  public static final ProcessVariable<String> DECIDING_OFFICE = ProcessVariable.of("decidingOffice", String.class);

  // --- decide-appeal form; appealResult and appealOutcome go back to asylum-claim
  /** An {@link AppealResult} name: CONFIRMED, REVOKED or REMANDED. */
  public static final ProcessVariable<String> APPEAL_RESULT = AsylumClaimProcess.APPEAL_RESULT;
  /** The outcome the appeal decides when it revokes the first decision, an {@code Outcome} name. */
  public static final ProcessVariable<String> APPEAL_OUTCOME = AsylumClaimProcess.APPEAL_OUTCOME;
  public static final ProcessVariable<String> APPEAL_GROUNDS = ProcessVariable.of("appealGrounds", String.class);

  // --- notify-appeal-result form
  public static final ProcessVariable<String> APPEAL_NOTIFICATION_DATE =
      ProcessVariable.of("appealNotificationDate", String.class);
  public static final ProcessVariable<String> APPEAL_NOTIFICATION_METHOD =
      ProcessVariable.of("appealNotificationMethod", String.class);
  public static final ProcessVariable<Boolean> APPEAL_RESULT_UNDERSTOOD =
      ProcessVariable.of("appealResultUnderstood", Boolean.class);
  /** Whether the person said they filed, or will file, a juicio de nulidad in court: recorded, not processed. */
  public static final ProcessVariable<Boolean> NULLITY_SUIT_REPORTED =
      ProcessVariable.of("nullitySuitReported", Boolean.class);
  public static final ProcessVariable<String> NULLITY_SUIT_DETAIL =
      ProcessVariable.of("nullitySuitDetail", String.class);

  private AppealReviewProcess() {
  }
}
