package org.refugio.casefile;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts the public status lookups of each client over the last minute (a sliding window: no more than the limit in
 * any 60 seconds, also across the turn of a clock minute) and refuses those over the limit. Kept in each node's
 * memory: behind a proxy that spreads clients over N nodes, a client gets at most N times the limit.
 */
@Component
public class PublicRateLimiter {

  private static final long WINDOW_MILLIS = 60_000;

  private final PublicStatusProperties properties;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  @Autowired
  public PublicRateLimiter(PublicStatusProperties properties) {
    this(properties, Clock.systemUTC());
  }

  PublicRateLimiter(PublicStatusProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** Whether the client may make one more lookup now; counts it if so. */
  public boolean tryAcquire(String client) {
    long now = clock.millis();
    if (windows.size() > 10_000) {
      windows.values().removeIf(w -> w.idleSince(now - WINDOW_MILLIS));
    }
    Window window = windows.computeIfAbsent(client, k -> new Window());
    return window.tryAcquire(now, properties.requestsPerMinute());
  }

  /** Forgets every count: for an operator after an incident, and for tests that share one client address. */
  public void reset() {
    windows.clear();
  }

  /** The times of a client's lookups still inside the window, oldest first. */
  private static final class Window {
    private final ArrayDeque<Long> lookups = new ArrayDeque<>();

    synchronized boolean tryAcquire(long now, int limit) {
      while (!lookups.isEmpty() && lookups.peekFirst() <= now - WINDOW_MILLIS) {
        lookups.pollFirst();
      }
      if (lookups.size() >= limit) {
        return false;
      }
      lookups.addLast(now);
      return true;
    }

    synchronized boolean idleSince(long since) {
      return lookups.isEmpty() || lookups.peekLast() <= since;
    }
  }
}
