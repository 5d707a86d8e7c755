package org.refugio.inclusion;

/** A request that contradicts what is recorded (a reason code that already exists, an outcome for a closed referral). */
public class InclusionConflictException extends RuntimeException {

  public InclusionConflictException(String message) {
    super(message);
  }
}
