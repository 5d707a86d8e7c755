package org.refugio.inclusion;

import static org.refugio.inclusion.InclusionReferralsProcess.CLAIM_ID;
import static org.refugio.inclusion.InclusionReferralsProcess.CONSENT_EDUCATION;
import static org.refugio.inclusion.InclusionReferralsProcess.CONSENT_HEALTH;
import static org.refugio.inclusion.InclusionReferralsProcess.CONSENT_IDENTITY;
import static org.refugio.inclusion.InclusionReferralsProcess.CONSENT_LABOR;

import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_record_consent}: stores the consents entered in the consent task, per theme, for the family. */
@Component
@ExpressionBean
public class RecordConsentDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  RecordConsentDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<Theme, String> answers = new EnumMap<>(Theme.class);
    answers.put(Theme.IDENTITY, CONSENT_IDENTITY.from(execution));
    answers.put(Theme.LABOR, CONSENT_LABOR.from(execution));
    answers.put(Theme.EDUCATION, CONSENT_EDUCATION.from(execution));
    answers.put(Theme.HEALTH, CONSENT_HEALTH.from(execution));
    // runs in the transaction of the task's completion: the authenticated user is who entered the consent
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    inclusion.recordConsentsFromTask(CLAIM_ID.required(execution), answers, user == null ? "system" : user.getUserId());
  }
}
