package org.refugio.claim;

/** A request that the claim's current state does not allow (an appeal out of time, a closed claim); answered 409. */
public class ClaimConflictException extends RuntimeException {

  public ClaimConflictException(String message) {
    super(message);
  }
}
