package org.refugio.coi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A COI document as listed and searched: what it is about and until when it is current, without its content. */
public record CoiDocument(long id, String country, String title, String source, LocalDate publishedOn,
    LocalDate reviewBy, String mediaType, String sha256, Long coiRequestId, String uploadedBy,
    OffsetDateTime uploadedAt, List<String> tags) {

  /** Whether the document may still be relied on at the given day (its review-by date has not passed). */
  public boolean currentOn(LocalDate day) {
    return !reviewBy.isBefore(day);
  }
}
