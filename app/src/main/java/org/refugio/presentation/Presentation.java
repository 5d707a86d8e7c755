package org.refugio.presentation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded weekly presentation, as {@code refugio.presentation} holds it. */
public record Presentation(
    long id,
    long claimId,
    LocalDate presentedOn,
    String officeCode,
    PresentationMethod method,
    String recordedBy,
    OffsetDateTime recordedAt) {
}
