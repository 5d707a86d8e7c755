package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An agreement of a roundtable session and where it stands: {@code OPEN} or {@code CLOSED}, {@code overdue} when
 * open past its due date, {@code escalatedAt} when the overdue reminder went out.
 */
public record Agreement(long id, long sessionId, LocalDate heldOn, String text, String responsibleInstitution,
    String responsibleInstitutionName, LocalDate dueDate, String status, boolean overdue, String lastNote,
    OffsetDateTime escalatedAt, LocalDate closedOn) {

  static Agreement of(AgreementRow row, LocalDate today) {
    return new Agreement(row.id(), row.sessionId(), row.heldOn(), row.text(), row.responsibleInstitution(),
        row.responsibleInstitutionName(), row.dueDate(), row.status(),
        "OPEN".equals(row.status()) && row.dueDate().isBefore(today), row.lastNote(), row.escalatedAt(),
        row.closedOn());
  }
}
