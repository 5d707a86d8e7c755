package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.junit.jupiter.api.Test;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A claim from the Tasklist start form to closure, as the officers of each group do it: through the engine's REST
 * API, which is what Tasklist calls, with their own credentials and the engine's authorization checks.
 */
class ClaimJourneyIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;
  @Autowired
  BusinessCalendar calendar;

  @Test
  void shouldTakeAClaimFromTheStartFormToClosureThroughEveryGroupsQueue() throws Exception {
    // Given a registration officer submits the start form
    ResponseEntity<String> started = post("registrationTap",
        "/engine-rest/process-definition/key/asylum-claim/submit-form", Map.of("variables", startForm()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseNumber = json.readTree(started.getBody()).get("businessKey").asText();
    assertThat(caseNumber).matches("TAP-2026-\\d{6}");
    String instance = processInstanceOf(caseNumber);

    // Then the claim and its people are in Refugio's tables, and the form's personal data left the instance
    assertThat(jdbc.queryForObject("select count(*) from refugio.person p join refugio.claim c on c.id = p.claim_id "
        + "where c.case_number = ? and p.given_names = 'Wilner'", Integer.class, caseNumber)).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariables(instance)).doesNotContainKeys("givenNames", "familyNames",
        "dateOfBirth", "address").containsEntry("applicantName", "Wilner Joseph");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableNameIn("givenNames", "familyNames", "dateOfBirth", "address", "languages").count()).isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
        .list()).noneMatch(d -> d.toString().contains("1988-02-14") || d.toString().contains("Albergue"));
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).formFields()
        .list()).extracting(d -> ((HistoricFormField) d).getFieldId())
        .doesNotContain("givenNames", "familyNames", "dateOfBirth", "address").contains("office");

    // When the constancia is issued, Haitian Creole speakers go to the regular interview of Tapachula
    awaitJobs(instance);
    // and get their interpreter from the (stand-in) provider first
    awaitInterpreterBooked(instance);
    String interview = claimTask("eligibilityTap", caseNumber, "user_conduct_interview");

    // An interview without its summary is refused with the field's name, and the task stays
    ResponseEntity<String> incomplete = submit("eligibilityTap", interview, Map.of("interviewDate", "2026-11-24"));
    assertThat(incomplete.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(json.readTree(incomplete.getBody()).get("message").asText()).contains("Resumen de la entrevista");
    assertThat(engine.getTaskService().createTaskQuery().taskId(interview).count()).isEqualTo(1);

    assertThat(submit("eligibilityTap", interview, Map.of("interviewDate", "2026-11-24", "interpreterUsed", true,
        "interviewSummary", "La persona relata amenazas de una pandilla tras negarse a pagar extorsión; "
            + "el relato es coherente con la información del país.")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    String assessment = claimTask("eligibilityTap", caseNumber, "user_assess_claim");
    submitOk("eligibilityTap", assessment, Map.of("credibility", "CREDIBLE", "proposedOutcome", "RECOGNIZED_1951",
        "assessment", "Temor fundado de persecución por pertenencia a un grupo social determinado; el relato es "
            + "coherente, detallado y consistente con la información del país de origen consultada."));

    String review = claimTask("reviewTap", caseNumber, "user_review_assessment");
    submitOk("reviewTap", review, Map.of("reviewApproved", true));

    String decision = claimTask("reviewTap", caseNumber, "user_decide_claim");
    submitOk("reviewTap", decision, Map.of("outcome", "RECOGNIZED_1951", "resolutionGrounds",
        "Se reconoce la condición de refugiado con fundamento en el artículo 13, fracción I, de la Ley sobre "
            + "Refugiados, Protección Complementaria y Asilo Político, por las razones expuestas en la evaluación."));
    awaitJobs(instance);

    String notification = claimTask("registrationTap", caseNumber, "user_notify_resolution");
    LocalDate notifiedOn = LocalDate.now(ZoneId.of("America/Mexico_City"));
    submitOk("registrationTap", notification, Map.of("notificationDate", notifiedOn.toString(),
        "notificationMethod", "IN_PERSON", "applicantUnderstood", true, "interpreterUsed", true));

    // Then the applicant has 15 business days to appeal, counted from the business day after the notification
    JsonNode window = json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody());
    assertThat(window.get("status").asText()).isEqualTo("OPEN");
    assertThat(window.at("/deadlines/0/key").asText()).isEqualTo("appealDue");
    assertThat(window.at("/deadlines/0/name").asText()).startsWith("Recurso de revisión");
    assertThat(window.at("/deadlines/0/dueDate").asText())
        .isEqualTo(calendar.addBusinessDays(notifiedOn, 15).toString());

    // When the window lapses without an appeal
    var timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());

    // Then the decision is final: the claim is closed as recognized, with its constancia and its resolution
    JsonNode status = json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody());
    assertThat(status.get("status").asText()).isEqualTo("CLOSED");
    assertThat(status.get("outcome").asText()).isEqualTo("RECOGNIZED_1951");
    assertThat(status.get("closureReason").asText()).isEqualTo("DECISION");
    assertThat(status.get("currentSteps")).isEmpty();
    assertThat(status.get("documents").findValuesAsText("type")).containsExactlyInAnyOrder("CONSTANCIA", "RESOLUTION");
  }

  @Test
  void shouldRefuseAnInvalidStartFormAndLeaveNothingBehind() throws Exception {
    Map<String, Object> form = startForm();
    form.remove("entryPlace");
    form.put("dateOfBirth", Map.of("value", "2090-01-01"));
    // claims only: other tests' claims start inclusion referrals and appeals in the background meanwhile
    long instancesBefore = claimInstances();
    int claimsBefore = jdbc.queryForObject("select count(*) from refugio.claim", Integer.class);

    ResponseEntity<String> refused = post("registrationTap",
        "/engine-rest/process-definition/key/asylum-claim/submit-form", Map.of("variables", form));

    // the engine's REST API reports a failed start as a server error carrying our message, which Tasklist shows
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    String message = json.readTree(refused.getBody()).get("message").asText();
    assertThat(message).contains("Indique el lugar de ingreso a México", "fecha de nacimiento no puede ser futura");
    assertThat(claimInstances()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from refugio.claim", Integer.class)).isEqualTo(claimsBefore);
  }

  private long claimInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(AsylumClaimProcess.KEY).count();
  }

  @Test
  void shouldRefuseTheStartFormForAnotherOffice() throws Exception {
    Map<String, Object> form = startForm();
    form.put("office", Map.of("value", "CDMX"));

    ResponseEntity<String> refused = post("registrationTap",
        "/engine-rest/process-definition/key/asylum-claim/submit-form", Map.of("variables", form));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("CDMX");
  }

  /** What Tasklist submits for the register-claim form: plain values, lists as Json. */
  private static Map<String, Object> startForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("office", Map.of("value", "TAP"));
    form.put("applicationDate", Map.of("value", "2026-11-20"));
    form.put("entryDate", Map.of("value", "2026-11-10"));
    form.put("entryPlace", Map.of("value", "Ciudad Hidalgo"));
    form.put("detained", Map.of("value", false));
    form.put("filedByRepresentative", Map.of("value", false));
    form.put("givenNames", Map.of("value", "Wilner"));
    form.put("familyNames", Map.of("value", "Joseph"));
    form.put("sex", Map.of("value", "M"));
    form.put("dateOfBirth", Map.of("value", "1988-02-14"));
    form.put("nationality", Map.of("value", "HT"));
    form.put("languages", Map.of("value", "[\"ht\",\"fr\"]", "type", "Json"));
    form.put("specificNeedCodes", Map.of("value", "[]", "type", "Json"));
    form.put("address", Map.of("value", "Albergue Belén, Tapachula"));
    form.put("hasDependants", Map.of("value", false));
    return form;
  }
}
