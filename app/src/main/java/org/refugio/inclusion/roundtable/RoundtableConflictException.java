package org.refugio.inclusion.roundtable;

/** A change that contradicts what is stored: a second roundtable for one scope, a member added twice. */
public class RoundtableConflictException extends RuntimeException {

  public RoundtableConflictException(String message) {
    super(message);
  }
}
