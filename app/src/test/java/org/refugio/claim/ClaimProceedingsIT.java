package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Withdrawal and appeal requests against the claim's state, as the desk files them. */
class ClaimProceedingsIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;

  @Test
  void shouldCloseTheClaimWhenTheApplicantWithdraws() throws Exception {
    String caseNumber = register();

    ResponseEntity<String> withdrawn = post("registrationTap", "/api/claims/" + caseNumber + "/withdrawal",
        Map.of("reason", "La persona manifestó por escrito que desiste de su solicitud."));

    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode status = json.readTree(withdrawn.getBody());
    assertThat(status.get("status").asText()).isEqualTo("CLOSED");
    assertThat(status.get("closureReason").asText()).isEqualTo("WITHDRAWAL");
    assertThat(status.get("currentSteps")).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isZero();

    // a closed claim cannot be withdrawn again, nor appealed
    ResponseEntity<String> again = post("registrationTap", "/api/claims/" + caseNumber + "/withdrawal", Map.of());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).get("message").asText()).contains("cerrado");
  }

  @Test
  void shouldRefuseAnAppealBeforeTheDecisionIsNotified() throws Exception {
    String caseNumber = register();

    ResponseEntity<String> refused = post("registrationTap", "/api/claims/" + caseNumber + "/appeal",
        Map.of("filedOn", "2026-11-21"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("no tiene una resolución notificada");
  }

  @Test
  void shouldRefuseAnAppealAfterTheWindowClosed() throws Exception {
    String caseNumber = register();
    long claimId = jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
    jdbc.update("update refugio.claim set notified_on = date '2026-10-01', appeal_due = date '2026-10-22' where id = ?",
        claimId);

    ResponseEntity<String> refused = post("registrationTap", "/api/claims/" + caseNumber + "/appeal",
        Map.of("filedOn", "2026-10-23"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("venció el 22/10/2026");
  }

  @Test
  void shouldLetOnlyTheClaimsOfficeWithdrawIt() {
    String caseNumber = register();

    assertThat(post("registrationCdmx", "/api/claims/" + caseNumber + "/withdrawal", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("eligibilityTap", "/api/claims/" + caseNumber + "/withdrawal", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String register() {
    try {
      String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
          .get("caseNumber").asText();
      awaitJobs(processInstanceOf(caseNumber));
      return caseNumber;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
