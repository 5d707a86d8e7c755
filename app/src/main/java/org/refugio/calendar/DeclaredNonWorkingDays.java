package org.refugio.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The days the agency declares non-working by an agreement published in the Diario Oficial (Holy Thursday and Friday,
 * a winter period, suspensions of deadlines): data that authorised staff maintain, which the business calendar
 * consults on top of weekends and {@link StatutoryHolidays}. A day is declared nationally or for one office.
 */
public interface DeclaredNonWorkingDays {

  /**
   * The declared non-working days from {@code from} to {@code to}, both included, that apply at {@code office}: the
   * national ones plus that office's own; only the national ones when {@code office} is {@code null}. The calendar
   * asks for a span at a time rather than day by day, so an implementation backed by a table needs one query per
   * deadline.
   */
  Set<LocalDate> between(LocalDate from, LocalDate to, String office);

  /** The national declared non-working days from {@code from} to {@code to}, both included. */
  default Set<LocalDate> between(LocalDate from, LocalDate to) {
    return between(from, to, null);
  }
}
