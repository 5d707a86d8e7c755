package org.refugio.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A claim's paper file: its label, where it is (office, room, shelf, box), who holds it, how far it is digitized,
 * and until when it must be kept.
 *
 * @param custody {@code SHELVED}, {@code CHECKED_OUT} (to {@code holder}) or {@code IN_TRANSIT} (to
 *     {@code transitTo})
 * @param digitization {@code PENDING}, {@code SCANNED} or {@code VERIFIED} (with {@code pageCount})
 * @param retentionUntil the day it may be destroyed: 20 years (configurable) after the claim closed; {@code null}
 *     while the claim is open
 */
public record PhysicalFile(String caseNumber, String labelCode, String office, String room, String shelf, String box,
    String custody, String holder, String transitTo, String digitization, Integer pageCount, LocalDate retentionUntil,
    List<Event> events) {

  /** A movement of the paper file: the custody chain. */
  public record Event(String kind, String detail, String byUser, OffsetDateTime at) {
  }
}
