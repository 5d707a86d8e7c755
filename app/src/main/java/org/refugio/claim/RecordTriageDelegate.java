package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;
import static org.refugio.claim.AsylumClaimProcess.MODALITY;
import static org.refugio.claim.AsylumClaimProcess.PRIORITY;
import static org.refugio.claim.AsylumClaimProcess.TARGET_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_record_triage}: keeps the modality and priority the triage rules chose in the claim's record, and
 * starts the modality's internal target for the decision.
 */
@Component
@ExpressionBean
public class RecordTriageDelegate implements JavaDelegate {

  private final ClaimMapper claims;
  private final ClaimClocks clocks;

  RecordTriageDelegate(ClaimMapper claims, ClaimClocks clocks) {
    this.claims = claims;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String modality = MODALITY.required(execution);
    Modality.valueOf(modality); // a rule that outputs an unknown modality is a defect: fail loudly, become an incident
    claims.setTriage(CLAIM_ID.required(execution), modality, PRIORITY.required(execution));
    TARGET_DUE.on(execution).set(clocks.startTarget(execution.getProcessInstanceId(), CLAIM_ID.required(execution),
        modality, DECISION_DUE.from(execution)));
  }
}
