package org.refugio.calendar;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
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

  private static final Map<Integer, SortedMap<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

  private StatutoryHolidays() {
  }

  /** The statutory holidays of a year, in date order; some may fall on a weekend. */
  public static SortedSet<LocalDate> of(int year) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(named(year).keySet()));
  }

  /** The statutory holidays of a year with their Spanish names, in date order. */
  public static SortedMap<LocalDate, String> named(int year) {
    if (year < FIRST_SUPPORTED_YEAR) {
      throw new IllegalArgumentException(
          "Statutory holidays are known from " + FIRST_SUPPORTED_YEAR + " on, not for " + year);
    }
    return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  public static boolean isHoliday(LocalDate date) {
    return named(date.getYear()).containsKey(date);
  }

  private static SortedMap<LocalDate, String> compute(int year) {
    SortedMap<LocalDate, String> days = new TreeMap<>();
    days.put(LocalDate.of(year, Month.JANUARY, 1), "Año Nuevo");
    days.put(monday(year, Month.FEBRUARY, 1), "Día de la Constitución");
    days.put(monday(year, Month.MARCH, 3), "Natalicio de Benito Juárez");
    days.put(LocalDate.of(year, Month.MAY, 1), "Día del Trabajo");
    days.put(LocalDate.of(year, Month.MAY, 5), "Aniversario de la Batalla de Puebla");
    days.put(LocalDate.of(year, Month.SEPTEMBER, 16), "Día de la Independencia");
    days.put(monday(year, Month.NOVEMBER, 3), "Aniversario de la Revolución Mexicana");
    days.put(LocalDate.of(year, Month.DECEMBER, 25), "Navidad");
    if (Math.floorMod(year - FIRST_OCTOBER_TRANSFER, PRESIDENTIAL_TERM_YEARS) == 0) {
      days.put(year >= FIRST_OCTOBER_TRANSFER
          ? LocalDate.of(year, Month.OCTOBER, 1)
          : LocalDate.of(year, Month.DECEMBER, 1), "Transmisión del Poder Ejecutivo Federal");
    }
    return Collections.unmodifiableSortedMap(days);
  }

  private static LocalDate monday(int year, Month month, int ordinal) {
    return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
  }
}
