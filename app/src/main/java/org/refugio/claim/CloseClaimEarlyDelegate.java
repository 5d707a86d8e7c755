package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.CLOSURE_DETAIL;
import static org.refugio.claim.AsylumClaimProcess.CLOSURE_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_close_claim_early}: closes a claim without a decision, recording why (withdrawal, abandonment, death). */
@Component
@ExpressionBean
public class CloseClaimEarlyDelegate implements JavaDelegate {

  private final ClaimMapper claims;

  CloseClaimEarlyDelegate(ClaimMapper claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClosureReason reason = ClosureReason.valueOf(CLOSURE_REASON.required(execution));
    claims.close(CLAIM_ID.required(execution), null, reason.name(), CLOSURE_DETAIL.from(execution));
  }
}
