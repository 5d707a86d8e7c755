package org.refugio.inclusion;

import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_cancel_referral}: consent refused, the referral is cancelled and never sent. */
@Component
@ExpressionBean
public class CancelReferralDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  CancelReferralDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inclusion.cancel(REFERRAL_ID.required(execution));
  }
}
