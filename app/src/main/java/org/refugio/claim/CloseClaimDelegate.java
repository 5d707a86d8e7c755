package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_close_claim}: the decision is final (no appeal in time, or the appeal decided); closes the claim. */
@Component
@ExpressionBean
public class CloseClaimDelegate implements JavaDelegate {

  private final ClaimMapper claims;

  CloseClaimDelegate(ClaimMapper claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    claims.close(CLAIM_ID.required(execution), Outcome.valueOf(OUTCOME.required(execution)).name(),
        ClosureReason.DECISION.name(), null);
  }
}
