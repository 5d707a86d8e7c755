package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;
import static org.refugio.claim.AsylumClaimProcess.DECISION_WARNING_DUE;
import static org.refugio.claim.AsylumClaimProcess.TARGET_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_restart_decision_clock}: an appeal remanded the claim, and a new decision is due in the full time
 * from today.
 */
@Component
@ExpressionBean
public class RestartDecisionClockDelegate implements JavaDelegate {

  private final ClaimClocks clocks;

  RestartDecisionClockDelegate(ClaimClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClaimClocks.DecisionClock decision =
        clocks.restartDecision(execution.getProcessInstanceId(), CLAIM_ID.required(execution));
    DECISION_DUE.on(execution).set(decision.due());
    DECISION_WARNING_DUE.on(execution).set(decision.warningDue());
    TARGET_DUE.on(execution).set(decision.due());
  }
}
