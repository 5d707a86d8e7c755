package org.refugio.interpretation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An interpreter booking as stored: what was asked, and what the provider or a coordinator confirmed. */
public record Booking(String reference, long claimId, int attempt, String language, String interpreterGender,
    String officeCode, String providerReference, String status, String interpreterName, OffsetDateTime startsAt,
    BigDecimal costMxn, OffsetDateTime requestedAt, OffsetDateTime confirmedAt) {
}
