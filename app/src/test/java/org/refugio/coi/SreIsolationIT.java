package org.refugio.coi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Foreign Ministry (SRE) staff see COI requests and the COI repository and nothing else: no claim, person, document,
 * process variable or history, through {@code /api}, {@code /engine-rest} or the Tasklist's own API.
 */
class SreIsolationIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SRE_USERS = List.of("sreTap", "sreCdmx");

  private String caseNumber;
  private String processInstanceId;

  @BeforeEach
  void registerAClaim() throws Exception {
    ResponseEntity<String> response = post("registrationTap", "/api/claims", Claims.valid("TAP"));
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    caseNumber = JSON.readTree(response.getBody()).get("caseNumber").asText();
    processInstanceId = processInstanceOf(caseNumber);
    awaitJobs(processInstanceId);
    // the claim is there for those who may see it
    assertThat(get("eligibilityTap", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber).getBody())
        .contains(processInstanceId);
  }

  @Test
  void shouldShowSreNoClaimThroughTheApi() {
    for (String sre : SRE_USERS) {
      for (String path : List.of("/api/claims/" + caseNumber, "/api/claims/" + caseNumber + "/coi",
          "/api/claims/" + caseNumber + "/documents/1", "/api/claims/" + caseNumber + "/interpreter-bookings")) {
        ResponseEntity<String> response = get(sre, path);
        assertThat(response.getStatusCode()).as("%s GET %s", sre, path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).doesNotContain("Ana", "Martínez");
      }
      assertThat(post(sre, "/api/claims/" + caseNumber + "/coi", Map.of("documentId", 1)).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(sre, "/api/claims/" + caseNumber + "/interpreter-bookings/no-show", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(sre, "/api/stand-in/interpretation/bookings/INT-1-1/cancel", null).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      // nor how many claims wait for a request (the COI unit's view)
      assertThat(get(sre, "/api/coi/requests/waiting").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      // what SRE may see
      assertThat(get(sre, "/api/coi/requests").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(get(sre, "/api/coi/documents?country=HN").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(get(sre, "/api/coi/requests").getBody()).doesNotContain(caseNumber);
    }
  }

  @Test
  void shouldShowSreNothingOfAClaimThroughTheEngineRestApi() throws Exception {
    // a claim's COI step waiting for SRE's answer on Somalia
    long claimId = jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
    ProcessInstance waitingForCoi = engine.getRuntimeService().startProcessInstanceByKey(CoiRequestProcess.KEY,
        caseNumber, Map.of(CoiRequestProcess.CLAIM_ID.name(), claimId, CoiRequestProcess.COI_COUNTRY.name(), "SO"));
    for (String sre : SRE_USERS) {
      for (String path : listPaths()) {
        ResponseEntity<String> response = get(sre, "/engine-rest" + path);
        assertThat(response.getStatusCode()).as("%s GET %s", sre, path).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(response.getBody())).as("%s GET %s: %s", sre, path, response.getBody()).isEmpty();
      }
      for (String path : byIdPaths()) {
        ResponseEntity<String> response = get(sre, "/engine-rest" + path);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s GET %s: %s", sre, path, response.getBody())
            .isFalse();
        assertThat(response.getBody()).doesNotContain("Ana", "Martínez", caseNumber);
      }
      // nor can SRE move a claim waiting for COI by correlating the upload message
      ResponseEntity<String> correlated = post(sre, "/engine-rest/message", Map.of("messageName", "CoiUploaded",
          "all", true, "processVariables", Map.of("coiDocumentId", Map.of("value", 1, "type", "Long"))));
      assertThat(correlated.getStatusCode().is2xxSuccessful()).as(correlated.getBody()).isFalse();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(waitingForCoi.getId())
          .count()).isOne();
    }
  }

  @Test
  void shouldShowSreNothingOfAClaimInTasklist() throws Exception {
    for (String sre : SRE_USERS) {
      HttpHeaders session = tasklistSession(sre);
      for (String path : listPaths()) {
        ResponseEntity<String> response = http.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.GET,
            new HttpEntity<>(session), String.class);
        assertThat(response.getStatusCode()).as("%s Tasklist GET %s", sre, path).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(response.getBody())).as("%s Tasklist GET %s: %s", sre, path, response.getBody()).isEmpty();
      }
      // the only filter SRE has is "Mis tareas", and it holds nothing
      JsonNode filters = JSON.readTree(http.exchange("/camunda/api/engine/engine/default/filter", HttpMethod.GET,
          new HttpEntity<>(session), String.class).getBody());
      List<String> names = new ArrayList<>();
      filters.forEach(f -> names.add(f.get("name").asText()));
      assertThat(names).containsExactly("Mis tareas");
      String filterId = filters.get(0).get("id").asText();
      ResponseEntity<String> listed = http.exchange("/camunda/api/engine/engine/default/filter/" + filterId
          + "/list", HttpMethod.GET, new HttpEntity<>(session), String.class);
      assertThat(JSON.readTree(listed.getBody())).isEmpty();
    }
  }

  /** Lists that would show the claim to anyone allowed to see it. */
  private List<String> listPaths() {
    return List.of(
        "/task", "/task?processInstanceBusinessKey=" + caseNumber,
        "/process-instance", "/process-instance?businessKey=" + caseNumber,
        "/execution", "/variable-instance", "/process-definition", "/job?processInstanceId=" + processInstanceId,
        "/job?processDefinitionKey=asylum-claim", "/incident",
        "/history/process-instance", "/history/process-instance?processInstanceBusinessKey=" + caseNumber,
        "/history/activity-instance", "/history/task", "/history/variable-instance", "/history/detail",
        "/history/decision-instance", "/history/user-operation", "/history/identity-link-log",
        "/variable-instance?processInstanceIdIn=" + processInstanceId,
        "/history/variable-instance?processInstanceId=" + processInstanceId);
  }

  /** Direct reads by id, as if SRE had learnt the claim's instance id. */
  private List<String> byIdPaths() {
    return List.of(
        "/process-instance/" + processInstanceId,
        "/process-instance/" + processInstanceId + "/variables",
        "/history/process-instance/" + processInstanceId);
  }

  private HttpHeaders tasklistSession(String user) {
    HttpHeaders authenticated = webappLogin(user, "tasklist").headers(false);
    authenticated.setAccept(List.of(MediaType.APPLICATION_JSON));
    return authenticated;
  }

}
