package org.refugio.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.refugio.calendar.StatutoryHolidays;
import org.refugio.presentation.PresentationWeeks.Misses;

/**
 * The missed-week rule. Weeks of November 2026: registration on Wednesday the 4th (week of Monday 2 November); the
 * first week that counts is 9–15 November, then 16–22, 23–29.
 */
class PresentationWeeksTest {

  private static final LocalDate REGISTERED_WEDNESDAY = LocalDate.of(2026, 11, 4);

  @Test
  void shouldCountNothingUntilTheFirstWeekAfterRegistrationIsOver() {
    // the first counted week ends on Sunday the 15th: on that day it is not yet missed
    assertThat(PresentationWeeks.misses(REGISTERED_WEDNESDAY, null, LocalDate.of(2026, 11, 4)).count()).isZero();
    assertThat(PresentationWeeks.misses(REGISTERED_WEDNESDAY, null, LocalDate.of(2026, 11, 15)).count()).isZero();
    assertThat(PresentationWeeks.misses(REGISTERED_WEDNESDAY, null, LocalDate.of(2026, 11, 16)))
        .isEqualTo(new Misses(1, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
  }

  @Test
  void shouldNotCountTheRestOfTheRegistrationWeekWhenRegisteredMidWeek() {
    // registered on Wednesday, nothing that week or the next two: two misses, not three
    assertThat(PresentationWeeks.misses(REGISTERED_WEDNESDAY, null, LocalDate.of(2026, 11, 23)))
        .isEqualTo(new Misses(2, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 22)));
    // registered on a Sunday: the next day starts the first counted week
    assertThat(PresentationWeeks.misses(LocalDate.of(2026, 11, 8), null, LocalDate.of(2026, 11, 23)).count())
        .isEqualTo(2);
  }

  @Test
  void shouldCountAPresentationOnAnotherWeekdayForItsWeek() {
    // assigned Wednesday, came on Saturday the 14th: that week is kept, the next one is missed
    assertThat(PresentationWeeks.misses(REGISTERED_WEDNESDAY, LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 23)))
        .isEqualTo(new Misses(1, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
    // and a presentation on any day of the current week clears every earlier miss
    assertThat(PresentationWeeks.misses(REGISTERED_WEDNESDAY, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25))
        .count()).isZero();
  }

  @Test
  void shouldNotExcuseAWeekWhoseAssignedDayIsAHoliday() {
    // 16 September 2026 (a Wednesday) is a statutory holiday; the person could come any other day of that week
    LocalDate holiday = LocalDate.of(2026, 9, 16);
    assertThat(StatutoryHolidays.isHoliday(holiday)).isTrue();
    Misses misses = PresentationWeeks.misses(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 9),
        LocalDate.of(2026, 9, 21));

    assertThat(misses).isEqualTo(new Misses(1, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 20)));
  }

  @Test
  void shouldIgnoreAPresentationInTheRegistrationWeek() {
    assertThat(PresentationWeeks.misses(REGISTERED_WEDNESDAY, LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 23))
        .count()).isEqualTo(2);
  }

  @Test
  void shouldFindExactlyTheClaimsWithNMissesAndNotThoseWithNMinusOne() {
    // today Wednesday 17 March 2027, policy 2: the two counted weeks are 1–7 and 8–14 March
    LocalDate today = LocalDate.of(2027, 3, 17);
    LocalDate cutoff = PresentationWeeks.cutoff(today, 2);
    assertThat(cutoff).isEqualTo(LocalDate.of(2027, 3, 1));

    // registered Sunday 28 February: exactly 2 misses; registered Monday 1 March: only 1
    assertThat(PresentationWeeks.misses(LocalDate.of(2027, 2, 28), null, today).count()).isEqualTo(2);
    assertThat(PresentationWeeks.misses(LocalDate.of(2027, 3, 1), null, today).count()).isEqualTo(1);
    // last presentation on Sunday 28 February: 2 misses; on Monday 1 March: 1
    assertThat(PresentationWeeks.misses(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 28), today).count())
        .isEqualTo(2);
    assertThat(PresentationWeeks.misses(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 3, 1), today).count())
        .isEqualTo(1);
  }

  @Test
  void shouldAgreeWithTheCutoffTheDatabaseQueryUses() {
    // every registration and last presentation over four months, for thresholds 1 to 4
    LocalDate today = LocalDate.of(2027, 3, 17);
    for (int threshold = 1; threshold <= 4; threshold++) {
      LocalDate cutoff = PresentationWeeks.cutoff(today, threshold);
      for (LocalDate registered = LocalDate.of(2026, 12, 1); !registered.isAfter(today);
          registered = registered.plusDays(1)) {
        for (LocalDate last = registered.minusDays(3); !last.isAfter(today); last = last.plusDays(1)) {
          boolean byRule = PresentationWeeks.misses(registered, last, today).count() >= threshold;
          boolean byQuery = registered.isBefore(cutoff) && last.isBefore(cutoff);
          assertThat(byQuery).as("registered %s, last presented %s, threshold %d", registered, last, threshold)
              .isEqualTo(byRule);
        }
        boolean neverPresented = PresentationWeeks.misses(registered, null, today).count() >= threshold;
        assertThat(registered.isBefore(cutoff)).isEqualTo(neverPresented);
      }
    }
  }

  @Test
  void shouldAssignTheRegistrationWeekdayOrMondayAfterAWeekend() {
    assertThat(PresentationWeeks.defaultWeekday(REGISTERED_WEDNESDAY)).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(PresentationWeeks.defaultWeekday(LocalDate.of(2026, 11, 7))).isEqualTo(DayOfWeek.MONDAY);
    assertThat(PresentationWeeks.defaultWeekday(LocalDate.of(2026, 11, 8))).isEqualTo(DayOfWeek.MONDAY);
  }

  @Test
  void shouldExpectTheAssignedDayOfTheFirstWeekStillWithoutAPresentation() {
    DayOfWeek wednesday = DayOfWeek.WEDNESDAY;
    // during the registration week: the assigned day of the next week
    assertThat(PresentationWeeks.nextExpected(REGISTERED_WEDNESDAY, wednesday, null, LocalDate.of(2026, 11, 5)))
        .isEqualTo(LocalDate.of(2026, 11, 11));
    // Thursday of a counted week, not yet presented: still that week's Wednesday (overdue, but the week is open)
    assertThat(PresentationWeeks.nextExpected(REGISTERED_WEDNESDAY, wednesday, null, LocalDate.of(2026, 11, 12)))
        .isEqualTo(LocalDate.of(2026, 11, 11));
    // presented on Tuesday of this week: next week's Wednesday
    assertThat(PresentationWeeks.nextExpected(REGISTERED_WEDNESDAY, wednesday, LocalDate.of(2026, 11, 10),
        LocalDate.of(2026, 11, 12))).isEqualTo(LocalDate.of(2026, 11, 18));
    // a Friday assignment
    assertThat(PresentationWeeks.nextExpected(REGISTERED_WEDNESDAY, DayOfWeek.FRIDAY, LocalDate.of(2026, 11, 13),
        LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 11, 20));
  }
}
