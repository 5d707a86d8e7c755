package org.refugio.interop;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_request_permanent_curp}: asks RENAPO for the permanent CURP of every person of the claim granted protection. */
@Component
@ExpressionBean
public class RequestPermanentCurpDelegate implements JavaDelegate {

  private final InteropService interop;

  RequestPermanentCurpDelegate(InteropService interop) {
    this.interop = interop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the CURP stays in refugio.interop_exchange, never in a process variable (history)
    interop.requestCurps(CLAIM_ID.required(execution), InteropService.PERMANENT_CURP);
  }
}
