package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_OUTCOME;
import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_apply_appeal_outcome}: a revoked decision is replaced by the outcome the appeal decided, for the
 * principal applicant and every dependant not decided separately.
 */
@Component
@ExpressionBean
public class ApplyAppealOutcomeDelegate implements JavaDelegate {

  private final DependantOutcomes dependantOutcomes;

  ApplyAppealOutcomeDelegate(DependantOutcomes dependantOutcomes) {
    this.dependantOutcomes = dependantOutcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome = Outcome.valueOf(APPEAL_OUTCOME.required(execution));
    dependantOutcomes.applyPrincipalOutcome(CLAIM_ID.required(execution), outcome);
    OUTCOME.on(execution).set(outcome.name());
  }
}
