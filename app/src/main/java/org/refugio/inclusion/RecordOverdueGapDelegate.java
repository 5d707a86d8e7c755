package org.refugio.inclusion;

import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_record_overdue_gap}: the due date passed unattended; the liaison's task stays for follow-up. */
@Component
@ExpressionBean
public class RecordOverdueGapDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  RecordOverdueGapDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inclusion.markOverdue(REFERRAL_ID.required(execution));
  }
}
