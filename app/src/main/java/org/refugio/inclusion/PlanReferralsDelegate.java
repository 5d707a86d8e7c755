package org.refugio.inclusion;

import static org.refugio.inclusion.InclusionReferralsProcess.CLAIM_ID;
import static org.refugio.inclusion.InclusionReferralsProcess.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_plan_referrals}: the decision's referrals for every protected person, waiting for consent. */
@Component
@ExpressionBean
public class PlanReferralsDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  PlanReferralsDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inclusion.plan(CLAIM_ID.required(execution), OUTCOME.from(execution), execution.getProcessInstanceId());
  }
}
