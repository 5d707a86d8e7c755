package org.refugio.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.refugio.support.Browser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Tabasco health liaison opens a referral task in Tasklist and records it refused, with the reason. */
@Tag("browser")
class LiaisonOutcomeBrowserIT extends InclusionIntegrationTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Test
  void shouldRecordARefusedReferralWithItsReasonFromTasklist() throws Exception {
    // Given a recognized family of Tabasco who consented to health referrals
    ensureUsers();
    String caseNumber = registerFamily();
    String instance = startReferrals(caseNumber, "RECOGNIZED_1951");
    consent(INCLUSION_STAFF, caseNumber, Map.of("scope", "HEALTH", "given", true));
    awaitJobs(instance);
    Task anasReferral = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(InclusionReferralsProcess.Elements.USER_ATTEND_REFERRAL).list().stream()
        .filter(t -> "Ana Lucía Martínez Núñez".equals(engine.getTaskService().getVariable(t.getId(),
            InclusionReferralsProcess.PERSON_NAME.name())))
        .findFirst().orElseThrow();

    // When the liaison logs into Tasklist, opens the referral and takes it
    browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + anasReferral.getId());
    browser.logIntoWebapp(HEALTH_LIAISON, HEALTH_LIAISON);
    String summary = browser.until(d -> d.findElements(By.cssSelector(".fjs-form .fjs-form-field-text")).stream()
        .map(e -> e.getText()).filter(text -> text.contains("Persona:")).findFirst().orElse(null),
        "the referral form's line with the person");
    assertThat(summary).contains("Expediente: " + caseNumber).contains("Persona: Ana Lucía Martínez Núñez").contains("Teléfono:")
        .contains("Afiliación a los servicios públicos de salud").contains("IMSS-Bienestar").contains("Tabasco");
    browser.click(By.xpath("//*[self::button or self::a][normalize-space()='Reclamar']"), "the link 'Reclamar'");

    // And records it refused because a fee was demanded
    browser.click(field("radio_outcome-2"), "the outcome 'Rechazada'");
    browser.click(field("select_reason-display"), "the drop-down 'Motivo'");
    browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='Se exigió un pago']"),
        "the reason 'Se exigió un pago'");
    browser.type(field("textarea_detail"), "the detail", "Pidieron 500 pesos por la inscripción.");
    browser.scrollToAndClick(browser.visible(By.xpath("//button[normalize-space()='Completar']"),
        "the button 'Completar'"));

    // Then the referral is refused with that reason, and a gap for the Tabasco roundtable is opened
    browser.until(d -> "REFUSED".equals(status(caseNumber, "Ana Lucía", "HEALTH_REGISTRATION")),
        "the referral recorded as refused");
    Map<String, Object> referral = jdbc.queryForMap("select r.reason_code, r.outcome_detail, r.outcome_by from "
        + "refugio.referral r join refugio.person p on p.id = r.person_id where r.claim_id = ? and "
        + "p.given_names = 'Ana Lucía' and r.service = 'HEALTH_REGISTRATION'", claimId(caseNumber));
    assertThat(referral).containsEntry("reason_code", "FEE_DEMANDED").containsEntry("outcome_by", HEALTH_LIAISON)
        .containsEntry("outcome_detail", "Pidieron 500 pesos por la inscripción.");
    assertThat(jdbc.queryForObject("select count(*) from refugio.inclusion_gap g join refugio.referral r on "
        + "r.id = g.referral_id where r.claim_id = ? and g.kind = 'REFUSED' and g.reason_code = 'FEE_DEMANDED' and "
        + "g.state_code = 'TAB' and g.theme = 'HEALTH'", Integer.class, claimId(caseNumber))).isOne();
  }

  private static By field(String componentId) {
    return By.cssSelector(".fjs-form [id$='-" + componentId + "']");
  }
}
