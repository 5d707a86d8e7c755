package org.refugio.coi;

/** A COI document or request that does not exist. */
public class CoiNotFoundException extends RuntimeException {

  public CoiNotFoundException(String message) {
    super(message);
  }
}
