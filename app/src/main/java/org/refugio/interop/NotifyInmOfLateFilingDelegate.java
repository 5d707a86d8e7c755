package org.refugio.interop;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.INM_NOTICE_NOT_SENT_ERROR;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code service_notify_inm_of_late_filing}: tells INM of a late filing through its adapter. When the exchange is
 * configured off ({@code refugio.interop.late-filing-notice=manual}) or INM refuses the notice as sent, a
 * registration officer sends it instead ({@code user_notify_inm}); INM down or not answering is left to the retries
 * and then an incident.
 */
@Component
@ExpressionBean
public class NotifyInmOfLateFilingDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(NotifyInmOfLateFilingDelegate.class);

  private final InteropService interop;
  private final InteropProperties properties;

  NotifyInmOfLateFilingDelegate(InteropService interop, InteropProperties properties) {
    this.interop = interop;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!properties.lateFilingNoticeAutomatic()) {
      throw new BpmnError(INM_NOTICE_NOT_SENT_ERROR, "The late-filing notice to INM is sent by hand "
          + "(refugio.interop.late-filing-notice=manual)");
    }
    try {
      interop.notifyInmOfLateFiling(CLAIM_ID.required(execution));
    } catch (InteropException e) {
      if (!e.refused()) {
        throw e;
      }
      log.warn("INM refused the late-filing notice of claim {}: {}; a registration officer sends it",
          CLAIM_ID.required(execution), e.getMessage());
      throw new BpmnError(INM_NOTICE_NOT_SENT_ERROR, e.getMessage());
    }
  }
}
