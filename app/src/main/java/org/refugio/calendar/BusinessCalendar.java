package org.refugio.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Business days of the Mexican federal administration, for legal deadlines: every day except Saturdays, Sundays,
 * {@link StatutoryHolidays} and {@link DeclaredNonWorkingDays}. Deadlines count from the business day after the event
 * that triggers them (DOMAIN.md, "Business days"). Each method has a form for an office, which also skips the days
 * declared for that office alone; the form without an office counts national days only.
 */
@Component
public class BusinessCalendar {

  private final DeclaredNonWorkingDays declaredNonWorkingDays;

  public BusinessCalendar(DeclaredNonWorkingDays declaredNonWorkingDays) {
    this.declaredNonWorkingDays = Objects.requireNonNull(declaredNonWorkingDays);
  }

  public boolean isBusinessDay(LocalDate day) {
    return isBusinessDay(day, (String) null);
  }

  /** Whether {@code day} is a business day at {@code office} ({@code null}: nationally). */
  public boolean isBusinessDay(LocalDate day, String office) {
    return isBusinessDay(day, declaredNonWorkingDays.between(day, day, office));
  }

  /**
   * The {@code days}-th business day after {@code event}: a deadline of 1 from a Friday event is the next Monday if
   * that is a business day. The event itself need not be a business day; a deadline of 0 is the event.
   */
  public LocalDate addBusinessDays(LocalDate event, int days) {
    return addBusinessDays(event, days, null);
  }

  /** {@link #addBusinessDays(LocalDate, int)} on the calendar of {@code office} ({@code null}: national days only). */
  public LocalDate addBusinessDays(LocalDate event, int days, String office) {
    Objects.requireNonNull(event, "event");
    if (days < 0) {
      throw new IllegalArgumentException("A deadline counts forward: " + days + " business days");
    }
    LocalDate day = event;
    int remaining = days;
    while (remaining > 0) {
      // One look-up of declared days per span; a span covers the weekends and a few holidays, and a longer declared
      // period (a suspension) simply takes another span.
      LocalDate spanEnd = day.plusDays(remaining * 7L / 5 + 14);
      Set<LocalDate> declared = declaredNonWorkingDays.between(day.plusDays(1), spanEnd, office);
      while (remaining > 0 && day.isBefore(spanEnd)) {
        day = day.plusDays(1);
        if (isBusinessDay(day, declared)) {
          remaining--;
        }
      }
    }
    return day;
  }

  /**
   * The business days after {@code from} up to and including {@code to}, so that
   * {@code countBusinessDays(from, addBusinessDays(from, n)) == n}. Negative when {@code to} is before {@code from}
   * (a deadline already passed): {@code -countBusinessDays(to, from)}.
   */
  public int countBusinessDays(LocalDate from, LocalDate to) {
    return countBusinessDays(from, to, null);
  }

  /** {@link #countBusinessDays(LocalDate, LocalDate)} on the calendar of {@code office} ({@code null}: national). */
  public int countBusinessDays(LocalDate from, LocalDate to, String office) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -countBusinessDays(to, from, office);
    }
    if (to.equals(from)) {
      return 0;
    }
    Set<LocalDate> declared = declaredNonWorkingDays.between(from.plusDays(1), to, office);
    return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(day -> isBusinessDay(day, declared)).count();
  }

  private static boolean isBusinessDay(LocalDate day, Set<LocalDate> declared) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY
        && !StatutoryHolidays.isHoliday(day) && !declared.contains(day);
  }
}
