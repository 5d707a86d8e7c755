package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The applicant's death closes the claim through its early closure, as the desk or the legal unit records it. */
class ClaimDeathIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;

  @Test
  void shouldCloseTheClaimWhenTheApplicantsDeathIsRecorded() throws Exception {
    String caseNumber = register();
    String yesterday = LocalDate.now(ClaimService.ZONE).minusDays(1).toString();

    ResponseEntity<String> recorded = post("registrationTap", "/api/claims/" + caseNumber + "/death",
        Map.of("dateOfDeath", yesterday, "detail", "Acta de defunción presentada por su hermana."));

    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode status = json.readTree(recorded.getBody());
    assertThat(status.get("status").asText()).isEqualTo("CLOSED");
    assertThat(status.get("closureReason").asText()).isEqualTo("DEATH");
    assertThat(status.get("currentSteps")).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isZero();
    assertThat(jdbc.queryForObject("select closure_detail from refugio.claim where case_number = ?", String.class,
        caseNumber)).startsWith("Fallecimiento de la persona solicitante el ").contains("Acta de defunción");
    assertThat(jdbc.queryForObject("select p.date_of_death from refugio.person p join refugio.claim c on "
        + "c.id = p.claim_id where c.case_number = ? and p.role = 'PRINCIPAL'", LocalDate.class, caseNumber))
        .isEqualTo(yesterday);

    // a closed claim cannot be closed again
    ResponseEntity<String> again = post("legalCdmx", "/api/claims/" + caseNumber + "/death",
        Map.of("dateOfDeath", yesterday));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).get("message").asText()).contains("cerrado");
  }

  @Test
  void shouldRefuseADeathDatedInTheFutureOrRecordedByAnotherRole() throws Exception {
    String caseNumber = register();

    ResponseEntity<String> future = post("legalCdmx", "/api/claims/" + caseNumber + "/death",
        Map.of("dateOfDeath", LocalDate.now(ClaimService.ZONE).plusDays(2).toString()));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(future.getBody()).at("/errors/0/message").asText()).contains("no puede ser futura");

    assertThat(post("registrationTap", "/api/claims/" + caseNumber + "/death", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("eligibilityTap", "/api/claims/" + caseNumber + "/death",
        Map.of("dateOfDeath", "2026-11-25")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("registrationCdmx", "/api/claims/" + caseNumber + "/death",
        Map.of("dateOfDeath", "2026-11-25")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody()).get("status").asText())
        .isEqualTo("OPEN");
  }

  private String register() throws Exception {
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return caseNumber;
  }
}
