package org.refugio.calendar;

/** A day that cannot be declared because it is already non-working: a weekend, a statutory holiday, declared. */
public class CalendarConflictException extends RuntimeException {

  public CalendarConflictException(String message) {
    super(message);
  }
}
