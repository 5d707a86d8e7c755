package org.refugio.inclusion;

import static org.refugio.claim.AsylumClaimProcess.CASE_NUMBER;
import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.OFFICE;
import static org.refugio.claim.AsylumClaimProcess.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_start_inclusion_referrals} of asylum-claim: starts the family's referrals after protection. */
@Component
@ExpressionBean
public class StartInclusionReferralsDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  StartInclusionReferralsDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inclusion.start(CLAIM_ID.required(execution), CASE_NUMBER.required(execution), OFFICE.required(execution),
        OUTCOME.required(execution));
  }
}
