package org.refugio.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the engine REST API's authentication.
 *
 * @param credentialsCacheTtl how long a verified HTTP Basic credential (user, password) is trusted without asking the
 *     engine's identity service again, together with the user's groups and tenants as they were then; {@code 0}
 *     checks every request. A changed password, a removed membership or a deleted user applies after at most this
 *     long on credentials already in use; a wrong password is never remembered.
 * @param credentialsCacheSize most credentials remembered at once (beyond it, the cache is emptied)
 * @param directTaskLists whether the HAL lists of task filters (Tasklist's lists) are written by Refugio
 *     ({@code org.refugio.engine.FilterTaskLists}) in the forms it knows, with the engine's own queries and checks;
 *     {@code false} leaves every list to the engine's resource
 */
@ConfigurationProperties("refugio.engine-rest")
public record EngineRestProperties(@DefaultValue("30s") Duration credentialsCacheTtl,
    @DefaultValue("10000") int credentialsCacheSize, @DefaultValue("true") boolean directTaskLists) {
}
