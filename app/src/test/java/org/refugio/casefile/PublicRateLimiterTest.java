package org.refugio.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicRateLimiterTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:59.500Z"));
  private final PublicRateLimiter limiter =
      new PublicRateLimiter(new PublicStatusProperties(5, Duration.ofMinutes(15), 10), clock);

  @Test
  void shouldRefuseTheEleventhLookupWithinSixtySecondsAlsoWhenTheClockMinuteTurns() {
    // Given ten lookups half a second before the turn of a minute
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
    }

    // When the client tries again just after the minute turned, then once the first ten are a minute old
    clock.advance(Duration.ofMillis(600));
    boolean justAfterTheTurn = limiter.tryAcquire("203.0.113.7");
    clock.advance(Duration.ofSeconds(60));
    boolean aMinuteLater = limiter.tryAcquire("203.0.113.7");

    // Then the first is refused and the second allowed, and other clients were never affected
    assertThat(justAfterTheTurn).isFalse();
    assertThat(aMinuteLater).isTrue();
    assertThat(limiter.tryAcquire("198.51.100.2")).isTrue();
  }

  @Test
  void shouldNotCountRefusedLookupsAgainstTheClient() {
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire("203.0.113.7");
    }
    for (int i = 0; i < 50; i++) {
      assertThat(limiter.tryAcquire("203.0.113.7")).isFalse();
      clock.advance(Duration.ofMillis(100));
    }

    clock.advance(Duration.ofSeconds(55));

    assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
