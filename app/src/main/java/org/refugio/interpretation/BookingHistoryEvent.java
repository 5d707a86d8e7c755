package org.refugio.interpretation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One event of an interpreter booking as kept: confirmed, cancelled or rescheduled by the provider, or a no-show
 * recorded by the interviewing officer.
 */
public record BookingHistoryEvent(String reference, String type, String interpreterName, OffsetDateTime startsAt,
    BigDecimal costMxn, String reason, String recordedBy, OffsetDateTime recordedAt) {
}
