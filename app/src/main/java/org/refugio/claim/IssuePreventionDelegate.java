package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.INM_NOTICE_DUE;
import static org.refugio.claim.AsylumClaimProcess.PREVENTION_REPLY_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_issue_prevention}: a late filing gets a prevención (5 business days to explain the causes), and INM
 * must be told within 72 hours.
 */
@Component
@ExpressionBean
public class IssuePreventionDelegate implements JavaDelegate {

  private final ClaimClocks clocks;

  IssuePreventionDelegate(ClaimClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClaimClocks.PreventionClock prevention =
        clocks.issuePrevention(execution.getProcessInstanceId(), CLAIM_ID.required(execution));
    PREVENTION_REPLY_DUE.on(execution).set(prevention.replyDue());
    INM_NOTICE_DUE.on(execution).set(prevention.inmNoticeDue());
  }
}
