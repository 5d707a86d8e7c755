package org.refugio.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The one extension of a claim's decision deadline: why, by how much, and who granted it. */
public record DecisionExtension(String reason, String detail, int businessDays, LocalDate previousDue,
    LocalDate newDue, String grantedBy, OffsetDateTime grantedAt) {
}
