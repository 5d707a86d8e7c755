package org.refugio.casefile;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimRecord;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PIN by which an applicant reads their claim's status on the public page: issued with the constancia (only its
 * hash is kept), checked with a lockout after repeated wrong PINs.
 */
@Service
public class StatusPins {

  private static final int DIGITS = 8;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final BCryptPasswordEncoder HASH = new BCryptPasswordEncoder();

  private final StatusPinMapper mapper;
  private final ClaimMapper claims;
  private final PublicStatusProperties properties;

  public StatusPins(StatusPinMapper mapper, ClaimMapper claims, PublicStatusProperties properties) {
    this.mapper = mapper;
    this.claims = claims;
    this.properties = properties;
  }

  /** A new PIN for the claim, replacing any earlier one; returned once, to be printed, and never stored. */
  public String issue(long claimId) {
    StringBuilder pin = new StringBuilder(DIGITS);
    for (int i = 0; i < DIGITS; i++) {
      pin.append(RANDOM.nextInt(10));
    }
    mapper.upsert(claimId, HASH.encode(pin));
    return pin.toString();
  }

  /** What a lookup found. */
  public sealed interface Lookup {
  }

  /** The PIN was right. */
  public record Found(ClaimRecord claim) implements Lookup {
  }

  /** Unknown case number or wrong PIN: the two are not told apart. */
  public record NotFound() implements Lookup {
  }

  /** The case number is locked after too many wrong PINs. */
  public record Locked(OffsetDateTime until) implements Lookup {
  }

  /** Checks the PIN for the case number, counting a wrong one and locking the case number at the limit. */
  @Transactional
  public Lookup check(String caseNumber, String pin) {
    Optional<ClaimRecord> claim = caseNumber == null ? Optional.empty() : claims.findByCaseNumber(caseNumber.strip());
    if (claim.isEmpty()) {
      HASH.matches("0", HASH.encode("1")); // about as slow as a real check, so that timing does not tell
      return new NotFound();
    }
    Optional<StatusPinMapper.StoredPin> stored = mapper.lock(claim.get().id());
    if (stored.isEmpty()) {
      return new NotFound();
    }
    OffsetDateTime now = OffsetDateTime.now();
    StatusPinMapper.StoredPin current = stored.get();
    if (current.lockedUntil() != null && current.lockedUntil().isAfter(now)) {
      return new Locked(current.lockedUntil());
    }
    if (pin != null && HASH.matches(pin.strip(), current.pinHash())) {
      if (current.failedAttempts() > 0) {
        mapper.clearFailures(current.claimId());
      }
      return new Found(claim.get());
    }
    int failures = (current.lockedUntil() != null ? 0 : current.failedAttempts()) + 1;
    if (failures >= properties.maxFailedAttempts()) {
      OffsetDateTime until = now.plus(properties.lockout());
      mapper.recordFailure(current.claimId(), 0, until);
      return new Locked(until);
    }
    mapper.recordFailure(current.claimId(), failures, null);
    return new NotFound();
  }
}
