package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The legal procedure's time limits through the API and the officers' queues: ratification, late filing, the decision
 * deadline with its extension, alert and breach, and a declared non-working day moving a running claim's deadlines.
 */
class LegalProcedureIT extends IntegrationTest {

  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

  @Autowired
  ObjectMapper json;
  @Autowired
  BusinessCalendar calendar;

  @Test
  void shouldQueueTheRatificationWithItsDeadlineWhenARepresentativeFiled() throws Exception {
    // Given a claim filed today by a representative
    Map<String, Object> claim = filedToday();
    claim.put("filedByRepresentative", true);
    String caseNumber = register("registrationTap", claim);

    // Then the registration officers must have it ratified in person within 3 business days
    JsonNode ratification = Claims.deadline(status(caseNumber), "ratificationDue");
    assertThat(ratification.get("dueDate").asText()).isEqualTo(calendar.addBusinessDays(today(), 3).toString());
    assertThat(ratification.get("name").asText()).contains("3 días hábiles");
    String task = claimTask("registrationTap", caseNumber, "user_ratify_claim");

    // When the applicant ratifies in person
    submitOk("registrationTap", task, Map.of("ratifiedOn", today().toString(), "identityVerified", true,
        "ratifiedInPerson", true));

    // Then the ratification is recorded and the claim goes to its interview
    assertThat(jdbc.queryForObject("select ratified_on from refugio.claim where case_number = ?", LocalDate.class,
        caseNumber)).isEqualTo(today());
    claimTask("eligibilityTap", caseNumber, "user_conduct_interview");
    assertThat(status(caseNumber).get("deadlines").findValuesAsText("key")).doesNotContain("ratificationDue");
  }

  @Test
  void shouldIssueAPreventionNoticeInmAndGoOnWhenTheLateFilingIsJustified() throws Exception {
    // Given a claim filed more than 30 business days after entry
    Map<String, Object> claim = filedToday();
    claim.put("entryDate", today().minusMonths(3).toString());
    String caseNumber = register("registrationTap", claim);

    // Then the applicant has 5 business days from today to explain the causes, and INM must be told within 72 hours
    LocalDate today = today();
    JsonNode reply = Claims.deadline(status(caseNumber), "preventionReplyDue");
    assertThat(reply.get("dueDate").asText()).isEqualTo(calendar.addBusinessDays(today, 5).toString());
    String instance = processInstanceOf(caseNumber);
    Date noticeDue = (Date) engine.getRuntimeService().getVariable(instance, AsylumClaimProcess.INM_NOTICE_DUE.name());
    assertThat(noticeDue.getTime() - System.currentTimeMillis()).isBetween(71 * 3_600_000L, 72 * 3_600_000L);
    String assessment = claimTask("eligibilityTap", caseNumber, "user_assess_prevention_reply");

    // When INM is told through its adapter (the stand-in) and the officer accepts the applicant's explanation
    awaitJobs(instance);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(AsylumClaimProcess.Elements.USER_NOTIFY_INM).count()).as("no officer writes to INM").isZero();
    submitOk("eligibilityTap", assessment, Map.of("preventionReplied", true,
        "preventionReply", "No sabía que podía pedir refugio hasta que una organización me lo explicó.",
        "explanationAccepted", true,
        "preventionAssessment", "Relato coherente: desconocía el procedimiento, lo que justifica la demora."));

