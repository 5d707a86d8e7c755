package org.refugio.interpretation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A callback of the provider on our webhook.
 *
 * @param type {@code CONFIRMED}
 * @param reference our booking reference
 */
public record BookingEvent(String eventId, String type, String reference, String providerReference,
    String interpreterName, OffsetDateTime startsAt, BigDecimal costMxn) {
}
