package org.refugio.inclusion;

import static org.refugio.inclusion.InclusionReferralsProcess.FOLLOW_UP_AT;
import static org.refugio.inclusion.InclusionReferralsProcess.INSTITUTION_NAME;
import static org.refugio.inclusion.InclusionReferralsProcess.LIAISON_GROUP;
import static org.refugio.inclusion.InclusionReferralsProcess.PERSON_CONTACT;
import static org.refugio.inclusion.InclusionReferralsProcess.PERSON_NAME;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_DETAIL;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_DUE;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_FOLLOW_UP_ON;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_ID;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_OUTCOME;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_REASON;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_SERVICE;
import static org.refugio.inclusion.InclusionReferralsProcess.REFERRAL_STATE_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.refugio.security.LiaisonGroups;
import org.springframework.stereotype.Component;

/**
 * {@code service_send_referral}: marks the referral sent with its due date and gives the liaison's task what it
 * shows and who gets it. Every variable is local to this referral, including the outcome form's fields, so that the
 * family's referrals followed side by side never read each other's answers.
 */
@Component
@ExpressionBean
public class SendReferralDelegate implements JavaDelegate {

  private final InclusionService inclusion;

  SendReferralDelegate(InclusionService inclusion) {
    this.inclusion = inclusion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = inclusion.send(REFERRAL_ID.required(execution));
    LIAISON_GROUP.onLocal(execution).set(LiaisonGroups.of(referral.stateCode(), referral.theme()));
    REFERRAL_DUE.onLocal(execution).set(InclusionService.dueOf(referral));
    PERSON_NAME.onLocal(execution).set(referral.personName());
    PERSON_CONTACT.onLocal(execution).set(inclusion.contactOf(referral).orElse("sin teléfono registrado"));
    REFERRAL_SERVICE.onLocal(execution).set(InclusionService.serviceName(referral.service()));
    INSTITUTION_NAME.onLocal(execution).set(referral.institutionName());
    REFERRAL_STATE_NAME.onLocal(execution).set(referral.stateName());
    REFERRAL_OUTCOME.onLocal(execution).set(null);
    REFERRAL_REASON.onLocal(execution).set(null);
    REFERRAL_DETAIL.onLocal(execution).set(null);
    REFERRAL_FOLLOW_UP_ON.onLocal(execution).set(null);
    FOLLOW_UP_AT.onLocal(execution).set(null);
  }
}
