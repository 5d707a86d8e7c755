package org.refugio.inclusion.roundtable;

import static org.refugio.inclusion.roundtable.RoundtableAgreementProcess.AGREEMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_escalate_overdue_agreement}: marks the agreement overdue and moves its follow-up up the queue. */
@Component
@ExpressionBean
public class EscalateOverdueAgreementDelegate implements JavaDelegate {

  private final RoundtableAgreements agreements;

  EscalateOverdueAgreementDelegate(RoundtableAgreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    agreements.escalate(AGREEMENT_ID.required(execution), execution.getProcessInstanceId());
  }
}
