package org.refugio.inclusion;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * The referrals {@code sub_follow_referral} follows, for its multi-instance collection:
 * {@code ${inclusionReferrals.awaitingConsent(execution)}}. Read from the database, so no list is kept in a process
 * variable.
 */
@Component("inclusionReferrals")
@ExpressionBean
public class InclusionReferrals {

  private final InclusionService inclusion;

  InclusionReferrals(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  public List<Long> awaitingConsent(DelegateExecution execution) {
    return inclusion.awaitingConsent(execution.getProcessInstanceId());
  }
}
