package org.refugio.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The days the agency declares non-working by an agreement published in the Diario Oficial (Holy Thursday and Friday,
 * a winter period, suspensions of deadlines): data that authorised staff maintain, which the business calendar
 * consults on top of weekends and {@link StatutoryHolidays}.
 */
public interface DeclaredNonWorkingDays {

  /**
   * The declared non-working days from {@code from} to {@code to}, both included. The calendar asks for a span at a
   * time rather than day by day, so an implementation backed by a table needs one query per deadline.
   */
  Set<LocalDate> between(LocalDate from, LocalDate to);
}
