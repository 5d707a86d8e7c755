package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The registration API as kiosks, other institutions and officers use it, on the real stack. */
class ClaimRegistrationIT extends IntegrationTest {

  @Autowired
  BusinessCalendar calendar;

  @Autowired
  ObjectMapper json;

  @Test
  void shouldRegisterClaimIssueConstanciaAndQueueInterviewWhenInputIsValid() throws Exception {
    // When a Tapachula registration officer registers a claim
    ResponseEntity<String> response = post("registrationTap", "/api/claims", Claims.valid("TAP"));

    // Then it gets the next case number of the office and year, and a Location
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
    assertThat(caseNumber).matches("TAP-" + LocalDate.now(ClaimService.ZONE).getYear() + "-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/claims/" + caseNumber);

    // And once the constancia is issued, the eligibility officers of Tapachula have the interview
    awaitJobs(processInstanceOf(caseNumber));
    JsonNode status = json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody());
    assertThat(status.get("status").asText()).isEqualTo("OPEN");
    assertThat(status.get("office").asText()).isEqualTo("TAP");
    assertThat(status.get("modality").asText()).isEqualTo("SIMPLIFIED");
    assertThat(status.at("/currentSteps/0/key").asText()).isEqualTo("user_conduct_interview");
    // with the legal deadline of 45 business days from the application, and the simplified modality's shorter
    // internal target as the interview's due date
    JsonNode decision = Claims.deadline(status, "decisionDue");
    String decisionDue = calendar.addBusinessDays(Claims.applicationDate(), 45, "TAP").toString();
    assertThat(decision.get("dueDate").asText()).isEqualTo(decisionDue);
    assertThat(decision.get("businessDays").asInt()).isEqualTo(45);
    JsonNode target = Claims.deadline(status, "targetDue");
    assertThat(target.get("businessDays").asInt()).isEqualTo(30);
    assertThat(target.get("dueDate").asText()).isLessThan(decisionDue);
    assertThat(status.at("/currentSteps/0/dueDate").asText()).startsWith(target.get("dueDate").asText());
    assertThat(candidateGroupsOfCurrentTask(processInstanceOf(caseNumber))).containsExactly("eligibilityTap");

