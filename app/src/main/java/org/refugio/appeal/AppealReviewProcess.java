package org.refugio.appeal;

import org.refugio.engine.ProcessVariable;

/**
 * The {@code appeal-review} process: the recurso de revisión, decided by the legal unit, never by the officers of the
 * office that decided. Called by {@code asylum-claim}, which passes the claim and receives the result.
 */
public final class AppealReviewProcess {

  public static final String KEY = "appeal-review";

  /** Element ids of {@code processes/appeal-review.bpmn}. */
  public static final class Elements {
    public static final String START_APPEAL_FILED = "start_appeal_filed";
    public static final String USER_DECIDE_APPEAL = "user_decide_appeal";
    public static final String END_APPEAL_DECIDED = "end_appeal_decided";

    private Elements() {
    }
  }

  /** CONFIRMED, REVOKED or REMANDED: returned to {@code asylum-claim}. */
  public static final ProcessVariable<String> APPEAL_RESULT = ProcessVariable.of("appealResult", String.class);
  /** The outcome the appeal decides when it revokes the first decision. */
  public static final ProcessVariable<String> APPEAL_OUTCOME = ProcessVariable.of("appealOutcome", String.class);
  public static final ProcessVariable<String> APPEAL_GROUNDS = ProcessVariable.of("appealGrounds", String.class);

  private AppealReviewProcess() {
  }
}
