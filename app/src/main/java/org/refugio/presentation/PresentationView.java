package org.refugio.presentation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded presentation as the API shows it. */
public record PresentationView(
    String caseNumber,
    LocalDate presentedOn,
    String office,
    PresentationMethod method,
    String recordedBy,
    OffsetDateTime recordedAt) {

  static PresentationView of(String caseNumber, Presentation presentation) {
    return new PresentationView(caseNumber, presentation.presentedOn(), presentation.officeCode(),
        presentation.method(), presentation.recordedBy(), presentation.recordedAt());
  }
}
