package org.refugio.insight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a manager asked to see, checked: the period (days, both included) with its bounds as instants in the agency's
 * time zone, the offices it covers ({@code null}: all) and the modality ({@code null}: all).
 */
public record InsightFilter(LocalDate from, LocalDate to, List<String> offices, String modality, String zone,
    OffsetDateTime fromStart, OffsetDateTime toEnd) {

  /** The filter of a period of days in the time zone {@code zone}. */
  public static InsightFilter of(LocalDate from, LocalDate to, List<String> offices, String modality, String zone) {
    ZoneId zoneId = ZoneId.of(zone);
    return new InsightFilter(from, to, offices, modality, zone, from.atStartOfDay(zoneId).toOffsetDateTime(),
        to.plusDays(1).atStartOfDay(zoneId).toOffsetDateTime());
  }

  /** The months the period touches, in order, as {@code YYYY-MM}. */
  public List<String> months() {
    return yearMonths().map(YearMonth::toString).toList();
  }

  /**
   * The instants the months of {@link #months()} start at in the time zone: the bounds a statement finds a
   * registration's month among ({@code width_bucket}), instead of converting each registration to the zone.
   */
  public List<OffsetDateTime> monthStarts() {
    ZoneId zoneId = ZoneId.of(zone);
    return yearMonths().map(month -> month.atDay(1).atStartOfDay(zoneId).toOffsetDateTime()).toList();
  }

  private Stream<YearMonth> yearMonths() {
    YearMonth last = YearMonth.from(to);
    return Stream.iterate(YearMonth.from(from), month -> !month.isAfter(last), month -> month.plusMonths(1));
  }
}
