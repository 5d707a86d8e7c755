package org.refugio.presentation;

import org.refugio.claim.AsylumClaimProcess;
import org.refugio.claim.ClosureReason;
import org.refugio.engine.ProcessVariable;

/**
 * The {@code presentation-sweep} process: its key, element ids and typed variables, and the {@link ClaimAbandoned}
 * message by which it tells a claim's {@code asylum-claim} instance that the applicant abandoned the claim.
 */
public final class PresentationSweepProcess {

  public static final String KEY = "presentation-sweep";

  /** Element ids of {@code processes/presentation-sweep.bpmn}. */
  public static final class Elements {
    public static final String START_SWEEP_DUE = "start_sweep_due";
    public static final String SERVICE_SIGNAL_ABANDONMENTS = "service_signal_abandonments";
    public static final String END_SWEEP_DONE = "end_sweep_done";

    private Elements() {
    }
  }

  /** How many claims the sweep signalled as abandoned. */
  public static final ProcessVariable<Integer> CLAIMS_SIGNALLED = ProcessVariable.of("claimsSignalled", Integer.class);
  /** How many abandoned claims could not be signalled (their procedure did not take the message). */
  public static final ProcessVariable<Integer> CLAIMS_NOT_SIGNALLED =
      ProcessVariable.of("claimsNotSignalled", Integer.class);
  /** The case numbers of those claims, comma-separated; the first {@value #LISTED_CASE_NUMBERS} only. */
  public static final ProcessVariable<String> CASE_NUMBERS_NOT_SIGNALLED =
      ProcessVariable.of("caseNumbersNotSignalled", String.class);
  /** Keeps {@link #CASE_NUMBERS_NOT_SIGNALLED} within the engine's 4,000 characters for a string variable. */
  public static final int LISTED_CASE_NUMBERS = 100;

  /**
   * The message the sweep correlates to a claim's {@code asylum-claim} instance, by business key (the case number),
   * with the variables below.
   */
  public static final class ClaimAbandoned {
    /** The claim's early-closure message: asylum-claim's event subprocess closes the claim with the reason. */
    public static final String MESSAGE = AsylumClaimProcess.MSG_CLAIM_CLOSED_EARLY;
    /** Always {@link #REASON_ABANDONMENT}. */
    public static final ProcessVariable<String> CLOSURE_REASON = AsylumClaimProcess.CLOSURE_REASON;
    /** Spanish, for the file: "2 presentaciones semanales consecutivas no realizadas (semanas del … al …)". */
    public static final ProcessVariable<String> CLOSURE_DETAIL = AsylumClaimProcess.CLOSURE_DETAIL;
    public static final String REASON_ABANDONMENT = ClosureReason.ABANDONMENT.name();

    private ClaimAbandoned() {
    }
  }

  private PresentationSweepProcess() {
  }
}
