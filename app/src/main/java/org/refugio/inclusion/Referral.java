package org.refugio.inclusion;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A referral as {@code refugio.referral} holds it, with the person's name and the institution's and state's names. */
public record Referral(
    long id,
    long claimId,
    String caseNumber,
    long personId,
    String personName,
    String theme,
    String service,
    String institutionCode,
    String institutionName,
    String stateCode,
    String stateName,
    String municipality,
    String status,
    LocalDate dueDate,
    int dueBusinessDays,
    String reasonCode,
    String outcomeDetail,
    LocalDate followUpOn,
    String interopKey,
    String processInstanceId,
    OffsetDateTime sentAt,
    OffsetDateTime outcomeAt,
    String outcomeBy) {
}
