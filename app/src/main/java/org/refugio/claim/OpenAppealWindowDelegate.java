package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_DUE;
import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.NOTIFICATION_DATE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.calendar.WorkingDays;
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
  private final BusinessCalendar calendar;
  private final ClaimDeadlines deadlines;

  OpenAppealWindowDelegate(ClaimMapper claims, BusinessCalendar calendar, ClaimDeadlines deadlines) {
    this.claims = claims;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate notifiedOn = LocalDate.parse(NOTIFICATION_DATE.required(execution).substring(0, 10));
    LocalDate appealDue = calendar.addBusinessDays(notifiedOn, deadlines.appealBusinessDays());
    claims.setAppealWindow(CLAIM_ID.required(execution), notifiedOn, appealDue);
    APPEAL_DUE.on(execution).set(WorkingDays.endOfDay(appealDue));
  }
}
