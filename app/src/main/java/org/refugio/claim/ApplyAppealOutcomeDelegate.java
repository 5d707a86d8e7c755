package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_OUTCOME;
import static org.refugio.claim.AsylumClaimProcess.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_apply_appeal_outcome}: a revoked decision is replaced by the outcome the appeal decided. */
@Component
@ExpressionBean
public class ApplyAppealOutcomeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    OUTCOME.on(execution).set(Outcome.valueOf(APPEAL_OUTCOME.required(execution)).name());
  }
}
