package org.refugio.interop;

/** RENAPO: the temporary CURP of an applicant and the permanent CURP of a person granted protection. */
public interface RenapoClient {

  /** Asks for a CURP of the given kind ({@code TEMPORARY} or {@code PERMANENT}); one per idempotency key. */
  InteropAnswer requestCurp(String idempotencyKey, String kind, InteropPerson person);
}
