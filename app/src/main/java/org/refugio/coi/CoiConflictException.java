package org.refugio.coi;

/** A COI change refused because of the current state (a request already answered, a tag that exists). */
public class CoiConflictException extends RuntimeException {

  public CoiConflictException(String message) {
    super(message);
  }
}