    // Then the prevención is on record and the claim is triaged and interviewed
    Map<String, Object> prevention = jdbc.queryForMap("select p.* from refugio.late_filing_prevention p "
        + "join refugio.claim c on c.id = p.claim_id where c.case_number = ?", caseNumber);
    assertThat(prevention.get("inm_notice_reference").toString()).startsWith("INM-SI-");
    assertThat(prevention.get("inm_notice_sent_on").toString()).isEqualTo(today.toString());
    assertThat(jdbc.queryForObject("select answer from refugio.interop_exchange where claim_id = ? "
        + "and kind = 'LATE_FILING_NOTICE'", String.class, prevention.get("claim_id")))
        .isEqualTo(prevention.get("inm_notice_reference"));
    assertThat(prevention).containsEntry("replied", true).containsEntry("explanation_accepted", true)
        .containsEntry("assessed_by", "eligibilityTap");
    claimTask("eligibilityTap", caseNumber, "user_conduct_interview");
  }

  @Test
  void shouldRefuseToAcceptCausesTheApplicantNeverGave() throws Exception {
    Map<String, Object> claim = filedToday();
    claim.put("entryDate", today().minusMonths(3).toString());
    String caseNumber = register("registrationTap", claim);
    String assessment = claimTask("eligibilityTap", caseNumber, "user_assess_prevention_reply");

    ResponseEntity<String> refused = submit("eligibilityTap", assessment, Map.of("preventionReplied", false,
        "explanationAccepted", true, "preventionAssessment", "Se admite aunque no respondió la prevención."));

    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("no respondió la prevención");
    assertThat(engine.getTaskService().createTaskQuery().taskId(assessment).count()).isEqualTo(1);
  }

  @Test
  void shouldIssueThePreventionAsADocumentOfTheCaseFileWithItsReplyDate() throws Exception {
    // Given a claim filed more than 30 business days after entry
    Map<String, Object> claim = filedToday();
    claim.put("entryDate", today().minusMonths(3).toString());
    String caseNumber = register("registrationTap", claim);

    // Then its documents include the prevención, whose PDF tells the applicant the last day to explain the delay
    JsonNode prevention = null;
    for (JsonNode document : status(caseNumber).get("documents")) {
      if ("PREVENTION".equals(document.get("type").asText())) {
        prevention = document;
      }
    }
    assertThat(prevention).as("the prevención among the claim's documents").isNotNull();
    ResponseEntity<byte[]> pdf = http.withBasicAuth("registrationTap", "registrationTap")
        .getForEntity(prevention.get("href").asText(), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    LocalDate replyDue = calendar.addBusinessDays(today(), 5);
    String longDate =
        replyDue.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX")));
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Expediente: " + caseNumber, "a más tardar el " + longDate);
    }
  }

  @Test
  void shouldExtendTheDecisionDeadlineOnceAndMoveItsTimerAndTasks() throws Exception {
    // Given a regular claim filed today, due for decision in 45 business days
    String caseNumber = register("registrationTap", filedToday());
    String instance = processInstanceOf(caseNumber);
    LocalDate due = calendar.addBusinessDays(today(), 45);
    assertThat(Claims.deadline(status(caseNumber), "decisionDue").get("dueDate").asText()).isEqualTo(due.toString());

    // When an eligibility officer tries to extend it, or a supervisor gives no valid reason
    assertThat(post("eligibilityTap", "/api/claims/" + caseNumber + "/extension",
        Map.of("reason", "NO_INTERPRETER", "detail", "No hay intérprete de kiché disponible.")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> invalid = post("reviewTap", "/api/claims/" + caseNumber + "/extension",
        Map.of("reason", "WORKLOAD", "detail", "corto"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(invalid.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("reason", "detail");

    // And when a supervisor of the office grants it for lack of an interpreter
    ResponseEntity<String> granted = post("reviewTap", "/api/claims/" + caseNumber + "/extension",
        Map.of("reason", "NO_INTERPRETER", "detail", "No hay intérprete de kiché disponible en la región."));

    // Then the decision is due 45 business days later, in the status, the engine's timer and the claim's record
    assertThat(granted.getStatusCode()).as(granted.getBody()).isEqualTo(HttpStatus.OK);
    String extendedDue = calendar.addBusinessDays(due, 45).toString();
    JsonNode decision = Claims.deadline(json.readTree(granted.getBody()), "decisionDue");
    assertThat(decision.get("dueDate").asText()).isEqualTo(extendedDue);
    assertThat(decision.get("name").asText()).contains("ampliado 45 por falta de intérprete");
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(AsylumClaimProcess.Elements.TIMER_DECISION_OVERDUE).singleResult();
    assertThat(overdue.getDuedate().toInstant().atZone(MEXICO_CITY).toLocalDate()).hasToString(extendedDue);
    assertThat(jdbc.queryForMap("select e.reason, e.granted_by, e.previous_due from refugio.decision_extension e "
        + "join refugio.claim c on c.id = e.claim_id where c.case_number = ?", caseNumber))
        .containsEntry("reason", "NO_INTERPRETER").containsEntry("granted_by", "reviewTap")
        .containsEntry("previous_due", java.sql.Date.valueOf(due));

    // And a second extension is refused: the law allows one
    ResponseEntity<String> again = post("reviewTap", "/api/claims/" + caseNumber + "/extension",
        Map.of("reason", "FORCE_MAJEURE", "detail", "Cierre de la oficina por inundación."));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).get("message").asText()).contains("una sola ampliación");
  }

  @Test
  void shouldLetTheAlertedSupervisorExtendTheDeadlineFromTasklist() throws Exception {
    // Given a claim whose decision time is 80% gone: the office's reviewers have the alert
    String caseNumber = register("registrationTap", filedToday());
    String instance = processInstanceOf(caseNumber);
    LocalDate due = calendar.addBusinessDays(today(), 45);
    runTimer(instance, AsylumClaimProcess.Elements.TIMER_DECISION_AT_RISK);
    String alert = claimTask("reviewTap", caseNumber, "user_attend_decision_at_risk");

    // When the supervisor chooses to extend it without saying why, the form is refused and the task stays
    ResponseEntity<String> refused = submit("reviewTap", alert, Map.of("riskAction", "EXTENSION_GRANTED",
        "riskNotes", "Sin intérprete de mam hasta enero."));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("Motivo de la ampliación");

    // And when they give the reason the law allows
    submitOk("reviewTap", alert, Map.of("riskAction", "EXTENSION_GRANTED", "extensionReason", "NO_INTERPRETER",
        "riskNotes", "Sin intérprete de mam disponible hasta enero."));

    // Then the decision is due 45 business days later, granted in their name
    JsonNode decision = Claims.deadline(status(caseNumber), "decisionDue");
    assertThat(decision.get("dueDate").asText()).isEqualTo(calendar.addBusinessDays(due, 45).toString());
    assertThat(jdbc.queryForObject("select e.granted_by from refugio.decision_extension e join refugio.claim c "
        + "on c.id = e.claim_id where c.case_number = ?", String.class, caseNumber)).isEqualTo("reviewTap");
    assertThat(dueDay(instance, AsylumClaimProcess.Elements.TIMER_DECISION_OVERDUE))
        .isEqualTo(calendar.addBusinessDays(due, 45));
  }

  @Test
  void shouldFlagTheClaimAndAlertTheReviewersAsTheDecisionDeadlineRunsOut() throws Exception {
    // Given a claim still waiting for its interview
    String caseNumber = register("registrationTap", filedToday());
    String instance = processInstanceOf(caseNumber);

    // When 80% of the decision time has passed, and then all of it
    runTimer(instance, AsylumClaimProcess.Elements.TIMER_DECISION_AT_RISK);
    runTimer(instance, AsylumClaimProcess.Elements.TIMER_DECISION_OVERDUE);

    // Then the office's reviewers have a task to act on it, and the status shows the breach
    claimTask("reviewTap", caseNumber, "user_attend_decision_at_risk");
    assertThat(Claims.deadline(status(caseNumber), "decisionDue").get("breached").asBoolean()).isTrue();
    claimTask("eligibilityTap", caseNumber, "user_conduct_interview");
  }

  @Test
  void shouldMoveARunningClaimsDeadlinesWhenPolicyStaffDeclareANonWorkingDay() throws Exception {
    // Given a regular claim filed today, due for decision in 45 business days
    String caseNumber = register("registrationTap", filedToday());
    String instance = processInstanceOf(caseNumber);
    LocalDate due = calendar.addBusinessDays(today(), 45);
    LocalDate declared = calendar.addBusinessDays(today(), 10);
    try {
      // When policy staff declare a business day before it non-working, by a published agreement
      ResponseEntity<String> response = post("policyTap", "/api/calendar/non-working-days", Map.of(
          "date", declared.toString(), "reason", "Suspensión de labores", "reference", "DOF 01/12/2026"));
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);

      // Then the claim's decision is due one business day later: in its status, its record, its timer and its task
      LocalDate moved = calendar.addBusinessDays(due, 1);
      assertThat(calendar.addBusinessDays(today(), 45)).isEqualTo(moved);
      assertThat(Claims.deadline(status(caseNumber), "decisionDue").get("dueDate").asText())
          .isEqualTo(moved.toString());
      assertThat(jdbc.queryForObject("select decision_due from refugio.claim where case_number = ?",
          LocalDate.class, caseNumber)).isEqualTo(moved);
      assertThat(dueDay(instance, AsylumClaimProcess.Elements.TIMER_DECISION_OVERDUE)).isEqualTo(moved);
      Date interviewDue = engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey(AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW).singleResult().getDueDate();
      assertThat(interviewDue.toInstant().atZone(MEXICO_CITY).toLocalDate()).isEqualTo(moved);
    } finally {
      // When the day is removed again, everything moves back
      call("policyTap", HttpMethod.DELETE, "/api/calendar/non-working-days/" + declared, null, Map.of());
    }
    assertThat(Claims.deadline(status(caseNumber), "decisionDue").get("dueDate").asText()).isEqualTo(due.toString());
    assertThat(dueDay(instance, AsylumClaimProcess.Elements.TIMER_DECISION_OVERDUE)).isEqualTo(due);
  }

  private LocalDate dueDay(String instance, String timerId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timerId)
        .singleResult().getDuedate().toInstant().atZone(MEXICO_CITY).toLocalDate();
  }

  private void runTimer(String instance, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId)
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  /** A Guatemalan applicant at Tapachula, filed today: the triage rules give the regular modality. */
  private static Map<String, Object> filedToday() {
    Map<String, Object> claim = Claims.valid("TAP");
    claim.put("applicationDate", today().toString());
    claim.put("entryDate", today().minusDays(10).toString());
    claim.put("applicant", Claims.person("Marta Elena", "Xicará Tzoc", "F", "1987-04-12", "GT"));
    claim.remove("dependants");
    return claim;
  }

  private static LocalDate today() {
    return LocalDate.now(MEXICO_CITY);
  }

  private String register(String officer, Map<String, Object> claim) throws Exception {
    ResponseEntity<String> response = post(officer, "/api/claims", claim);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return caseNumber;
  }

  private JsonNode status(String caseNumber) throws Exception {
    return json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody());
  }
}
