package org.refugio.inclusion.roundtable;

import static org.refugio.inclusion.roundtable.RoundtableAgreementProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * {@code service_record_agreement_progress}: stores the follow-up just submitted (and closes the agreement if so
 * decided); the note becomes the one the next follow-up shows, and the form starts empty again.
 */
@Component
@ExpressionBean
public class RecordAgreementProgressDelegate implements JavaDelegate {

  private final RoundtableAgreements agreements;
  private final CurrentUsers currentUsers;

  RecordAgreementProgressDelegate(RoundtableAgreements agreements, CurrentUsers currentUsers) {
    this.agreements = agreements;
    this.currentUsers = currentUsers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean closed = Boolean.TRUE.equals(AGREEMENT_CLOSED.from(execution));
    String note = PROGRESS_NOTE.from(execution);
    CurrentUser user = currentUsers.ofEngine();
    agreements.recordProgress(AGREEMENT_ID.required(execution), note, closed, user == null ? null : user.userId());
    LAST_NOTE.on(execution).set(note);
    PROGRESS_NOTE.on(execution).set(null);
    AGREEMENT_CLOSED.on(execution).set(closed);
  }
}
