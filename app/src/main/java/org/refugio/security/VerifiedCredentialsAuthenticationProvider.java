package org.refugio.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * HTTP Basic for {@code /engine-rest}, like the engine's own {@code HttpBasicAuthenticationProvider}, but a credential
 * the identity service verified is trusted, with the user's groups and tenants, for a short time
 * ({@link EngineRestProperties#credentialsCacheTtl()}), so a client polling its queue costs the engine three queries
 * (user and password, groups, tenants) once per period instead of on every request. Only verified credentials are
 * remembered, keyed by an HMAC of the whole header under a key that lives in this process's memory alone: the cache
 * holds no password. A wrong password always reaches the identity service (and its brute-force delay).
 */
class VerifiedCredentialsAuthenticationProvider implements AuthenticationProvider {

  private static final String BASIC = "Basic ";

  private final long ttlNanos;
  private final int maxEntries;
  private final LongSupplier clock;
  private final SecretKeySpec key;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedCredentialsAuthenticationProvider(Duration ttl, int maxEntries) {
    this(ttl, maxEntries, System::nanoTime);
  }

  VerifiedCredentialsAuthenticationProvider(Duration ttl, int maxEntries, LongSupplier clock) {
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BASIC)) {
      return AuthenticationResult.unsuccessful();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return AuthenticationResult.unsuccessful();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    String cacheKey = ttlNanos > 0 ? fingerprint(engine.getName() + '\n' + decoded) : null;
    long now = clock.getAsLong();
    if (cacheKey != null) {
      Verified known = verified.get(cacheKey);
      if (known != null && now - known.verifiedAt() < ttlNanos) {
        return known.result();
      }
    }
    IdentityService identity = engine.getIdentityService();
    if (!identity.checkPassword(userId, password)) {
      if (cacheKey != null) {
        verified.remove(cacheKey);
      }
      return AuthenticationResult.unsuccessful(userId);
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    if (cacheKey != null) {
      if (verified.size() >= maxEntries) {
        verified.clear();
      }
      verified.put(cacheKey, new Verified(userId, groups, tenants, now));
    }
    return new Verified(userId, groups, tenants, now).result();
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + engine.getName() + "\"");
  }

  private String fingerprint(String credentials) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(credentials.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private record Verified(String userId, List<String> groups, List<String> tenants, long verifiedAt) {
    AuthenticationResult result() {
      // a new result per request: the filter must not share a mutable object between requests
      AuthenticationResult result = AuthenticationResult.successful(userId);
      result.setGroups(groups);
      result.setTenants(tenants);
      return result;
    }
  }
}
