package org.refugio.coi;

import static org.refugio.coi.CoiRequestProcess.CLAIM_ID;
import static org.refugio.coi.CoiRequestProcess.COI_DOCUMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_attach_uploaded_coi}: attaches the document SRE uploaded to the waiting claim. */
@Component
@ExpressionBean
public class AttachUploadedCoiDelegate implements JavaDelegate {

  private final CoiService coi;

  AttachUploadedCoiDelegate(CoiService coi) {
    this.coi = coi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    coi.attachForEngine(CLAIM_ID.required(execution), COI_DOCUMENT_ID.required(execution));
  }
}
