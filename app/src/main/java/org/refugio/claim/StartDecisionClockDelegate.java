package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;
import static org.refugio.claim.AsylumClaimProcess.DECISION_WARNING_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_start_decision_clock}: the 45 business days to decide start at the application. */
@Component
@ExpressionBean
public class StartDecisionClockDelegate implements JavaDelegate {

  private final ClaimClocks clocks;

  StartDecisionClockDelegate(ClaimClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClaimClocks.DecisionClock decision =
        clocks.startDecision(execution.getProcessInstanceId(), CLAIM_ID.required(execution));
    DECISION_DUE.on(execution).set(decision.due());
    DECISION_WARNING_DUE.on(execution).set(decision.warningDue());
  }
}
