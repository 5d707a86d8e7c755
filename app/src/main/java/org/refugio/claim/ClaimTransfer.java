package org.refugio.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An authorized move of a claim to another state's office, as {@code refugio.claim_transfer} keeps it. */
public record ClaimTransfer(String fromOffice, String toOffice, LocalDate authorizedOn, String reason,
    String transferredBy, OffsetDateTime transferredAt) {
}
