package org.refugio.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored claim, as {@code refugio.claim} holds it. */
public record ClaimRecord(
    long id,
    String caseNumber,
    String officeCode,
    LocalDate applicationDate,
    LocalDate entryDate,
    String entryPlace,
    boolean detained,
    boolean filedByRepresentative,
    boolean lateFiling,
    String status,
    String modality,
    Integer priority,
    LocalDate decisionDue,
    String outcome,
    String closureReason,
    LocalDate notifiedOn,
    LocalDate appealDue,
    LocalDate appealFiledOn,
    String processInstanceId,
    String registeredBy,
    OffsetDateTime registeredAt,
    OffsetDateTime closedAt,
    String appealResult) {
}
