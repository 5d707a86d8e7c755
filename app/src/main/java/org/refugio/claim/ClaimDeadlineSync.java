package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_DUE;
import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;

import org.refugio.calendar.DeadlineMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the claim's own record of its decision and appeal deadlines in step when the calendar moves them. */
@Component
class ClaimDeadlineSync {

  private final ClaimMapper claims;

  ClaimDeadlineSync(ClaimMapper claims) {
    this.claims = claims;
  }

  @EventListener
  void on(DeadlineMoved moved) {
    if (DECISION_DUE.name().equals(moved.name())) {
      claims.setDecisionDueOfCase(moved.businessKey(), ClaimClocks.toDay(moved.newDue()));
    } else if (APPEAL_DUE.name().equals(moved.name())) {
      claims.setAppealDueOfCase(moved.businessKey(), ClaimClocks.toDay(moved.newDue()));
    }
  }
}
