package org.refugio.interop;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.INM_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_notify_inm_of_claim}: notifies INM of the admitted claim, for the humanitarian visitor card (TVRH). */
@Component
@ExpressionBean
public class NotifyInmOfClaimDelegate implements JavaDelegate {

  private final InteropService interop;

  NotifyInmOfClaimDelegate(InteropService interop) {
    this.interop = interop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    INM_REFERENCE.on(execution).set(interop.notifyInm(CLAIM_ID.required(execution)));
  }
}
