package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.INM_NOTICE_DUE;
import static org.refugio.claim.AsylumClaimProcess.PREVENTION_REPLY_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_issue_prevention}: a late filing gets a prevención, issued as a PDF in the case file (5 business
 * days to explain the causes), and INM must be told within 72 hours.
 */
@Component
@ExpressionBean
public class IssuePreventionDelegate implements JavaDelegate {

  private final ClaimClocks clocks;
  private final ClaimDocuments documents;

  IssuePreventionDelegate(ClaimClocks clocks, ClaimDocuments documents) {
    this.clocks = clocks;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = CLAIM_ID.required(execution);
    ClaimClocks.PreventionClock prevention = clocks.issuePrevention(execution.getProcessInstanceId(), claimId);
    PREVENTION_REPLY_DUE.on(execution).set(prevention.replyDue());
    INM_NOTICE_DUE.on(execution).set(prevention.inmNoticeDue());
    documents.issuePrevention(claimId, prevention.replyBusinessDays(), ClaimClocks.toDay(prevention.replyDue()),
        IssueConstanciaDelegate.SYSTEM);
  }
}
