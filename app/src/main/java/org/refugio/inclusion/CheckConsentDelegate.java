package org.refugio.inclusion;

import static org.refugio.inclusion.InclusionReferralsProcess.CONSENT;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_check_consent}: GIVEN, REFUSED or NONE for the referral's person and theme. */
@Component
@ExpressionBean
public class CheckConsentDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  CheckConsentDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // local: each referral of the family has its own answer
    CONSENT.onLocal(execution).set(inclusion.consentFor(REFERRAL_ID.required(execution)));
  }
}
