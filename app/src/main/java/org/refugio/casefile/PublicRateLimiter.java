package org.refugio.casefile;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts the public status lookups of each client per minute and refuses those over the limit. Kept in each node's
 * memory: behind a proxy that spreads clients over N nodes, a client gets at most N times the limit.
 */
@Component
public class PublicRateLimiter {

  private final PublicStatusProperties properties;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public PublicRateLimiter(PublicStatusProperties properties) {
    this.properties = properties;
    this.clock = Clock.systemUTC();
  }

  /** Whether the client may make one more lookup now; counts it if so. */
  public boolean tryAcquire(String client) {
    long minute = clock.millis() / 60_000;
    if (windows.size() > 10_000) {
      windows.values().removeIf(w -> w.minute < minute);
    }
    Window window = windows.compute(client, (k, w) -> w == null || w.minute != minute ? new Window(minute) : w);
    return window.count.incrementAndGet() <= properties.requestsPerMinute();
  }

  /** Forgets every count: for an operator after an incident, and for tests that share one client address. */
  public void reset() {
    windows.clear();
  }

  private static final class Window {
    private final long minute;
    private final AtomicInteger count = new AtomicInteger();

    private Window(long minute) {
      this.minute = minute;
    }
  }
}
