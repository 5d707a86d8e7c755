package org.refugio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
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
 * The rules workbench API on the real stack: a policy officer changes claim-triage, proves it with the test cases,
 * sees its impact, a colleague approves it, the next claim is triaged by it; and every refusal. Each test that deploys
 * a version deploys the original again at the end, so that the other tests sharing the context see the shipped rules.
 */
class RulesWorkbenchIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRIAGE = "claim-triage";
  private static final String INTERVIEW = "interview-requirements";
  private static final String AUTHOR = "policyTap";
  private static final String REVIEWER = "policyCdmx";
  private static final String CARTAGENA = "\"VE\",\"HN\",\"SV\"";

  @Test
  void shouldListTheDeployedDecisionsWithTheirVersionsWhenAPolicyOfficerAsks() throws Exception {
    ResponseEntity<String> response = get(AUTHOR, "/api/rules");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode decisions = JSON.readTree(response.getBody());
    assertThat(decisions.findValuesAsText("key")).contains(TRIAGE, "legal-deadlines");
    JsonNode versions = JSON.readTree(get(AUTHOR, "/api/rules/" + TRIAGE + "/versions").getBody());
    assertThat(versions.get(0).get("latest").asBoolean()).isTrue();
    assertThat(versions.get(versions.size() - 1).get("origin").asText()).isEqualTo("APPLICATION");
    assertThat(versions.get(0).get("deployedAt").asText()).isNotEmpty();
  }

  @Test
  void shouldRefuseEveryoneButPolicyStaffAndAdministratorsWhenTheyUseTheWorkbench() {
    assertThat(get("registrationTap", "/api/rules").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("managerTap", "/api/rules/" + TRIAGE + "/versions").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postXml("eligibilityTap", "/api/rules/" + TRIAGE + "/drafts", "<x/>").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, "/api/rules").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("admin", "/api/rules").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldRefuseAndStoreNothingWhenTheDraftIsMalformedXml() throws Exception {
    long drafts = jdbc.queryForObject("select count(*) from refugio.rule_draft", Long.class);

    ResponseEntity<String> response = postXml(AUTHOR, "/api/rules/" + TRIAGE + "/drafts", "<definitions><decision");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(body.get("message").asText()).contains("El XML no es un DMN válido");
    assertThat(body.get("errors").get(0).has("rule")).isTrue();
    assertThat(body.get("errors").get(0).has("column")).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from refugio.rule_draft", Long.class)).isEqualTo(drafts);
  }

  @Test
  void shouldShowTheRuleAndColumnAndRefuseSubmissionWhenACellHasAFeelError() throws Exception {
    int before = latestVersion();
    String draft = triageXml().replace(CARTAGENA, "\"VE\",,\"HN\"");
    long id = createDraft(draft);

    JsonNode validation = JSON.readTree(get(AUTHOR, "/api/rules/drafts/" + id + "/validation").getBody());
    assertThat(validation.get("valid").asBoolean()).isFalse();
    assertThat(validation.get("errors").get(0).get("rule").asText()).isEqualTo("rule_simplified_nationality");
    assertThat(validation.get("errors").get(0).get("ruleNumber").asInt()).isEqualTo(9);
    assertThat(validation.get("errors").get(0).get("column").asText()).isEqualTo("nationality");

    ResponseEntity<String> submitted = post(AUTHOR, "/api/rules/drafts/" + id + "/submit",
        Map.of("reason", "prueba"));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    JsonNode body = JSON.readTree(submitted.getBody());
    assertThat(body.get("message").asText()).contains("Regla 9 (rule_simplified_nationality)")
        .contains("Nacionalidad").contains("FEEL");
    assertThat(body.get("errors").get(0).get("column").asText()).isEqualTo("nationality");
    assertThat(latestVersion()).isEqualTo(before);
  }

  @Test
  void shouldRefuseSubmissionWhenAnInputNamesAnUnknownVariableOrAnOutputHasTheWrongType() throws Exception {
    long unknownInput = createDraft(triageXml().replace("<text>lateFiling</text>", "<text>filedLate</text>"));
    ResponseEntity<String> refused = post(AUTHOR, "/api/rules/drafts/" + unknownInput + "/submit",
        Map.of("reason", "prueba"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("column").asText()).isEqualTo("filedLate");
    assertThat(refused.getBody()).contains("no proporciona");

    long wrongType = createDraft(triageXml().replaceFirst(
        "(<outputEntry id=\"rule_regular_then_priority\">\\s*<text>)50(</text>)", "$1\"alta\"$2"));
    ResponseEntity<String> refusedType = post(AUTHOR, "/api/rules/drafts/" + wrongType + "/submit",
        Map.of("reason", "prueba"));
    assertThat(refusedType.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    JsonNode error = JSON.readTree(refusedType.getBody()).get("errors").get(0);
    assertThat(error.get("rule").asText()).isEqualTo("rule_regular");
    assertThat(error.get("column").asText()).isEqualTo("priority");
    assertThat(error.get("message").asText()).contains("no es de tipo integer");
  }

  @Test
  void shouldRefuseAnInterviewRequirementsDraftWhoseRuleAsksForAnUnknownGenderOrNamesAnUnknownInput()
      throws Exception {
    String deployed = get(AUTHOR, "/api/rules/interview-requirements/dmn").getBody();
    assertThat(deployed).contains("<text>interpreterGenderPreference</text>");

    // a rule asking for an interpreter gender the provider does not know
    long badGender = createDraft(INTERVIEW, deployed.replaceFirst(
        "(<outputEntry id=\"rule_prefers_woman_other_language_then_interpreter_gender\">\\s*<text>)[^<]*(</text>)",
        "$1&quot;MUJER&quot;$2"));
    ResponseEntity<String> refused = post(AUTHOR, "/api/rules/drafts/" + badGender + "/submit",
        Map.of("reason", "prueba"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("message").asText())
        .contains("\"MUJER\" no es un valor permitido");

    // an input the process does not provide
    long unknownInput = createDraft(INTERVIEW, deployed.replace("<text>interpreterGenderPreference</text>",
        "<text>preferencia</text>"));
    ResponseEntity<String> refusedInput = post(AUTHOR, "/api/rules/drafts/" + unknownInput + "/submit",
        Map.of("reason", "prueba"));
    assertThat(refusedInput.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(JSON.readTree(refusedInput.getBody()).get("errors").get(0).get("column").asText())
        .isEqualTo("preferencia");

    // while the deployed table itself is valid
    long unchanged = createDraft(INTERVIEW, deployed);
    JsonNode validation = JSON.readTree(get(AUTHOR, "/api/rules/drafts/" + unchanged + "/validation").getBody());
    assertThat(validation.get("valid").asBoolean()).as(validation.toString()).isTrue();
  }

  @Test
  void shouldTriageTheNextClaimByTheApprovedRuleWhenAColleagueApprovesIt() throws Exception {
    int original = latestVersion();
    String shipped = triageXml();
    // Given an open Guatemalan claim, triaged REGULAR by the shipped rules
    String openCase = registerClaim("GT");
    assertThat(modalityOf(openCase)).isEqualTo("REGULAR");
    JsonNode ordinary = testCase("Solicitud ordinaria (GT en plazo, sin nada especial)");
    try {
      // When a policy officer adds GT to the nationalities with a presumption of inclusion
      long id = createDraft(shipped.replace(CARTAGENA, "\"VE\",\"HN\",\"SV\",\"GT\""));

      // Then the test case of the ordinary Guatemalan claim fails, and the draft cannot be submitted
      JsonNode validation = JSON.readTree(get(AUTHOR, "/api/rules/drafts/" + id + "/validation").getBody());
      assertThat(validation.get("valid").asBoolean()).isTrue();
      assertThat(validation.get("testsFailed").asInt()).isEqualTo(1);
      assertThat(validation.get("submittable").asBoolean()).isFalse();
      ResponseEntity<String> refused = post(AUTHOR, "/api/rules/drafts/" + id + "/submit",
          Map.of("reason", "Presunción de inclusión para GT"));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(refused.getBody()).contains("Solicitud ordinaria (GT").contains("se esperaba modality = REGULAR");

      // And the impact preview shows the open Guatemalan claim moving from REGULAR to SIMPLIFIED
      JsonNode impact = JSON.readTree(get(AUTHOR, "/api/rules/drafts/" + id + "/impact").getBody());
      JsonNode change = findChange(impact, "modality: REGULAR → SIMPLIFIED");
      assertThat(change.get("caseNumbers").toString()).contains(openCase);
      assertThat(impact.get("openClaims").asInt()).isGreaterThanOrEqualTo(impact.get("changedClaims").asInt());

      // When the officer updates the test case to the intended result, submits with a reason
      assertThat(call(AUTHOR, HttpMethod.PUT, "/api/rules/" + TRIAGE + "/test-cases/" + ordinary.get("id").asLong(),
          Map.of("name", ordinary.get("name").asText(), "inputs", JSON.convertValue(ordinary.get("inputs"), Map.class),
              "expected", Map.of("modality", "SIMPLIFIED", "priority", 50, "interviewType", "SIMPLIFIED",
                  "seniorReview", false)), Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(post(AUTHOR, "/api/rules/drafts/" + id + "/submit",
          Map.of("reason", "Presunción de inclusión para GT")).getStatusCode()).isEqualTo(HttpStatus.OK);

      // Then the author cannot approve it
      ResponseEntity<String> selfApproval = post(AUTHOR, "/api/rules/drafts/" + id + "/approve", Map.of());
      assertThat(selfApproval.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(selfApproval.getBody()).contains("No puede aprobar su propio borrador");
      assertThat(latestVersion()).isEqualTo(original);

      // When a colleague approves it
      ResponseEntity<String> approved = post(REVIEWER, "/api/rules/drafts/" + id + "/approve", Map.of());

      // Then it is deployed as the next version, with who, who approved and why
      assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode version = JSON.readTree(approved.getBody());
      assertThat(version.get("version").asInt()).isEqualTo(original + 1);
      assertThat(version.get("author").asText()).isEqualTo(AUTHOR);
      assertThat(version.get("approver").asText()).isEqualTo(REVIEWER);
      assertThat(version.get("reason").asText()).isEqualTo("Presunción de inclusión para GT");
      assertThat(version.get("deploymentName").asText()).startsWith(RulesWorkbench.DEPLOYMENT_NAME);
      assertThat(latestVersion()).isEqualTo(original + 1);

      // And the next Guatemalan claim is triaged SIMPLIFIED
      assertThat(modalityOf(registerClaim("GT"))).isEqualTo("SIMPLIFIED");

      // And a start-up's auto-deployment does not revert it
      restartDeployment();
      assertThat(latestVersion()).isEqualTo(original + 1);
      assertThat(modalityOf(registerClaim("GT"))).isEqualTo("SIMPLIFIED");
    } finally {
      // restore the shipped rules and test case for the other tests
      restoreTestCase(ordinary);
      if (latestVersion() != original) {
        ResponseEntity<String> rolledBack = post(AUTHOR, "/api/rules/" + TRIAGE + "/rollback",
            Map.of("version", original, "reason", "Fin de la prueba"));
        assertThat(rolledBack.getStatusCode()).as(rolledBack.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(rolledBack.getBody()).get("origin").asText()).isEqualTo("ROLLBACK");
      }
    }
    assertThat(modalityOf(registerClaim("GT"))).isEqualTo("REGULAR");
    assertThat(triageXml()).isEqualTo(shipped);
  }

  @Test
  void shouldRefuseApprovalAndDeployNothingWhenATestCaseFailsSinceSubmission() throws Exception {
    int original = latestVersion();
    long id = createDraft(triageXml());
    assertThat(post(AUTHOR, "/api/rules/drafts/" + id + "/submit", Map.of("reason", "Sin cambios"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // a colleague adds a test case the draft does not pass
    ResponseEntity<String> added = post(REVIEWER, "/api/rules/" + TRIAGE + "/test-cases", Map.of(
        "name", "Detenida siempre acelerada", "inputs", Map.of("detained", true, "nationality", "GT"),
        "expected", Map.of("modality", "ACCELERATED")));
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long testCase = JSON.readTree(added.getBody()).get("id").asLong();
    try {
      ResponseEntity<String> refused = post(REVIEWER, "/api/rules/drafts/" + id + "/approve", Map.of());

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      JsonNode body = JSON.readTree(refused.getBody());
      assertThat(body.get("message").asText()).contains("Detenida siempre acelerada")
          .contains("se esperaba modality = ACCELERATED y resultó MERGED");
      assertThat(body.get("errors").get(0).get("rule").asText()).isEqualTo("rule_detained");
      assertThat(latestVersion()).isEqualTo(original);
    } finally {
      call(REVIEWER, HttpMethod.DELETE, "/api/rules/" + TRIAGE + "/test-cases/" + testCase, null, Map.of());
    }
    // and the draft can still be rejected, with a reason
    ResponseEntity<String> rejected = post(REVIEWER, "/api/rules/drafts/" + id + "/reject",
        Map.of("reason", "No cambia nada"));
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(rejected.getBody()).get("status").asText()).isEqualTo("REJECTED");
    assertThat(post(REVIEWER, "/api/rules/drafts/" + id + "/approve", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void shouldRefuseToDeployADraftWrittenOnAnOlderVersionWhenAnotherWasDeployedSince() throws Exception {
    int original = latestVersion();
    String shipped = triageXml();
    long first = createDraft(shipped);
    long second = createDraft(shipped.replace(CARTAGENA, "\"VE\",\"HN\",\"SV\",\"CU\""));
    for (long id : new long[] {first, second}) {
      assertThat(post(AUTHOR, "/api/rules/drafts/" + id + "/submit", Map.of("reason", "Borrador " + id))
          .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    try {
      assertThat(post(REVIEWER, "/api/rules/drafts/" + first + "/approve", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.OK);

      ResponseEntity<String> refused = post(REVIEWER, "/api/rules/drafts/" + second + "/approve", Map.of());

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(JSON.readTree(refused.getBody()).get("message").asText())
          .contains("se escribió sobre la versión " + original, "se desplegó la versión " + (original + 1));
      assertThat(latestVersion()).isEqualTo(original + 1);
    } finally {
      if (latestVersion() != original) {
        assertThat(post(AUTHOR, "/api/rules/" + TRIAGE + "/rollback", Map.of("version", original))
            .getStatusCode()).isEqualTo(HttpStatus.OK);
      }
    }
  }

  @Test
  void shouldRefuseATestCaseWhenItNamesAnUnknownInput() throws Exception {
    ResponseEntity<String> refused = post(AUTHOR, "/api/rules/" + TRIAGE + "/test-cases", Map.of(
        "name", "x", "inputs", Map.of("pais", "GT"), "expected", Map.of("modality", "REGULAR")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("column").asText()).isEqualTo("pais");
  }

  @Test
  void shouldDownloadTheDmnOfAVersionWhenAsked() {
    ResponseEntity<String> response = get(AUTHOR, "/api/rules/" + TRIAGE + "/dmn?version=1");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("claim-triage-v1.dmn");
    assertThat(response.getBody()).contains("<decision id=\"claim-triage\"");
  }

  @Test
  void shouldPreviewALongerAppealWindowForEveryOpenClaimWhenLegalDeadlinesChange() throws Exception {
    // Given an open claim
    String openCase = registerClaim("HN");
    String deployed = get(AUTHOR, "/api/rules/legal-deadlines/dmn").getBody();
    String draft = deployed.replaceFirst("(<outputEntry id=\"rule_appeal_amount\">\\s*<text>)15(</text>)", "$120$2");
    assertThat(draft).isNotEqualTo(deployed);
    ResponseEntity<String> created = postXml(AUTHOR, "/api/rules/legal-deadlines/drafts", draft);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = JSON.readTree(created.getBody()).get("id").asLong();

    // When the officer previews 20 business days to appeal instead of 15
    JsonNode impact = JSON.readTree(get(AUTHOR, "/api/rules/drafts/" + id + "/impact").getBody());

    // Then every open claim would see it, for the milestone APPEAL only; and the test case for APPEAL fails
    assertThat(impact.get("changedClaims").asInt()).isEqualTo(impact.get("openClaims").asInt());
    JsonNode change = findChange(impact, "milestone APPEAL: amount: 15 → 20");
    assertThat(change.get("caseNumbers").toString()).contains(openCase);
    JsonNode validation = JSON.readTree(get(AUTHOR, "/api/rules/drafts/" + id + "/validation").getBody());
    assertThat(validation.get("testsFailed").asInt()).isEqualTo(1);
  }

  @Test
  void shouldServeTheOpenApiDescriptionWhenAsked() {
    ResponseEntity<String> response = get(null, "/openapi/rules.yaml");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("openapi: 3.0.3", "/api/rules/drafts/{id}/approve");
  }

  @Test
  void shouldSendAnAnonymousVisitorOfThePageToTheLogin() throws Exception {
    // a client that does not follow redirects, to see where the page sends the visitor
    java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + "/rules/")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/welcome/default/");
  }

  // --- helpers

  private ResponseEntity<String> postXml(String user, String path, String xml) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_XML);
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(xml, headers),
        String.class);
  }

  private long createDraft(String xml) throws Exception {
    return createDraft(TRIAGE, xml);
  }

  private long createDraft(String decisionKey, String xml) throws Exception {
    ResponseEntity<String> response = postXml(AUTHOR, "/api/rules/" + decisionKey + "/drafts", xml);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(response.getBody()).get("id").asLong();
  }

  private String triageXml() {
    ResponseEntity<String> response = get(AUTHOR, "/api/rules/" + TRIAGE + "/dmn");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private int latestVersion() {
    DecisionDefinition latest = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(TRIAGE).latestVersion().singleResult();
    return latest.getVersion();
  }

  private JsonNode testCase(String name) throws Exception {
    for (JsonNode testCase : JSON.readTree(get(AUTHOR, "/api/rules/" + TRIAGE + "/test-cases").getBody())) {
      if (name.equals(testCase.get("name").asText())) {
        return testCase;
      }
    }
    throw new AssertionError("No test case " + name);
  }

  private void restoreTestCase(JsonNode testCase) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", testCase.get("name").asText());
    body.put("inputs", JSON.convertValue(testCase.get("inputs"), Map.class));
    body.put("expected", JSON.convertValue(testCase.get("expected"), Map.class));
    assertThat(call(AUTHOR, HttpMethod.PUT, "/api/rules/" + TRIAGE + "/test-cases/" + testCase.get("id").asLong(),
        body, Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static JsonNode findChange(JsonNode impact, String fragment) {
    for (JsonNode change : impact.get("changes")) {
      if (change.get("description").asText().contains(fragment)) {
        return change;
      }
    }
    throw new AssertionError("No change " + fragment + " in " + impact);
  }

  private String registerClaim(String nationality) throws Exception {
    Map<String, Object> claim = Claims.valid("TAP");
    claim.put("applicant", Claims.person("Marta", "López Ruiz", "F", "1988-02-03", nationality));
    claim.remove("dependants");
    ResponseEntity<String> response = post("registrationTap", "/api/claims", claim);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = JSON.readTree(response.getBody()).get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return caseNumber;
  }

  private String modalityOf(String caseNumber) throws Exception {
    return JSON.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody()).get("modality").asText();
  }

  /** Runs the engine's start-up auto-deployment again, exactly as a restart of the application does. */
  private void restartDeployment() throws Exception {
    SpringTransactionsProcessEngineConfiguration configuration =
        (SpringTransactionsProcessEngineConfiguration) engine.getProcessEngineConfiguration();
    assertThat(configuration.isDeployChangedOnly()).isTrue();
    assertThat(configuration.getDeploymentResources()).extracting(r -> r.getFilename())
        .contains(TRIAGE + ".dmn");
    Method autoDeploy = SpringTransactionsProcessEngineConfiguration.class
        .getDeclaredMethod("autoDeployResources", org.camunda.bpm.engine.ProcessEngine.class);
    autoDeploy.setAccessible(true);
    autoDeploy.invoke(configuration, engine);
  }
}
