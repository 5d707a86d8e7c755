package org.refugio.appeal;

import static org.refugio.appeal.AppealReviewProcess.APPEAL_FILED_ON;
import static org.refugio.appeal.AppealReviewProcess.APPEAL_GROUNDS;
import static org.refugio.appeal.AppealReviewProcess.APPEAL_OUTCOME;
import static org.refugio.appeal.AppealReviewProcess.APPEAL_RESULT;
import static org.refugio.appeal.AppealReviewProcess.CLAIM_ID;
import static org.refugio.appeal.AppealReviewProcess.OUTCOME;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.refugio.claim.ClaimDocuments;
import org.refugio.claim.ClaimService;
import org.refugio.claim.Outcome;
import org.refugio.engine.CompletedTasks;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_issue_appeal_resolution}: issues the legal unit's resolution of the recurso de revisión as a PDF, in
 * the name of the member of the legal unit who decided.
 */
@Component
@ExpressionBean
public class IssueAppealResolutionDelegate implements JavaDelegate {

  private final ClaimDocuments documents;
  private final CompletedTasks completedTasks;

  IssueAppealResolutionDelegate(ClaimDocuments documents, CompletedTasks completedTasks) {
    this.documents = documents;
    this.completedTasks = completedTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HistoricTaskInstance decision = completedTasks.latest(execution.getProcessInstanceId(),
        AppealReviewProcess.Elements.USER_DECIDE_APPEAL, "The appeal has not been decided");
    AppealResult result = AppealResult.valueOf(APPEAL_RESULT.required(execution));
    Outcome newOutcome = result == AppealResult.REVOKED ? Outcome.valueOf(APPEAL_OUTCOME.required(execution)) : null;
    String decidedBy = decision.getAssignee() != null ? decision.getAssignee() : "refugio";
    documents.issueAppealResolution(CLAIM_ID.required(execution), Outcome.valueOf(OUTCOME.required(execution)),
        LocalDate.parse(APPEAL_FILED_ON.required(execution).substring(0, 10)), result, newOutcome,
        APPEAL_GROUNDS.required(execution), decidedBy,
        decision.getEndTime().toInstant().atZone(ClaimService.ZONE).toOffsetDateTime());
  }
}
