package org.refugio.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A claim that needs an interpreter gets one through the default run's stand-in provider, which confirms on the
 * signed webhook; forged and repeated callbacks change nothing.
 */
class InterpretationBookingIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  InterpretationProperties properties;

  @Test
  void shouldBookTheInterpreterAndDueTheInterviewAtTheConfirmedSlot() throws Exception {
    // Given a Haitian Creole speaker's claim
    String caseNumber = register("ht");

    // When the provider confirms through the webhook
    Task interview = awaitTask(caseNumber, AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW);

    // Then the interview is due at the confirmed slot, with the interpreter on the task, and the cost is recorded
    Map<String, Object> booking = jdbc.queryForMap("select b.* from refugio.interpretation_booking b "
        + "join refugio.claim c on c.id = b.claim_id where c.case_number = ?", caseNumber);
    assertThat(booking.get("status")).isEqualTo("CONFIRMED");
    assertThat(booking.get("cost_mxn").toString()).isEqualTo("850.00");
    assertThat(interview.getDueDate().toInstant())
        .isEqualTo(((java.sql.Timestamp) booking.get("starts_at")).toInstant());
    assertThat(engine.getTaskService().getVariable(interview.getId(), AsylumClaimProcess.INTERPRETER_NAME.name()))
        .isEqualTo(booking.get("interpreter_name"));
    // and the provider was told nothing about the person
    assertThat(booking.get("reference").toString()).doesNotContain(caseNumber);
  }

  @Test
  void shouldRefuseAForgedCallbackAndIgnoreARepeatedOne() throws Exception {
    // Given a confirmed booking
    String caseNumber = register("fr");
    awaitTask(caseNumber, AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW);
    Map<String, Object> before = jdbc.queryForMap("select b.* from refugio.interpretation_booking b "
        + "join refugio.claim c on c.id = b.claim_id where c.case_number = ?", caseNumber);
    String reference = before.get("reference").toString();
    byte[] body = JSON.writeValueAsBytes(event(reference, "Otra persona"));

    // When someone without the secret posts a callback
    ResponseEntity<String> forged = callback(body, WebhookSignature.sign("wrong-secret", body));
    ResponseEntity<String> unsigned = callback(body, null);

    // Then it is refused and nothing changes
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(JSON.readTree(forged.getBody()).get("message").asText()).contains("Firma inválida");

    // When the provider repeats a callback (here, with other data)
    ResponseEntity<String> repeated = callback(body, WebhookSignature.sign(properties.webhookSecret(), body));

    // Then it is acknowledged and changes nothing
    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(repeated.getBody()).get("outcome").asText()).isEqualTo("UNCHANGED");
    assertThat(jdbc.queryForMap("select * from refugio.interpretation_booking where reference = ?", reference))
        .isEqualTo(before);
  }

  @Test
  void shouldLetTheOfficesCoordinatorScheduleByHandWhenTheProviderDoesNotConfirmInTime() throws Exception {
    // Given a claim of a Spanish speaker, and a booking for it whose confirmation will not come in time
    String caseNumber = register("es");
    long claimId = jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
    String booking = engine.getRuntimeService().startProcessInstanceByKey(InterpretationBookingProcess.KEY,
        caseNumber, Map.of(InterpretationBookingProcess.CLAIM_ID.name(), claimId,
            InterpretationBookingProcess.OFFICE.name(), "TAP", InterpretationBookingProcess.LANGUAGE.name(), "ar",
            InterpretationBookingProcess.INTERPRETER_GENDER.name(), "F")).getId();
    awaitJobs(booking);
    String timer = engine.getManagementService().createJobQuery().processInstanceId(booking).timers()
        .singleResult().getId();
    engine.getManagementService().executeJob(timer);

    // When a Tapachula interpretation coordinator books by hand from the queue
    String task = claimTask("interpretationTap", caseNumber, InterpretationBookingProcess.Elements.USER_SCHEDULE_INTERPRETER);
    LocalDate interviewDay = LocalDate.now().plusDays(30);
    submitOk("interpretationTap", task, Map.of("manualInterpreterName", "Intérprete de árabe",
        "manualInterviewDate", interviewDay.toString(), "manualInterviewTime", "10:30", "manualCostMxn", 1200.5));

    // Then the booking records the slot and the cost, and the provider's late confirmation changes nothing
    Map<String, Object> row = jdbc.queryForMap("select * from refugio.interpretation_booking where claim_id = ?",
        claimId);
    assertThat(row.get("status")).isEqualTo("MANUAL");
    assertThat(row.get("cost_mxn").toString()).isEqualTo("1200.50");
    assertThat(((java.sql.Timestamp) row.get("starts_at")).toInstant())
        .isEqualTo(interviewDay.atTime(10, 30).atZone(ZoneId.of("America/Mexico_City")).toInstant());
    Thread.sleep(2 * properties.standInDelay().toMillis());
    assertThat(jdbc.queryForObject("select status from refugio.interpretation_booking where claim_id = ?",
        String.class, claimId)).isEqualTo("MANUAL");
  }

  @Test
  void shouldSayWhatIsWrongWithASignedButIncompleteCallback() throws Exception {
    Map<String, Object> incomplete = new LinkedHashMap<>();
    incomplete.put("type", "CONFIRMED");
    incomplete.put("reference", "INT-0-1");
    byte[] body = JSON.writeValueAsBytes(incomplete);

    ResponseEntity<String> response = callback(body, WebhookSignature.sign(properties.webhookSecret(), body));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = JSON.readTree(response.getBody()).get("errors");
    assertThat(errors.toString()).contains("startsAt", "interpreterName", "costMxn");
  }

  private ResponseEntity<String> callback(byte[] body, String signature) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (signature != null) {
      headers.add(WebhookSignature.HEADER, signature);
    }
    return http.postForEntity("/webhooks/interpretation", new HttpEntity<>(new String(body, StandardCharsets.UTF_8),
        headers), String.class);
  }

  private static Map<String, Object> event(String reference, String interpreter) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", "evt-test");
    event.put("type", "CONFIRMED");
    event.put("reference", reference);
    event.put("providerReference", "P-test");
    event.put("interpreterName", interpreter);
    event.put("startsAt", "2027-01-05T10:00:00-06:00");
    event.put("costMxn", 1.0);
    return event;
  }

  private String register(String language) throws Exception {
    return registerClaim(Claims.alone("TAP", applicant -> applicant.put("languages", List.of(language))));
  }

  private Task awaitTask(String caseNumber, String step) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey(step).singleResult();
      if (task != null) {
        return task;
      }
      assertThat(Instant.now()).as("claim %s reaches %s", caseNumber, step).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
