package org.refugio.inclusion;

import static org.refugio.inclusion.InclusionReferralsProcess.FOLLOW_UP_AT;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_DETAIL;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_FOLLOW_UP_ON;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_ID;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_OUTCOME;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_record_referral_outcome}: stores the liaison's outcome and its gaps. Runs in the transaction of the
 * task's completion, so that bad input refuses the completion and the task stays with what was typed.
 */
@Component
@ExpressionBean
public class RecordReferralOutcomeDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  RecordReferralOutcomeDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    FOLLOW_UP_AT.onLocal(execution).set(inclusion.recordOutcome(REFERRAL_ID.required(execution),
        REFERRAL_OUTCOME.from(execution), REFERRAL_REASON.from(execution), REFERRAL_DETAIL.from(execution),
        REFERRAL_FOLLOW_UP_ON.from(execution), user == null ? "system" : user.getUserId()));
  }
}
