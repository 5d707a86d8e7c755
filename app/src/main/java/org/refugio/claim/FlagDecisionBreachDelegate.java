package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.DECISION_BREACHED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_flag_decision_breach}: the decision deadline ran out with the claim still undecided. */
@Component
@ExpressionBean
public class FlagDecisionBreachDelegate implements JavaDelegate {

  private final ClaimClocks clocks;

  FlagDecisionBreachDelegate(ClaimClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.decisionBreached(CLAIM_ID.required(execution));
    DECISION_BREACHED.on(execution).set(true);
  }
}
