package org.refugio.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_stop_decision_clock}: the resolution is signed, so the decision deadline is met. */
@Component
@ExpressionBean
public class StopDecisionClockDelegate implements JavaDelegate {

  private final ClaimClocks clocks;

  StopDecisionClockDelegate(ClaimClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.stopDecision(execution.getProcessInstanceId());
  }
}
