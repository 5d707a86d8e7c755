package org.refugio.presentation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A claim's weekly presentations ({@code GET /api/claims/{caseNumber}/presentations}).
 *
 * @param required whether the applicant must present: the claim is open and they are not held by INM
 * @param nextExpectedOn the assigned day of the first week still without a presentation; absent when not required
 * @param consecutiveMisses fully past weeks without a presentation since the last one (or since registration)
 * @param missedFrom the Monday of the first of those weeks, absent when there are none
 * @param missedTo the Sunday of the last of those weeks, absent when there are none
 * @param missesForAbandonment the policy: this many consecutive misses make the claim abandoned
 * @param presentations latest first
 */
public record PresentationOverview(
    String caseNumber,
    boolean required,
    Schedule schedule,
    LocalDate nextExpectedOn,
    int consecutiveMisses,
    LocalDate missedFrom,
    LocalDate missedTo,
    int missesForAbandonment,
    List<PresentationView> presentations) {

  /**
   * The claim's presentation day and office.
   *
   * @param assignedBy who assigned them; absent while the claim keeps the default (its registration weekday, its
   *     office)
   */
  public record Schedule(DayOfWeek weekday, String office, String assignedBy, OffsetDateTime assignedAt) {
  }
}
