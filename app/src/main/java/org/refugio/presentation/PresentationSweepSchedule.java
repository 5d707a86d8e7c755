package org.refugio.presentation;

import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * When {@code presentation-sweep} runs, for its timer start event: {@code ${presentationSweepSchedule.cron}}, from
 * {@code refugio.presentations.sweep-cron}.
 */
@Component("presentationSweepSchedule")
@ExpressionBean
public class PresentationSweepSchedule {

  private final PresentationPolicy policy;

  public PresentationSweepSchedule(PresentationPolicy policy) {
    this.policy = policy;
  }

  /** A Camunda cron expression (seconds first), in the server's time zone. */
  public String getCron() {
    return policy.sweepCron();
  }
}
