package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.OUTCOME;
import static org.refugio.claim.AsylumClaimProcess.RESOLUTION_GROUNDS;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.refugio.engine.CompletedTasks;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_issue_resolution}: issues the signed resolution as a PDF, in the name of the officer who signed. */
@Component
@ExpressionBean
public class IssueResolutionDelegate implements JavaDelegate {

  private final ClaimDocuments documents;
  private final CompletedTasks completedTasks;

  IssueResolutionDelegate(ClaimDocuments documents, CompletedTasks completedTasks) {
    this.documents = documents;
    this.completedTasks = completedTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HistoricTaskInstance decision = completedTasks.latest(execution.getProcessInstanceId(),
        AsylumClaimProcess.Elements.USER_DECIDE_CLAIM, "The resolution has not been signed");
    String decidedBy = decision.getAssignee() != null ? decision.getAssignee() : IssueConstanciaDelegate.SYSTEM;
    documents.issueResolution(CLAIM_ID.required(execution), Outcome.valueOf(OUTCOME.required(execution)),
        RESOLUTION_GROUNDS.required(execution), decidedBy,
        decision.getEndTime().toInstant().atZone(ClaimService.ZONE).toOffsetDateTime());
  }
}
