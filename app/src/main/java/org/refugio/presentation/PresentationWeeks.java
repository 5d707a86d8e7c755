package org.refugio.presentation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The weekly presentation calendar. A week runs Monday to Sunday; the first week that counts is the one after the
 * registration week; a week is <em>missed</em> when it is fully past (its Sunday is before today) and no presentation
 * was recorded on any of its days. Which weekday was assigned, and holidays, do not matter: a presentation on any day
 * of the week counts for that week.
 */
final class PresentationWeeks {

  private PresentationWeeks() {
  }

  /** The Monday of the day's week. */
  static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The weekday a claim is assigned until front desk changes it: its registration's, Monday after a weekend. */
  static DayOfWeek defaultWeekday(LocalDate registeredOn) {
    DayOfWeek day = registeredOn.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayOfWeek.MONDAY : day;
  }

  /**
   * The consecutive missed weeks up to the last fully past week: those after the later of the registration week and
   * the week of the latest presentation.
   *
   * @param lastPresentedOn the latest presentation, or {@code null} if there is none
   */
  static Misses misses(LocalDate registeredOn, LocalDate lastPresentedOn, LocalDate today) {
    LocalDate lastCovered = mondayOf(registeredOn);
    if (lastPresentedOn != null && mondayOf(lastPresentedOn).isAfter(lastCovered)) {
      lastCovered = mondayOf(lastPresentedOn);
    }
    LocalDate lastFullWeek = mondayOf(today).minusWeeks(1);
    long count = ChronoUnit.WEEKS.between(lastCovered, lastFullWeek);
    return count <= 0 ? Misses.NONE
        : new Misses((int) count, lastCovered.plusWeeks(1), lastFullWeek.plusDays(6));
  }

  /**
   * The Monday from which {@code weeks} missed weeks are counted back as of today. A claim has missed at least
   * {@code weeks} consecutive weeks exactly when it was registered before this day and has no presentation on or
   * after it: the rule of {@link #misses} in a form a database query can use.
   */
  static LocalDate cutoff(LocalDate today, int weeks) {
    return mondayOf(today).minusWeeks(weeks);
  }

  /**
   * The assigned weekday of the first week, from the current one on, that counts and has no presentation yet. It may
   * be earlier than today: the week is still open, and a presentation on any of its remaining days counts.
   */
  static LocalDate nextExpected(LocalDate registeredOn, DayOfWeek weekday, LocalDate lastPresentedOn,
      LocalDate today) {
    LocalDate week = mondayOf(today);
    LocalDate firstCounted = mondayOf(registeredOn).plusWeeks(1);
    if (week.isBefore(firstCounted)) {
      week = firstCounted;
    }
    if (lastPresentedOn != null && !mondayOf(lastPresentedOn).isBefore(week)) {
      week = mondayOf(lastPresentedOn).plusWeeks(1);
    }
    return week.with(TemporalAdjusters.nextOrSame(weekday));
  }

  /**
   * Consecutive missed weeks.
   *
   * @param count how many
   * @param from the Monday of the first missed week, {@code null} when none was missed
   * @param to the Sunday of the last missed week, {@code null} when none was missed
   */
  record Misses(int count, LocalDate from, LocalDate to) {
    static final Misses NONE = new Misses(0, null, null);
  }
}