    // And the constancia is a PDF whose checksum is the one listed
    JsonNode constancia = status.get("documents").get(0);
    assertThat(constancia.get("type").asText()).isEqualTo("CONSTANCIA");
    ResponseEntity<byte[]> pdf = http.withBasicAuth("registrationTap", "registrationTap")
        .getForEntity(constancia.get("href").asText(), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody())))
        .isEqualTo(constancia.get("sha256").asText());
  }

  @Test
  void shouldReportEveryFieldErrorAndStoreNothingWhenInputIsInvalid() throws Exception {
    // Given a claim with many mistakes
    Map<String, Object> claim = Claims.valid("XYZ");
    claim.put("entryDate", "2026-11-25");
    claim.put("applicationDate", "2026-11-21");
    claim.remove("entryPlace");
    @SuppressWarnings("unchecked")
    Map<String, Object> applicant = (Map<String, Object>) claim.get("applicant");
    applicant.put("nationality", "XX");
    applicant.remove("givenNames");
    applicant.put("dateOfBirth", "1990-13-45");
    int claimsBefore = countClaims();

    // When it is registered
    ResponseEntity<String> response = post("registrationTap", "/api/claims", claim);

    // Then every wrong field is reported with a message, and nothing is stored or started
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("message").asText()).isNotBlank();
    List<String> fields = new ArrayList<>();
    body.get("errors").forEach(e -> {
      fields.add(e.get("field").asText());
      assertThat(e.get("message").asText()).isNotBlank();
    });
    assertThat(fields).contains("office", "entryDate", "entryPlace", "applicant.nationality",
        "applicant.givenNames", "applicant.dateOfBirth");
    assertThat(countClaims()).isEqualTo(claimsBefore);
  }

  @Test
  void shouldRefuseMalformedJsonClearly() throws Exception {
    ResponseEntity<String> response = call("registrationTap", HttpMethod.POST, "/api/claims",
        "{\"office\": \"TAP\", ", Map.of());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("message").asText()).contains("JSON");
  }

  @Test
  void shouldReturnTheSameClaimWhenTheIdempotencyKeyIsRepeated() throws Exception {
    Map<String, String> key = Map.of("Idempotency-Key", "kiosk-7-req-" + System.nanoTime());

    ResponseEntity<String> first = call("registrationTap", HttpMethod.POST, "/api/claims", Claims.valid("TAP"), key);
    ResponseEntity<String> second = call("registrationTap", HttpMethod.POST, "/api/claims", Claims.valid("TAP"), key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseNumber = json.readTree(first.getBody()).get("caseNumber").asText();
    assertThat(json.readTree(second.getBody()).get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isEqualTo(1);
  }

  @Test
  void shouldGiveGapFreeCaseNumbersWhenOfficersRegisterAtTheSameTime() throws Exception {
    // Given eight registrations at Monterrey for 2025 arriving at once
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Map<String, Object> claim = Claims.valid("MTY");
      claim.put("applicationDate", "2025-06-02");
      claim.put("entryDate", "2025-05-20");
      futures.add(pool.submit(() -> post("admin", "/api/claims", claim)));
    }
    List<Integer> sequences = new ArrayList<>();
    for (Future<ResponseEntity<String>> future : futures) {
      ResponseEntity<String> response = future.get();
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
      assertThat(caseNumber).startsWith("MTY-2025-");
      sequences.add(Integer.parseInt(caseNumber.substring("MTY-2025-".length())));
    }
    pool.shutdown();

    // Then the numbers are distinct and leave no gap
    assertThat(sequences).doesNotHaveDuplicates();
    assertThat(sequences.stream().mapToInt(i -> i).max().getAsInt()
        - sequences.stream().mapToInt(i -> i).min().getAsInt()).isEqualTo(7);
  }

  @Test
  void shouldLeaveNoClaimAndNoNumberBehindWhenTheProcessCannotStart() throws Exception {
    // Given a registration officer whom the engine does not allow to start claims
    User user = engine.getIdentityService().newUser("blockedTap");
    user.setPassword("blockedTap");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership("blockedTap", "registrationTap");
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("blockedTap");
    revoke.setResource(Resources.PROCESS_DEFINITION);
    revoke.setResourceId(AsylumClaimProcess.KEY);
    revoke.removePermission(Permissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(revoke);
    Map<String, Object> claim = Claims.valid("GDL");
    claim.put("office", "TAP");
    claim.put("applicationDate", "2024-03-04");
    claim.put("entryDate", "2024-03-01");
    int claimsBefore = countClaims();

    // When they register a claim, the claim rows are written and then the process start is refused
    ResponseEntity<String> refused = post("blockedTap", "/api/claims", claim);

    // Then the whole registration is undone: no claim, and the next claim gets the number that was not used
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(countClaims()).isEqualTo(claimsBefore);
    ResponseEntity<String> next = post("registrationTap", "/api/claims", claim);
    assertThat(json.readTree(next.getBody()).get("caseNumber").asText()).isEqualTo("TAP-2024-000001");
  }

  @Test
  void shouldRefuseRegistrationAtAnotherOffice() {
    ResponseEntity<String> response = post("registrationTap", "/api/claims", Claims.valid("CDMX"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldHideAClaimFromAnotherOfficesOfficers() throws Exception {
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    String processInstanceId = processInstanceOf(caseNumber);
    awaitJobs(processInstanceId);

    // Mexico City officers get 403 from our API and see none of its tasks in the engine's
    assertThat(get("eligibilityCdmx", "/api/claims/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(get("eligibilityCdmx", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
        .getBody())).isEmpty();
    // while Tapachula's eligibility officers see the interview
    assertThat(json.readTree(get("eligibilityTap", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
        .getBody())).hasSize(1);
    assertThat(get("eligibilityTap", "/api/claims/TAP-1999-999999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // the claim's variables (what the queue shows) are readable at its office only
    assertThat(get("eligibilityTap", "/engine-rest/process-instance/" + processInstanceId + "/variables/caseNumber")
        .getBody()).contains(caseNumber);
    assertThat(get("eligibilityCdmx", "/engine-rest/process-instance/" + processInstanceId + "/variables/caseNumber")
        .getStatusCode().is2xxSuccessful()).isFalse();
  }

  @Test
  void shouldRequireAuthenticationForTheApiAndTheEngineRestApi() {
    assertThat(get(null, "/api/claims/TAP-2026-000001").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post(null, "/api/claims", Claims.valid("TAP")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password also delays that user's next logins (the engine's brute-force protection): use a user no
    // other test needs
    assertThat(http.withBasicAuth("archiveCdmx", "wrong").getForEntity("/api/claims/X", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("registrationTap", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private int countClaims() {
    return jdbc.queryForObject("select count(*) from refugio.claim", Integer.class);
  }
}
