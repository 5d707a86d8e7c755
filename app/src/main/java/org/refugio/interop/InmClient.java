package org.refugio.interop;

/** INM: the notice of a claim, from which INM issues the humanitarian visitor card (TVRH). */
public interface InmClient {

  /** Notifies the claim; the same idempotency key never notifies twice. Failures are exceptions, left to retries. */
  InteropAnswer notifyClaim(String idempotencyKey, InteropPerson person);
}
