package org.refugio.inclusion;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.refugio.claim.ClaimMapper;
import org.refugio.engine.RefugioProperties;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's referrals: a Honduran mother with an urgent medical need and her son, recognized in Tapachula, who
 * consented to every referral; the Chiapas liaisons ({@code inclusionChpHealth}, {@code inclusionChpIdentity}) find
 * their tasks in Tasklist at once. Fictitious people; only in the demo.
 */
@Component
class InclusionDemoData {

  static final String CASE_NUMBER = "TAP-2000-000001";
  static final String OFFICE = "TAP";
  private static final String OUTCOME = "RECOGNIZED_CARTAGENA";
  private static final Logger log = LoggerFactory.getLogger(InclusionDemoData.class);

  private final InclusionService inclusion;
  private final InclusionMapper mapper;
  private final ClaimMapper claims;
  private final ManagementService managementService;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final SystemAuthentication system;
  private final RefugioProperties properties;

  InclusionDemoData(InclusionService inclusion, InclusionMapper mapper, ClaimMapper claims,
      ManagementService managementService, org.camunda.bpm.engine.RuntimeService runtimeService,
      SystemAuthentication system, RefugioProperties properties) {
    this.runtimeService = runtimeService;
    this.inclusion = inclusion;
    this.mapper = mapper;
    this.claims = claims;
    this.managementService = managementService;
    this.system = system;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(5)
  public void onStarted() {
    if (!properties.demoEnabled() || claims.findByCaseNumber(CASE_NUMBER).isPresent()) {
      return;
    }
    LocalDate today = inclusion.today();
    long claimId = mapper.insertDemoClaim(CASE_NUMBER, OFFICE, today.minusMonths(3), OUTCOME);
    mapper.insertDemoPerson(claimId, "PRINCIPAL", null, "Marisol", "Demostración Reyes", "F",
        today.minusYears(34), "MEDICAL_URGENT", OUTCOME);
    mapper.insertDemoPerson(claimId, "DEPENDANT", "CHILD", "Kevin", "Demostración Reyes", "M", today.minusYears(9),
        null, OUTCOME);
    inclusion.start(claimId, CASE_NUMBER, OFFICE, OUTCOME);
    // plan at once rather than on the job executor, so that the consent below finds the referrals waiting for it
    system.call(() -> {
      String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(CASE_NUMBER)
          .processDefinitionKey(InclusionReferralsProcess.KEY).singleResult().getId();
      Job plan = managementService.createJobQuery().processInstanceId(instance).singleResult();
      managementService.executeJob(plan.getId());
      return null;
    });
    inclusion.recordConsent(claimId, CASE_NUMBER, null, ConsentScope.ALL, true, "demo");
    log.info("Demo referrals ready for {}", CASE_NUMBER);
  }
}
