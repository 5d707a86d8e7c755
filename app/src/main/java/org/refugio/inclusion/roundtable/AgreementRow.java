package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An agreement of a roundtable session as stored. */
public record AgreementRow(long id, long sessionId, long roundtableId, LocalDate heldOn, String text,
    String responsibleInstitution, String responsibleInstitutionName, LocalDate dueDate, String status,
    String lastNote, OffsetDateTime escalatedAt, LocalDate closedOn, String processInstanceId) {
}
