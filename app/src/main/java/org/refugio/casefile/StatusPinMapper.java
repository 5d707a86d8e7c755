package org.refugio.casefile;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.status_pin}: the hash of each claim's public status PIN and its lockout. */
@Mapper
public interface StatusPinMapper {

  /** A claim's PIN hash and lockout state. */
  record StoredPin(long claimId, String pinHash, int failedAttempts, OffsetDateTime lockedUntil) {
  }

  /** Stores a new PIN hash for the claim, clearing any lockout. */
  void upsert(@Param("claimId") long claimId, @Param("pinHash") String pinHash);

  /** The claim's PIN, locked for update until the transaction ends. */
  Optional<StoredPin> lock(long claimId);

  void recordFailure(@Param("claimId") long claimId, @Param("failedAttempts") int failedAttempts,
      @Param("lockedUntil") OffsetDateTime lockedUntil);

  void clearFailures(long claimId);
}
