package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_DUE;
import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.NOTIFICATION_DATE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.util.Date;
import org.refugio.calendar.Deadlines;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_open_appeal_window}: from the notification date, the applicant has 15 business days to file a
 * recurso de revisión; the window's end is kept in the claim and drives the timer that makes the decision final.
 */
@Component
@ExpressionBean
public class OpenAppealWindowDelegate implements JavaDelegate {

  private final ClaimMapper claims;
  private final Deadlines deadlines;
  private final LegalDeadlines legal;

  OpenAppealWindowDelegate(ClaimMapper claims, Deadlines deadlines, LegalDeadlines legal) {
    this.claims = claims;
    this.deadlines = deadlines;
    this.legal = legal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate notifiedOn = LocalDate.parse(NOTIFICATION_DATE.required(execution).substring(0, 10));
    long claimId = CLAIM_ID.required(execution);
    ClaimRecord claim = claims.findById(claimId).orElseThrow();
    Date appealDue = deadlines.start(execution.getProcessInstanceId(), claim.caseNumber(), APPEAL_DUE.name(),
        notifiedOn, legal.businessDays(Milestone.APPEAL, claim.modality()), claim.officeCode());
    claims.setAppealWindow(claimId, notifiedOn, ClaimClocks.toDay(appealDue));
    APPEAL_DUE.on(execution).set(appealDue);
  }
}
