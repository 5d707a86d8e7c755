package org.refugio.calendar;

/** Why a day is not a business day, beyond being a Saturday or Sunday. */
public enum NonWorkingDayKind {
  /** Fixed by law for every year: {@link StatutoryHolidays}. */
  STATUTORY,
  /** Declared non-working by an agreement published in the Diario Oficial (Holy Thursday, a winter period). */
  DECLARED,
  /** A day of a period in which an official agreement suspended the running of deadlines. */
  SUSPENSION
}
