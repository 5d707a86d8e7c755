package org.refugio.calendar;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The non-working days that the law fixes for every year (Ley Federal de Procedimiento Administrativo art. 28 and the
 * Calendario Oficial): 1 January, the first Monday of February, the third Monday of March, 1 and 5 May, 16 September,
 * the third Monday of November, 25 December, and the day of the transfer of federal executive power every six years.
 * Weekends and the days an agency declares non-working are not here.
 */
public final class StatutoryHolidays {

  /**
   * The February, March and November holidays moved to Mondays in 2006 (Calendario Oficial reformed in DOF
   * 27 January 2006); earlier years had fixed dates that this class does not model, so it refuses them.
   */
  public static final int FIRST_SUPPORTED_YEAR = 2006;

  /** The president takes office on 1 October from 2024 (Constitution art. 83, reformed in 2014), on 1 December before. */
  private static final int FIRST_OCTOBER_TRANSFER = 2024;
  private static final int PRESIDENTIAL_TERM_YEARS = 6;

  private static final Map<Integer, SortedSet<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

  private StatutoryHolidays() {
  }

  /** The statutory holidays of a year, in date order; some may fall on a weekend. */
  public static SortedSet<LocalDate> of(int year) {
    if (year < FIRST_SUPPORTED_YEAR) {
      throw new IllegalArgumentException(
          "Statutory holidays are known from " + FIRST_SUPPORTED_YEAR + " on, not for " + year);
    }
    return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  public static boolean isHoliday(LocalDate date) {
    return of(date.getYear()).contains(date);
  }

  private static SortedSet<LocalDate> compute(int year) {
    SortedSet<LocalDate> days = new TreeSet<>();
    days.add(LocalDate.of(year, Month.JANUARY, 1));
    days.add(monday(year, Month.FEBRUARY, 1));
    days.add(monday(year, Month.MARCH, 3));
    days.add(LocalDate.of(year, Month.MAY, 1));
    days.add(LocalDate.of(year, Month.MAY, 5));
    days.add(LocalDate.of(year, Month.SEPTEMBER, 16));
    days.add(monday(year, Month.NOVEMBER, 3));
    days.add(LocalDate.of(year, Month.DECEMBER, 25));
    if (Math.floorMod(year - FIRST_OCTOBER_TRANSFER, PRESIDENTIAL_TERM_YEARS) == 0) {
      days.add(year >= FIRST_OCTOBER_TRANSFER
          ? LocalDate.of(year, Month.OCTOBER, 1)
          : LocalDate.of(year, Month.DECEMBER, 1));
    }
    return Collections.unmodifiableSortedSet(days);
  }

  private static LocalDate monday(int year, Month month, int ordinal) {
    return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
  }
}
