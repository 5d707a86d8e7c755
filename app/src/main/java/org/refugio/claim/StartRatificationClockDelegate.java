package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.RATIFICATION_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_start_ratification_clock}: a claim a representative filed must be ratified in person within 3
 * business days.
 */
@Component
@ExpressionBean
public class StartRatificationClockDelegate implements JavaDelegate {

  private final ClaimClocks clocks;

  StartRatificationClockDelegate(ClaimClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RATIFICATION_DUE.on(execution)
        .set(clocks.startRatification(execution.getProcessInstanceId(), CLAIM_ID.required(execution)));
  }
}
