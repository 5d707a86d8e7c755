package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The months a period touches and the instants they start at in the agency's zone, the bounds of the KPIs' months. */
class InsightFilterTest {

  @Test
  void shouldGiveEveryMonthThePeriodTouchesWithItsStartInTheZone() {
    InsightFilter filter = InsightFilter.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 5, 2), null, null,
        "America/Mexico_City");

    assertThat(filter.months()).containsExactly("2024-03", "2024-04", "2024-05");
    assertThat(filter.monthStarts()).containsExactly(OffsetDateTime.parse("2024-03-01T00:00-06:00"),
        OffsetDateTime.parse("2024-04-01T00:00-06:00"), OffsetDateTime.parse("2024-05-01T00:00-06:00"));
    // a claim registered before the first month's start in the zone is not the period's: the period starts later
    assertThat(filter.fromStart()).isAfter(filter.monthStarts().get(0));
  }

  @Test
  void shouldFollowTheZonesOffsetFromMonthToMonth() {
    InsightFilter filter = InsightFilter.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), null, null,
        "Europe/Madrid");

    // summer time starts on the last Sunday of March there
    assertThat(filter.monthStarts()).containsExactly(OffsetDateTime.parse("2026-02-01T00:00+01:00"),
        OffsetDateTime.parse("2026-03-01T00:00+01:00"), OffsetDateTime.parse("2026-04-01T00:00+02:00"));
  }

  @Test
  void shouldGiveOneMonthForAPeriodWithinIt() {
    InsightFilter filter = InsightFilter.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), null, null,
        "America/Mexico_City");

    assertThat(filter.months()).containsExactly("2026-11");
    assertThat(filter.monthStarts()).hasSize(1);
  }
}
