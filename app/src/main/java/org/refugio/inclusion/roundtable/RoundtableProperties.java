package org.refugio.inclusion.roundtable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The roundtables' settings.
 *
 * @param demoGaps whether the demo (when on) also writes demo claims, referrals and gaps in Chiapas so that the
 *     report page shows numbers on a fresh run; the tests turn it off, as they seed gaps of their own
 */
@ConfigurationProperties("refugio.roundtables")
public record RoundtableProperties(@DefaultValue("true") boolean demoGaps) {
}
