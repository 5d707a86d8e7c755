package org.refugio.presentation;

/**
 * Tells a claim's procedure that its applicant abandoned it. {@link EngineAbandonmentSignal} correlates the
 * {@link PresentationSweepProcess.ClaimAbandoned} message; tests put a recorder in its place.
 */
public interface AbandonmentSignal {

  /**
   * Signals the claim's abandonment.
   *
   * @param caseNumber the claim's case number, the business key of its {@code asylum-claim} instance
   * @param closureDetail why, in Spanish, for the file
   * @throws RuntimeException when the claim's procedure did not take the signal; nothing of it is then kept
   */
  void signal(String caseNumber, String closureDetail);
}
