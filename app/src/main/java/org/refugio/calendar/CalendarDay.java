package org.refugio.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A non-working day as the calendar API shows it: a statutory holiday with its name, or a declared day with its
 * reason, the agreement that declared it and who recorded it.
 *
 * @param office the office a declared day applies to; absent for national days and statutory holidays
 */
public record CalendarDay(LocalDate date, NonWorkingDayKind kind, String name, String office, String reason,
    String reference, String declaredBy, OffsetDateTime declaredAt) {

  static CalendarDay statutory(LocalDate date, String name) {
    return new CalendarDay(date, NonWorkingDayKind.STATUTORY, name, null, null, null, null, null);
  }

  static CalendarDay declared(NonWorkingDay day) {
    return new CalendarDay(day.day(), day.kind(), null, day.office(), day.reason(), day.reference(),
        day.declaredBy(), day.declaredAt());
  }
}
