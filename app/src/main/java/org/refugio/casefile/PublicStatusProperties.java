package org.refugio.casefile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public status page.
 *
 * @param maxFailedAttempts wrong PINs in a row after which a case number is locked
 * @param lockout how long a locked case number stays locked
 * @param requestsPerMinute lookups one client (IP address) may make per minute, right or wrong
 */
@ConfigurationProperties("refugio.public-status")
public record PublicStatusProperties(@DefaultValue("5") int maxFailedAttempts,
    @DefaultValue("15m") Duration lockout, @DefaultValue("10") int requestsPerMinute) {
}
