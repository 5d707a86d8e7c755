package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An authorized move to another state: the claim, its open tasks, its next tasks and its office's read access go to
 * the new office; the old office's officers lose sight of it. Checked as the officers' Tasklist asks the engine.
 */
class ClaimTransferIT extends IntegrationTest {

  private static final String REASON = "Cambio de residencia a la Ciudad de México autorizado por la oficina de "
      + "Tapachula: reunificación con su hermano.";

  @Autowired
  ObjectMapper json;

  @Test
  void shouldMoveTheInterviewToTheNewOfficesQueueWhenTheClaimIsTransferred() throws Exception {
    // Given a Tapachula claim whose interview an eligibility officer of Tapachula has taken
    String caseNumber = register();
    String instance = processInstanceOf(caseNumber);
    JsonNode queued = tasks("eligibilityTap", "candidateGroup=eligibilityTap&processInstanceBusinessKey=" + caseNumber);
    assertThat(queued).hasSize(1);
    String interview = queued.get(0).get("id").asText();
    assertThat(post("eligibilityTap", "/engine-rest/task/" + interview + "/claim", Map.of("userId", "eligibilityTap"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // and who presents weekly at Palenque, in the same state
    assertThat(call("registrationTap", org.springframework.http.HttpMethod.PUT, "/api/claims/" + caseNumber
        + "/presentations/schedule", Map.of("weekday", "FRIDAY", "office", "PAL"), Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // When the move to Mexico City is recorded
    ResponseEntity<String> moved = post("registrationTap", "/api/claims/" + caseNumber + "/transfer",
        transfer("CDMX", today()));

    // Then the claim keeps its case number and belongs to Mexico City, with the transfer on record
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(moved.getBody()).at("/transfer/toOffice").asText()).isEqualTo("CDMX");
    JsonNode status = json.readTree(get("registrationCdmx", "/api/claims/" + caseNumber).getBody());
    assertThat(status.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(status.get("office").asText()).isEqualTo("CDMX");
    assertThat(status.at("/transfers/0/fromOffice").asText()).isEqualTo("TAP");
    assertThat(status.at("/transfers/0/toOffice").asText()).isEqualTo("CDMX");
    assertThat(status.at("/transfers/0/transferredBy").asText()).isEqualTo("registrationTap");
    assertThat(status.at("/transfers/0/reason").asText()).isEqualTo(REASON);
    assertThat(engine.getRuntimeService().getVariable(instance, AsylumClaimProcess.OFFICE.name())).isEqualTo("CDMX");
    JsonNode presentations = json.readTree(get("registrationCdmx", "/api/claims/" + caseNumber + "/presentations")
        .getBody());
    assertThat(presentations.at("/schedule/office").asText()).isEqualTo("CDMX");
    assertThat(presentations.at("/schedule/weekday").asText()).isEqualTo("FRIDAY");

    // The interview waits, unassigned, in Mexico City's eligibility queue
    JsonNode cdmxQueue = tasks("eligibilityCdmx",
        "candidateGroup=eligibilityCdmx&unassigned=true&processInstanceBusinessKey=" + caseNumber);
    assertThat(cdmxQueue).hasSize(1);
    assertThat(cdmxQueue.get(0).get("id").asText()).isEqualTo(interview);
    assertThat(candidateGroupsOfCurrentTask(instance)).containsExactly("eligibilityCdmx");

    // and Tapachula's officer can no longer see it, nor the claim
    assertThat(tasks("eligibilityTap", "processInstanceBusinessKey=" + caseNumber)).isEmpty();
    assertThat(tasks("eligibilityTap", "candidateGroup=eligibilityTap&processInstanceBusinessKey=" + caseNumber))
        .isEmpty();
    assertThat(json.readTree(get("eligibilityTap", "/engine-rest/process-instance?businessKey=" + caseNumber)
        .getBody())).isEmpty();
    assertThat(get("registrationTap", "/api/claims/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(get("eligibilityCdmx", "/engine-rest/process-instance?businessKey=" + caseNumber)
        .getBody())).hasSize(1);

    // When Mexico City's officer does the interview, the next step is queued in Mexico City too
    assertThat(post("eligibilityCdmx", "/engine-rest/task/" + interview + "/claim",
        Map.of("userId", "eligibilityCdmx")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> done = post("eligibilityCdmx", "/engine-rest/task/" + interview + "/submit-form",
        Map.of("variables", Map.of("interviewDate", Map.of("value", today()), "interviewSummary",
            Map.of("value", "La persona relata amenazas de una pandilla; el relato es coherente y detallado."))));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(candidateGroupsOfCurrentTask(instance)).containsExactly("eligibilityCdmx");
  }

  @Test
  void shouldRefuseAnUnknownOfficeTheSameOfficeAFutureAuthorizationAndAClosedClaim() throws Exception {
    String caseNumber = register();
    String path = "/api/claims/" + caseNumber + "/transfer";

    ResponseEntity<String> unknown = post("registrationTap", path, transfer("XYZ", today()));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknown.getBody()).at("/errors/0/message").asText()).contains("La oficina XYZ no existe");

    ResponseEntity<String> same = post("registrationTap", path, transfer("TAP", today()));
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(same.getBody()).get("message").asText()).contains("ya pertenece a la oficina de Tapachula");

    ResponseEntity<String> future = post("registrationTap", path,
        transfer("CDMX", LocalDate.now(ClaimService.ZONE).plusDays(3).toString()));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(future.getBody()).at("/errors/0/message").asText()).contains("no puede ser futura");

    assertThat(post("registrationTap", path, Map.of("office", "CDMX")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("registrationCdmx", path, transfer("CDMX", today())).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    post("registrationTap", "/api/claims/" + caseNumber + "/withdrawal", Map.of());
    ResponseEntity<String> closed = post("registrationTap", path, transfer("CDMX", today()));
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(closed.getBody()).get("message").asText()).contains("cerrado");
    assertThat(jdbc.queryForObject("select count(*) from refugio.claim_transfer t join refugio.claim c on "
        + "c.id = t.claim_id where c.case_number = ?", Integer.class, caseNumber)).isZero();
  }

  private JsonNode tasks(String officer, String query) throws Exception {
    ResponseEntity<String> response = get(officer, "/engine-rest/task?" + query);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static Map<String, Object> transfer(String office, String authorizedOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("office", office);
    body.put("authorizedOn", authorizedOn);
    body.put("reason", REASON);
    return body;
  }

  private static String today() {
    return LocalDate.now(ClaimService.ZONE).toString();
  }

  private String register() throws Exception {
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return caseNumber;
  }
}
