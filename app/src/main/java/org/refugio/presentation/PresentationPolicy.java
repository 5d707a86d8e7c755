package org.refugio.presentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly presentation policy (Reglamento art. 24). Policy, not code: change it in the configuration.
 *
 * @param missedForAbandonment this many consecutive weeks without a presentation make a claim abandoned
 * @param sweepCron when {@code presentation-sweep} looks for them: a Camunda cron expression (seconds first) in the
 *     server's time zone, read when the process is deployed
 */
@ConfigurationProperties("refugio.presentations")
public record PresentationPolicy(
    @DefaultValue("2") int missedForAbandonment,
    @DefaultValue("0 0 6 * * ?") String sweepCron) {

  public PresentationPolicy {
    if (missedForAbandonment < 1) {
      throw new IllegalArgumentException(
          "refugio.presentations.missed-for-abandonment must be at least 1, was " + missedForAbandonment);
    }
  }
}
