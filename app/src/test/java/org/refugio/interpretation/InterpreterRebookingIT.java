package org.refugio.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
 * Bookings that fall through are booked again: the provider cancels (through the stand-in, as a newcomer would make
 * it), reschedules (a signed callback), or the interpreter does not come (the officer records it). Each event is
 * kept once; the interview task follows the booking that stands. Claims of office CDMX.
 */
class InterpreterRebookingIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  InterpretationProperties properties;

  @Test
  void shouldBookAgainAndMoveTheInterviewWhenTheProviderCancelsAConfirmedBooking() throws Exception {
    // Given a claim whose interview is due at the stand-in's confirmed slot
    String caseNumber = register("ht");
    Task before = awaitInterview(caseNumber);
    Map<String, Object> first = booking(caseNumber, 1);
    assertThat(first.get("status")).isEqualTo("CONFIRMED");

    // When the (stand-in) provider cancels it, as an interpretation coordinator makes it do in the demo
    ResponseEntity<String> cancel = post("interpretationCdmx",
        "/api/stand-in/interpretation/bookings/" + first.get("reference") + "/cancel", null);
    assertThat(cancel.getStatusCode()).as(cancel.getBody()).isEqualTo(HttpStatus.ACCEPTED);

    // Then a new booking is asked for under a new reference, confirmed, and the open interview moves to its slot
    Map<String, Object> second = await(() -> bookingIfStatus(caseNumber, 2, "CONFIRMED"), "second booking");
    assertThat(booking(caseNumber, 1).get("status")).isEqualTo("CANCELLED");
    assertThat(second.get("reference")).isNotEqualTo(first.get("reference"));
    Task moved = await(() -> {
      Task task = interview(caseNumber);
      return task.getDueDate().toInstant().equals(instant(second)) ? task : null;
    }, "interview moved to the new slot");
    assertThat(moved.getId()).isEqualTo(before.getId());
    assertThat(moved.getDueDate()).isAfter(before.getDueDate());
    // and the history keeps each event, with each booking's cost
    JsonNode bookings = JSON.readTree(get("eligibilityCdmx", "/api/claims/" + caseNumber
        + "/interpreter-bookings?reason=prueba").getBody());
    assertThat(bookings.get("history").findValuesAsText("type")).containsExactly("CONFIRMED", "CANCELLED",
        "CONFIRMED");
    assertThat(bookings.get("bookings").findValuesAsText("costMxn")).containsExactly("850.0", "850.0");
  }

  @Test
  void shouldMoveTheInterviewOnceWhenTheProviderReschedulesAndRefuseAForgedReschedule() throws Exception {
    // Given a claim with a confirmed booking
    String caseNumber = register("fr");
    awaitInterview(caseNumber);
    Map<String, Object> confirmed = booking(caseNumber, 1);
    String reference = confirmed.get("reference").toString();
    OffsetDateTime newSlot = OffsetDateTime.parse("2027-02-10T12:30:00-06:00");
    byte[] body = JSON.writeValueAsBytes(rescheduled(reference, "evt-resched-" + reference, newSlot,
        "Intérprete sustituta"));

    // When someone without the secret posts the new slot
    ResponseEntity<String> forged = callback(body, WebhookSignature.sign("wrong-secret", body));

    // Then it is refused and nothing moves
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(booking(caseNumber, 1)).isEqualTo(confirmed);

    // When the provider signs it, and then repeats it
    ResponseEntity<String> signed = callback(body, sign(body));
    Task interview = interview(caseNumber);
    ResponseEntity<String> repeated = callback(body, sign(body));

    // Then the booking and the interview move once, and the repeat changes nothing
    assertThat(JSON.readTree(signed.getBody()).get("outcome").asText()).isEqualTo("RESCHEDULED");
    assertThat(JSON.readTree(repeated.getBody()).get("outcome").asText()).isEqualTo("UNCHANGED");
    assertThat(interview.getDueDate().toInstant()).isEqualTo(newSlot.toInstant());
    assertThat(engine.getTaskService().getVariable(interview.getId(), AsylumClaimProcess.INTERPRETER_NAME.name()))
        .isEqualTo("Intérprete sustituta");
    Map<String, Object> after = booking(caseNumber, 1);
    assertThat(after.get("status")).isEqualTo("CONFIRMED");
    assertThat(((Timestamp) after.get("starts_at")).toInstant()).isEqualTo(newSlot.toInstant());
    assertThat(jdbc.queryForObject("select count(*) from refugio.interpretation_booking_event where reference = ? "
        + "and type = 'RESCHEDULED'", Integer.class, reference)).isOne();
    assertThat(jdbc.queryForObject("select count(*) from refugio.interpretation_booking where claim_id = ?",
        Integer.class, claimId(caseNumber))).as("a reschedule books nothing new").isOne();
  }

  @Test
  void shouldBookAgainWhenTheInterviewingOfficerRecordsANoShow() throws Exception {
    // Given a claim with a confirmed booking
    String caseNumber = register("ar");
    Task before = awaitInterview(caseNumber);
    String missed = booking(caseNumber, 1).get("reference").toString();

    // When an officer of another office, then the claim's own eligibility officer, record a no-show
    ResponseEntity<String> foreign = post("eligibilityTap", "/api/claims/" + caseNumber
        + "/interpreter-bookings/no-show", Map.of("reason", "No se presentó."));
    ResponseEntity<String> noShow = post("eligibilityCdmx", "/api/claims/" + caseNumber
        + "/interpreter-bookings/no-show", Map.of("reason", "El intérprete no se presentó a la cita."));
    ResponseEntity<String> again = post("eligibilityCdmx", "/api/claims/" + caseNumber
        + "/interpreter-bookings/no-show", Map.of());

    // Then only the claim's officer may, the missed booking is kept and a new one is booked and moves the interview
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(noShow.getStatusCode()).as(noShow.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode answer = JSON.readTree(noShow.getBody());
    assertThat(answer.get("missedBooking").asText()).isEqualTo(missed);
    assertThat(answer.get("newBooking").asText()).isNotEqualTo(missed);
    assertThat(again.getStatusCode()).as("the new booking is not confirmed yet").isEqualTo(HttpStatus.CONFLICT);
    // (the missed booking, or the new one once its request is out: either way nothing more to record)
    assertThat(JSON.readTree(again.getBody()).get("message").asText())
        .containsAnyOf("Ya se pidió otra reserva", "aún espera la confirmación de la empresa");
    Map<String, Object> second = await(() -> bookingIfStatus(caseNumber, 2, "CONFIRMED"), "second booking");
    assertThat(second.get("reference")).isEqualTo(answer.get("newBooking").asText());
    assertThat(booking(caseNumber, 1).get("status")).isEqualTo("NO_SHOW");
    await(() -> interview(caseNumber).getDueDate().toInstant().equals(instant(second)) ? true : null,
        "interview moved to the new slot");
    assertThat(interview(caseNumber).getDueDate()).isAfter(before.getDueDate());
    Map<String, Object> recorded = jdbc.queryForMap("select * from refugio.interpretation_booking_event "
        + "where reference = ? and type = 'NO_SHOW'", missed);
    assertThat(recorded.get("recorded_by")).isEqualTo("eligibilityCdmx");
    assertThat(recorded.get("reason")).isEqualTo("El intérprete no se presentó a la cita.");
  }

  @Test
  void shouldRefuseANoShowWithoutAConfirmedBookingAndAnIncompleteCallback() throws Exception {
    // A Spanish speaker's claim has no interpreter booking
    String caseNumber = register("es");
    ResponseEntity<String> noShow = post("eligibilityCdmx", "/api/claims/" + caseNumber
        + "/interpreter-bookings/no-show", Map.of());
    assertThat(noShow.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(noShow.getBody()).get("message").asText()).contains("no tiene una cita de intérprete");

    // A signed reschedule without its event id or slot says what is missing
    Map<String, Object> incomplete = new LinkedHashMap<>();
    incomplete.put("type", "RESCHEDULED");
    incomplete.put("reference", "INT-0-1");
    byte[] body = JSON.writeValueAsBytes(incomplete);
    ResponseEntity<String> response = callback(body, sign(body));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(response.getBody()).get("errors").toString()).contains("eventId", "startsAt",
        "interpreterName");
  }

  private String register(String language) throws Exception {
    Map<String, Object> claim = Claims.valid("CDMX");
    @SuppressWarnings("unchecked")
    Map<String, Object> applicant = (Map<String, Object>) claim.get("applicant");
    applicant.put("languages", List.of(language));
    claim.put("dependants", List.of());
    ResponseEntity<String> response = post("registrationCdmx", "/api/claims", claim);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    return JSON.readTree(response.getBody()).get("caseNumber").asText();
  }

  private long claimId(String caseNumber) {
    return jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
  }

  private Task interview(String caseNumber) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW).singleResult();
  }

  private Task awaitInterview(String caseNumber) throws InterruptedException {
    return await(() -> interview(caseNumber), "interview of " + caseNumber);
  }

  private Map<String, Object> booking(String caseNumber, int attempt) {
    return jdbc.queryForMap("select * from refugio.interpretation_booking where claim_id = ? and attempt = ?",
        claimId(caseNumber), attempt);
  }

  private Map<String, Object> bookingIfStatus(String caseNumber, int attempt, String status) {
    List<Map<String, Object>> rows = jdbc.queryForList("select * from refugio.interpretation_booking "
        + "where claim_id = ? and attempt = ? and status = ?", claimId(caseNumber), attempt, status);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static Instant instant(Map<String, Object> booking) {
    return ((Timestamp) booking.get("starts_at")).toInstant();
  }

  private static <T> T await(Supplier<T> probe, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      T found = probe.get();
      if (found != null) {
        return found;
      }
      assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
      Thread.sleep(200);
    }
  }

  private String sign(byte[] body) {
    return WebhookSignature.sign(properties.webhookSecret(), body);
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

  private static Map<String, Object> rescheduled(String reference, String eventId, OffsetDateTime startsAt,
      String interpreter) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", eventId);
    event.put("type", "RESCHEDULED");
    event.put("reference", reference);
    event.put("interpreterName", interpreter);
    event.put("startsAt", startsAt.toString());
    return event;
  }
}
