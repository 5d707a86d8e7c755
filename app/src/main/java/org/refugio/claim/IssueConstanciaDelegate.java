package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_issue_constancia}: issues the constancia de trámite as a PDF in the case file. */
@Component
@ExpressionBean
public class IssueConstanciaDelegate implements JavaDelegate {

  /** Documents the system issues on its own are signed by the system, not by an officer. */
  static final String SYSTEM = "refugio";

  private final ClaimDocuments documents;

  IssueConstanciaDelegate(ClaimDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.issueConstancia(CLAIM_ID.required(execution), SYSTEM);
  }
}
