package org.refugio.interop;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_request_temporary_curp}: asks RENAPO for the temporary CURP of every person of the claim. */
@Component
@ExpressionBean
public class RequestTemporaryCurpDelegate implements JavaDelegate {

  private final InteropService interop;

  RequestTemporaryCurpDelegate(InteropService interop) {
    this.interop = interop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the CURP stays in refugio.interop_exchange, never in a process variable (history)
    interop.requestCurps(CLAIM_ID.required(execution), InteropService.TEMPORARY_CURP);
  }
}
