package org.refugio.inclusion.roundtable;

/** A roundtable, member or agreement id that does not exist. */
public class RoundtableNotFoundException extends RuntimeException {

  public RoundtableNotFoundException(String message) {
    super(message);
  }
}
