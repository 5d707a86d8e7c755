package org.refugio.calendar;

/** No declared day or suspension matches what was asked to be removed. */
public class NonWorkingDayNotFoundException extends RuntimeException {

  public NonWorkingDayNotFoundException(String message) {
    super(message);
  }
}
