package org.refugio.interop;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The default run's INM inside the app: acknowledges every notice with a reference, the same for the same key. */
public class StandInInmClient implements InmClient {

  @Override
  public InteropAnswer notifyClaim(String idempotencyKey, InteropPerson person) {
    return new InteropAnswer("INM-SI-" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8))
        .toString().substring(0, 8).toUpperCase(), "RECEIVED");
  }

  @Override
  public InteropAnswer notifyLateFiling(String idempotencyKey, InteropPerson person, LateFiling lateFiling) {
    return notifyClaim(idempotencyKey, person);
  }
}
