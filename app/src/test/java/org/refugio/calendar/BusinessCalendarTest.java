package org.refugio.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Business days and legal deadlines: LFPA art. 28 holidays, weekends, declared days, and counting from the day after. */
class BusinessCalendarTest {

  private final BusinessCalendar calendar = new BusinessCalendar((from, to, office) -> Set.of());

  // --- statutory holidays

  static Stream<Arguments> holidaysByYear() {
    return Stream.of(
        Arguments.of(2024, List.of(of(2024, 1, 1), of(2024, 2, 5), of(2024, 3, 18), of(2024, 5, 1), of(2024, 5, 5),
            of(2024, 9, 16), of(2024, 10, 1), of(2024, 11, 18), of(2024, 12, 25))),
        Arguments.of(2025, List.of(of(2025, 1, 1), of(2025, 2, 3), of(2025, 3, 17), of(2025, 5, 1), of(2025, 5, 5),
            of(2025, 9, 16), of(2025, 11, 17), of(2025, 12, 25))),
        Arguments.of(2026, List.of(of(2026, 1, 1), of(2026, 2, 2), of(2026, 3, 16), of(2026, 5, 1), of(2026, 5, 5),
            of(2026, 9, 16), of(2026, 11, 16), of(2026, 12, 25))),
        Arguments.of(2027, List.of(of(2027, 1, 1), of(2027, 2, 1), of(2027, 3, 15), of(2027, 5, 1), of(2027, 5, 5),
            of(2027, 9, 16), of(2027, 11, 15), of(2027, 12, 25))),
        Arguments.of(2028, List.of(of(2028, 1, 1), of(2028, 2, 7), of(2028, 3, 20), of(2028, 5, 1), of(2028, 5, 5),
            of(2028, 9, 16), of(2028, 11, 20), of(2028, 12, 25))),
        Arguments.of(2029, List.of(of(2029, 1, 1), of(2029, 2, 5), of(2029, 3, 19), of(2029, 5, 1), of(2029, 5, 5),
            of(2029, 9, 16), of(2029, 11, 19), of(2029, 12, 25))),
        Arguments.of(2030, List.of(of(2030, 1, 1), of(2030, 2, 4), of(2030, 3, 18), of(2030, 5, 1), of(2030, 5, 5),
            of(2030, 9, 16), of(2030, 10, 1), of(2030, 11, 18), of(2030, 12, 25))),
        Arguments.of(2031, List.of(of(2031, 1, 1), of(2031, 2, 3), of(2031, 3, 17), of(2031, 5, 1), of(2031, 5, 5),
            of(2031, 9, 16), of(2031, 11, 17), of(2031, 12, 25))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("holidaysByYear")
  void shouldListTheStatutoryHolidaysWhenAskedForAYear(int year, List<LocalDate> expected) {
    // Given the holidays spelled out from the calendar of that year
    // When
    Set<LocalDate> holidays = StatutoryHolidays.of(year);
    // Then
    assertThat(holidays).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("holidaysByYear")
  void shouldNotBeABusinessDayWhenItIsAStatutoryHoliday(int year, List<LocalDate> holidays) {
    // Given the holidays of the year
    // When / Then
    assertThat(holidays).as("holidays of %d", year)
        .allSatisfy(holiday -> assertThat(calendar.isBusinessDay(holiday)).as("%s", holiday).isFalse());
  }

  @Test
  void shouldMarkTheTransferOfExecutivePowerOnlyEverySixYearsWhenCheckingFirstOctober() {
    // Given the first of October of a transfer year and of the years around it
    // When / Then
    assertThat(calendar.isBusinessDay(of(2024, 10, 1))).isFalse();
    assertThat(calendar.isBusinessDay(of(2030, 10, 1))).isFalse();
    assertThat(calendar.isBusinessDay(of(2036, 10, 1))).isFalse();
    assertThat(calendar.isBusinessDay(of(2025, 10, 1))).isTrue();
    assertThat(calendar.isBusinessDay(of(2029, 10, 1))).isTrue();
    assertThat(calendar.isBusinessDay(of(2031, 10, 1))).isTrue();
  }

  @Test
  void shouldKeepTheTransferOnFirstDecemberWhenTheYearIsBefore2024() {
    // Given the last transfers before the 2014 constitutional reform took effect
    // When / Then (1 December 2006 was a Friday)
    assertThat(StatutoryHolidays.of(2018)).contains(of(2018, 12, 1)).doesNotContain(of(2018, 10, 1));
    assertThat(calendar.isBusinessDay(of(2006, 12, 1))).isFalse();
    assertThat(StatutoryHolidays.of(2024)).doesNotContain(of(2024, 12, 1));
  }

  @Test
  void shouldRefuseAYearWhenItPredatesTheMondayHolidays() {
    // Given / When / Then
    assertThatThrownBy(() -> StatutoryHolidays.of(2005)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldTellBusinessDaysWhenGivenWeekdaysAndWeekends() {
    // Given the week of Monday 16 March 2026 (a holiday)
    // When / Then
    assertThat(calendar.isBusinessDay(of(2026, 3, 16))).isFalse();
    assertThat(calendar.isBusinessDay(of(2026, 3, 17))).isTrue();
    assertThat(calendar.isBusinessDay(of(2026, 3, 20))).isTrue();
    assertThat(calendar.isBusinessDay(of(2026, 3, 21))).isFalse();
    assertThat(calendar.isBusinessDay(of(2026, 3, 22))).isFalse();
  }

  // --- adding business days

  @Test
  void shouldEndOnNextMondayWhenOneDayFromAFriday() {
    // Given Friday 6 March 2026
    // When
    LocalDate due = calendar.addBusinessDays(of(2026, 3, 6), 1);
    // Then
    assertThat(due).isEqualTo(of(2026, 3, 9));
  }

  @Test
  void shouldSkipAHolidayMondayWhenOneDayFromAFriday() {
    // Given Friday 13 March 2026; Monday 16 March is the third Monday of March
    // When
    LocalDate due = calendar.addBusinessDays(of(2026, 3, 13), 1);
    // Then
    assertThat(due).isEqualTo(of(2026, 3, 17));
  }

  @Test
  void shouldCountFromTheNextBusinessDayWhenTheEventIsOnAWeekend() {
    // Given an application on Saturday 14 March 2026
    // When
    LocalDate due = calendar.addBusinessDays(of(2026, 3, 14), 3);
    // Then Tue 17, Wed 18, Thu 19
    assertThat(due).isEqualTo(of(2026, 3, 19));
  }

  @Test
  void shouldCrossTheYearWhenTheDeadlineRunsOverChristmasAndNewYear() {
    // Given Friday 18 December 2026
    // When
    LocalDate due = calendar.addBusinessDays(of(2026, 12, 18), 10);
    // Then Dec 21-24 (4), 25 holiday, Dec 28-31 (8), 1 Jan holiday, Jan 4 (9), Jan 5 (10)
    assertThat(due).isEqualTo(of(2027, 1, 5));
  }

  /*
   * An application filed on Tuesday 10 March 2026; the decision is due 45 business days later (Ley art. 24).
   *   Mar 11-13 Wed-Fri ............................  1-3
   *   Mar 16 Mon: third Monday of March, holiday
   *   Mar 17-20 Tue-Fri ............................  4-7
   *   Mar 23-27 ....................................  8-12
   *   Mar 30-Apr 3 (Holy Thursday/Friday only if declared)  13-17
   *   Apr 6-10 .....................................  18-22
   *   Apr 13-17 ....................................  23-27
   *   Apr 20-24 ....................................  28-32
   *   Apr 27-30 Mon-Thu ............................  33-36; Fri 1 May holiday
   *   May 4 Mon ....................................  37;    Tue 5 May holiday
   *   May 6-8 Wed-Fri ..............................  38-40
   *   May 11-15 ....................................  41-45  -> Friday 15 May 2026
   * With Holy Thursday and Friday (2 and 3 April 2026) declared non-working, two more: Tuesday 19 May 2026.
   */
  @Test
  void shouldFallOnFifteenthOfMayWhenFortyFiveDaysFromTenthOfMarch2026() {
    // Given
    LocalDate filed = of(2026, 3, 10);
    // When
    LocalDate due = calendar.addBusinessDays(filed, 45);
    // Then
    assertThat(due).isEqualTo(of(2026, 5, 15));
    assertThat(calendar.countBusinessDays(filed, due)).isEqualTo(45);
  }

  @Test
  void shouldMoveTheDeadlineWhenHolyThursdayAndFridayAreDeclared() {
    // Given
    BusinessCalendar withHolyWeek = new BusinessCalendar(declared(of(2026, 4, 2), of(2026, 4, 3)));
    // When
    LocalDate due = withHolyWeek.addBusinessDays(of(2026, 3, 10), 45);
    // Then
    assertThat(due).isEqualTo(of(2026, 5, 19));
    assertThat(withHolyWeek.isBusinessDay(of(2026, 4, 2))).isFalse();
  }

  @Test
  void shouldSkipTheWholeSuspensionWhenItOutlastsOneLookUp() {
    // Given deadlines suspended from 23 March to 29 May 2026, as an official agreement did in 2020
    LocalDate suspensionStart = of(2026, 3, 23);
    LocalDate suspensionEnd = of(2026, 5, 29);
    BusinessCalendar suspended = new BusinessCalendar(
        declared(suspensionStart.datesUntil(suspensionEnd.plusDays(1)).toArray(LocalDate[]::new)));
    // When five business days run from Friday 20 March
    LocalDate due = suspended.addBusinessDays(of(2026, 3, 20), 5);
    // Then they are the first week of June
    assertThat(due).isEqualTo(of(2026, 6, 5));
  }

  @Test
  void shouldLookUpDeclaredDaysOnceWhenAddingAStatutoryDeadline() {
    // Given
    RecordingDeclaredDays declared = new RecordingDeclaredDays();
    BusinessCalendar recording = new BusinessCalendar(declared);
    // When
    recording.addBusinessDays(of(2026, 3, 10), 45);
    recording.addBusinessDays(of(2026, 12, 18), 90);
    // Then one look-up per deadline, not one per day
    assertThat(declared.lookUps).isEqualTo(2);
  }

  @Test
  void shouldReturnTheEventWhenAddingZeroDays() {
    // Given / When / Then
    assertThat(calendar.addBusinessDays(of(2026, 3, 14), 0)).isEqualTo(of(2026, 3, 14));
  }

  @Test
  void shouldRefuseANegativeNumberOfDaysWhenAdding() {
    // Given / When / Then
    assertThatThrownBy(() -> calendar.addBusinessDays(of(2026, 3, 10), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- counting business days

  @Test
  void shouldCountAcrossWeekendAndHolidayWhenCountingAWeek() {
    // Given Friday 13 March to Friday 20 March 2026: Sat, Sun, holiday Mon 16, then Tue to Fri
    // When
    int count = calendar.countBusinessDays(of(2026, 3, 13), of(2026, 3, 20));
    // Then
    assertThat(count).isEqualTo(4);
  }

  @Test
  void shouldCountHolyWeekWhenItIsNotDeclared() {
    // Given Friday 27 March to Friday 3 April 2026, with and without Holy Thursday and Friday declared
    BusinessCalendar withHolyWeek = new BusinessCalendar(declared(of(2026, 4, 2), of(2026, 4, 3)));
    // When / Then
    assertThat(calendar.countBusinessDays(of(2026, 3, 27), of(2026, 4, 3))).isEqualTo(5);
    assertThat(withHolyWeek.countBusinessDays(of(2026, 3, 27), of(2026, 4, 3))).isEqualTo(3);
  }

  @Test
  void shouldCountZeroWhenFromAndToAreTheSameDay() {
    // Given / When / Then
    assertThat(calendar.countBusinessDays(of(2026, 3, 10), of(2026, 3, 10))).isZero();
  }

  @Test
  void shouldCountZeroWhenOnlyNonWorkingDaysFollow() {
    // Given Friday 13 March to Monday 16 March 2026 (weekend and holiday)
    // When / Then
    assertThat(calendar.countBusinessDays(of(2026, 3, 13), of(2026, 3, 16))).isZero();
  }

  @Test
  void shouldCountNegativeWhenTheDeadlineHasPassed() {
    // Given a deadline on Friday 15 May 2026, looked at on Tuesday 19 May
    // When
    int remaining = calendar.countBusinessDays(of(2026, 5, 19), of(2026, 5, 15));
    // Then two business days overdue (Mon 18, Tue 19)
    assertThat(remaining).isEqualTo(-2);
  }

  @Test
  void shouldCountBackTheDaysAddedWhenStartingFromAnyDayOf2024To2031() {
    // Given every day of 2024-2031 and the deadlines of the procedure
    int[] deadlines = {1, 3, 5, 15, 30, 45, 90};
    List<String> mismatches = new ArrayList<>();
    // When
    for (LocalDate from = of(2024, 1, 1); from.getYear() <= 2031; from = from.plusDays(1)) {
      for (int days : deadlines) {
        LocalDate due = calendar.addBusinessDays(from, days);
        if (calendar.countBusinessDays(from, due) != days
            || !calendar.isBusinessDay(due)
            || calendar.countBusinessDays(from, due.minusDays(1)) != days - 1) {
          mismatches.add(from + " + " + days + " = " + due);
        }
      }
    }
    // Then the due day is a business day, and the first day on which that many business days have passed
    assertThat(mismatches).isEmpty();
  }

  static Stream<Arguments> movingMondays() {
    // the first Monday of February, the third Mondays of March and November, spelled out from a wall calendar
    return Stream.of(
        Arguments.of(of(2024, 2, 5), of(2024, 3, 18), of(2024, 11, 18)),
        Arguments.of(of(2025, 2, 3), of(2025, 3, 17), of(2025, 11, 17)),
        Arguments.of(of(2026, 2, 2), of(2026, 3, 16), of(2026, 11, 16)),
        Arguments.of(of(2027, 2, 1), of(2027, 3, 15), of(2027, 11, 15)),
        Arguments.of(of(2028, 2, 7), of(2028, 3, 20), of(2028, 11, 20)),
        Arguments.of(of(2029, 2, 5), of(2029, 3, 19), of(2029, 11, 19)),
        Arguments.of(of(2030, 2, 4), of(2030, 3, 18), of(2030, 11, 18)),
        Arguments.of(of(2031, 2, 3), of(2031, 3, 17), of(2031, 11, 17)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("movingMondays")
  void shouldNameTheMovingMondaysWhenListingAYearsHolidays(LocalDate constitution, LocalDate juarez,
      LocalDate revolution) {
    // Given / When
    Map<LocalDate, String> named = StatutoryHolidays.named(constitution.getYear());
    // Then each is a Monday, named for what it commemorates, and the fixed dates it replaced are working days
    assertThat(List.of(constitution, juarez, revolution))
        .allSatisfy(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    assertThat(named).containsEntry(constitution, "Día de la Constitución")
        .containsEntry(juarez, "Natalicio de Benito Juárez")
        .containsEntry(revolution, "Aniversario de la Revolución Mexicana")
        .containsEntry(of(constitution.getYear(), 1, 1), "Año Nuevo")
        .containsEntry(of(constitution.getYear(), 9, 16), "Día de la Independencia")
        .containsEntry(of(constitution.getYear(), 12, 25), "Navidad");
    int year = constitution.getYear();
    assertThat(List.of(of(year, 2, 5), of(year, 3, 21), of(year, 11, 20)))
        .filteredOn(day -> !List.of(constitution, juarez, revolution).contains(day))
        .filteredOn(day -> day.getDayOfWeek().getValue() <= 5)
        .allSatisfy(day -> assertThat(calendar.isBusinessDay(day)).as("%s", day).isTrue());
  }

  @Test
  void shouldNameTheTransferOfExecutivePowerWhenItIsAHoliday() {
    // Given / When / Then
    String transfer = "Transmisión del Poder Ejecutivo Federal";
    assertThat(StatutoryHolidays.named(2024)).containsEntry(of(2024, 10, 1), transfer);
    assertThat(StatutoryHolidays.named(2030)).containsEntry(of(2030, 10, 1), transfer);
    assertThat(StatutoryHolidays.named(2027)).doesNotContainKey(of(2027, 10, 1));
    // 1 October 2024 was a Tuesday: a deadline of one business day from Monday 30 September ends on Wednesday
    assertThat(calendar.addBusinessDays(of(2024, 9, 30), 1)).isEqualTo(of(2024, 10, 2));
    assertThat(calendar.addBusinessDays(of(2030, 9, 30), 1)).isEqualTo(of(2030, 10, 2));
    assertThat(calendar.addBusinessDays(of(2027, 9, 30), 1)).isEqualTo(of(2027, 10, 1));
  }

  // --- declared days and office calendars

  @Test
  void shouldCountDeclaredDaysWhenCountingAndAdding() {
    // Given Wednesday 24 to Friday 26 March 2027 declared non-working (Holy Thursday and Friday 2027: 25 and 26)
    BusinessCalendar withDeclared = new BusinessCalendar(declared(of(2027, 3, 24), of(2027, 3, 25), of(2027, 3, 26)));
    // When / Then from Monday 22 March: Tue 23, then Mon 29 and Tue 30
    assertThat(withDeclared.addBusinessDays(of(2027, 3, 22), 3)).isEqualTo(of(2027, 3, 30));
    assertThat(calendar.addBusinessDays(of(2027, 3, 22), 3)).isEqualTo(of(2027, 3, 25));
    assertThat(withDeclared.countBusinessDays(of(2027, 3, 22), of(2027, 3, 31))).isEqualTo(4);
    assertThat(calendar.countBusinessDays(of(2027, 3, 22), of(2027, 3, 31))).isEqualTo(7);
    assertThat(withDeclared.isBusinessDay(of(2027, 3, 25))).isFalse();
    assertThat(withDeclared.isBusinessDay(of(2027, 3, 23))).isTrue();
  }

  @Test
  void shouldSkipAnOfficesOwnDaysOnlyOnThatOfficesCalendar() {
    // Given Thursday 25 March 2027 declared nationally, Friday 26 at Tapachula only
    BusinessCalendar offices = new BusinessCalendar(declared(Map.of("TAP", Set.of(of(2027, 3, 26))),
        of(2027, 3, 25)));
    // When / Then Tapachula skips both, Mexico City and the national calendar only the national day
    assertThat(offices.isBusinessDay(of(2027, 3, 26), "TAP")).isFalse();
    assertThat(offices.isBusinessDay(of(2027, 3, 26), "CDMX")).isTrue();
    assertThat(offices.isBusinessDay(of(2027, 3, 26))).isTrue();
    assertThat(offices.isBusinessDay(of(2027, 3, 25), "CDMX")).isFalse();
    assertThat(offices.addBusinessDays(of(2027, 3, 24), 1, "TAP")).isEqualTo(of(2027, 3, 29));
    assertThat(offices.addBusinessDays(of(2027, 3, 24), 1, "CDMX")).isEqualTo(of(2027, 3, 26));
    assertThat(offices.addBusinessDays(of(2027, 3, 24), 1)).isEqualTo(of(2027, 3, 26));
    assertThat(offices.countBusinessDays(of(2027, 3, 24), of(2027, 3, 29), "TAP")).isEqualTo(1);
    assertThat(offices.countBusinessDays(of(2027, 3, 24), of(2027, 3, 29), "CDMX")).isEqualTo(2);
    assertThat(offices.countBusinessDays(of(2027, 3, 29), of(2027, 3, 24), "TAP")).isEqualTo(-1);
  }

  @Test
  void shouldCountBackTheDaysAddedOnAnOfficeCalendarWithDeclaredDays() {
    // Given Holy Thursday and Friday nationally and a winter period at Tapachula, in 2027
    BusinessCalendar offices = new BusinessCalendar(declared(
        Map.of("TAP", of(2027, 12, 20).datesUntil(of(2028, 1, 1)).collect(Collectors.toSet())),
        of(2027, 3, 25), of(2027, 3, 26)));
    List<String> mismatches = new ArrayList<>();
    // When
    for (LocalDate from = of(2027, 1, 1); from.getYear() <= 2027; from = from.plusDays(1)) {
      for (int days : new int[] {1, 5, 15, 45}) {
        LocalDate due = offices.addBusinessDays(from, days, "TAP");
        if (offices.countBusinessDays(from, due, "TAP") != days || !offices.isBusinessDay(due, "TAP")) {
          mismatches.add(from + " + " + days + " = " + due);
        }
      }
    }
    // Then
    assertThat(mismatches).isEmpty();
    assertThat(offices.addBusinessDays(of(2027, 12, 17), 1, "TAP")).isEqualTo(of(2028, 1, 3));
    assertThat(offices.addBusinessDays(of(2027, 12, 17), 1, "CDMX")).isEqualTo(of(2027, 12, 20));
  }

  // --- helpers

  /** Days declared nationally. */
  private static DeclaredNonWorkingDays declared(LocalDate... days) {
    return declared(Map.of(), days);
  }

  /** Days declared nationally, and days declared per office. */
  private static DeclaredNonWorkingDays declared(Map<String, Set<LocalDate>> byOffice, LocalDate... national) {
    Set<LocalDate> nationalDays = Set.of(national);
    return (from, to, office) -> Stream.concat(nationalDays.stream(),
            office == null ? Stream.empty() : byOffice.getOrDefault(office, Set.of()).stream())
        .filter(day -> !day.isBefore(from) && !day.isAfter(to))
        .collect(Collectors.toSet());
  }

  private static final class RecordingDeclaredDays implements DeclaredNonWorkingDays {
    private int lookUps;

    @Override
    public Set<LocalDate> between(LocalDate from, LocalDate to, String office) {
      lookUps++;
      return Set.of();
    }
  }
}
