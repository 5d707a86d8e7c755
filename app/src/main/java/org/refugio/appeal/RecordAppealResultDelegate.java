package org.refugio.appeal;

import static org.refugio.appeal.AppealReviewProcess.APPEAL_NOTIFICATION_DATE;
import static org.refugio.appeal.AppealReviewProcess.APPEAL_RESULT;
import static org.refugio.appeal.AppealReviewProcess.CLAIM_ID;
import static org.refugio.appeal.AppealReviewProcess.NULLITY_SUIT_DETAIL;
import static org.refugio.appeal.AppealReviewProcess.NULLITY_SUIT_REPORTED;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_record_appeal_result}: keeps in the claim the appeal's result, the day it was notified and any juicio
 * de nulidad the person reported at the notification.
 */
@Component
@ExpressionBean
public class RecordAppealResultDelegate implements JavaDelegate {

  private final AppealRecords records;

  RecordAppealResultDelegate(AppealRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.recordNotifiedResult(CLAIM_ID.required(execution), AppealResult.valueOf(APPEAL_RESULT.required(execution)),
        LocalDate.parse(APPEAL_NOTIFICATION_DATE.required(execution).substring(0, 10)),
        Boolean.TRUE.equals(NULLITY_SUIT_REPORTED.from(execution)), NULLITY_SUIT_DETAIL.from(execution));
  }
}
