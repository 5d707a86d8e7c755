package org.refugio.coi;

import static org.refugio.coi.CoiRequestProcess.COI_COUNTRY;
import static org.refugio.coi.CoiRequestProcess.COI_REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_request_coi_from_sre}: joins the country's open request to SRE, opening it if this is the first claim
 * to wait. The request carries country, topics and question only.
 */
@Component
@ExpressionBean
public class RequestCoiFromSreDelegate implements JavaDelegate {

  private final CoiService coi;

  RequestCoiFromSreDelegate(CoiService coi) {
    this.coi = coi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    COI_REQUEST_ID.on(execution).set(coi.openRequest(COI_COUNTRY.required(execution),
        AttachCurrentCoiDelegate.topics(execution)).id());
  }
}
