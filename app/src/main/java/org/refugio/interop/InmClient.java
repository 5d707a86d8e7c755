package org.refugio.interop;

/** INM: the notice of a claim, from which INM issues the humanitarian visitor card (TVRH). */
public interface InmClient {

  /** Notifies the claim; the same idempotency key never notifies twice. Failures are exceptions, left to retries. */
  InteropAnswer notifyClaim(String idempotencyKey, InteropPerson person);

  /**
   * Tells INM, within 72 hours, that a claim was filed after the legal time limit (the prevención was issued); INM's
   * reference of the notice. The same idempotency key never notifies twice.
   */
  InteropAnswer notifyLateFiling(String idempotencyKey, InteropPerson person, LateFiling lateFiling);

  /** What a late-filing notice says besides the person: when they entered, filed and were asked for the causes. */
  record LateFiling(java.time.LocalDate entryDate, java.time.LocalDate applicationDate) {
  }
}
