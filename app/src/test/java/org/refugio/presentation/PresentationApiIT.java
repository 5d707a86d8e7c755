package org.refugio.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.claim.ClaimService;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The weekly presentation API as front desk and registration officers use it, on the real stack. */
class PresentationApiIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;

  @Test
  void shouldRecordTodaysPresentationOnlyOnceWhenFrontDeskRecordsItTwice() throws Exception {
    String caseNumber = register();

    // When front desk records a presentation without a date, twice
    ResponseEntity<String> first = post("frontDeskTap", presentations(caseNumber), Map.of());
    ResponseEntity<String> second = post("frontDeskCdmx", presentations(caseNumber), Map.of());

    // Then the first records today's (Mexico City) at the claim's office, and the second returns that same record
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getHeaders().getLocation()).hasToString(presentations(caseNumber));
    JsonNode recorded = json.readTree(first.getBody());
    assertThat(recorded.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(recorded.get("presentedOn").asText()).isEqualTo(today().toString());
    assertThat(recorded.get("office").asText()).isEqualTo("TAP");
    assertThat(recorded.get("method").asText()).isEqualTo("DESK");
    assertThat(recorded.get("recordedBy").asText()).isEqualTo("frontDeskTap");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(second.getBody())).isEqualTo(recorded);
    assertThat(json.readTree(get("frontDeskTap", presentations(caseNumber)).getBody()).get("presentations"))
        .hasSize(1);
  }

  @Test
  void shouldLetFrontDeskAndTheClaimsRegistrationOfficeRecordAndNobodyElse() {
    String caseNumber = register();
    Map<String, String> applicationDay = Map.of("presentedOn", Claims.applicationDate().toString());

    assertThat(post("registrationTap", presentations(caseNumber), applicationDay).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(post("frontDeskCdmx", presentations(caseNumber), applicationDay).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(post("admin", presentations(caseNumber), applicationDay).getStatusCode()).isEqualTo(HttpStatus.OK);
    // another office's registration, and other roles of the same office, may not
    assertThat(post("registrationCdmx", presentations(caseNumber), applicationDay).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("eligibilityTap", presentations(caseNumber), applicationDay).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // though the eligibility officers of the office see them, and other offices' officers do not
    assertThat(get("eligibilityTap", presentations(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("eligibilityCdmx", presentations(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("frontDeskTap", presentations("TAP-1999-999999"), Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(null, presentations(caseNumber), Map.of()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseADateInTheFutureOrBeforeTheApplication() throws Exception {
    String caseNumber = register();

    ResponseEntity<String> tomorrow = post("frontDeskTap", presentations(caseNumber),
        Map.of("presentedOn", today().plusDays(1).toString()));
    ResponseEntity<String> beforeApplication = post("frontDeskTap", presentations(caseNumber),
        Map.of("presentedOn", Claims.applicationDate().minusDays(1).toString()));
    ResponseEntity<String> notADate = post("frontDeskTap", presentations(caseNumber),
        Map.of("presentedOn", "2026-13-01"));

    for (ResponseEntity<String> refused : List.of(tomorrow, beforeApplication, notADate)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode body = json.readTree(refused.getBody());
      assertThat(body.at("/errors/0/field").asText()).isEqualTo("presentedOn");
      assertThat(body.at("/errors/0/message").asText()).isNotBlank();
    }
    assertThat(json.readTree(tomorrow.getBody()).get("message").asText()).contains("posterior a hoy");
    assertThat(json.readTree(get("frontDeskTap", presentations(caseNumber)).getBody()).get("presentations"))
        .isEmpty();
  }

  @Test
  void shouldRefuseAClosedClaimSayingWhyItClosed() throws Exception {
    String caseNumber = register();
    jdbc.update("update refugio.claim set status = 'CLOSED', outcome = 'NOT_RECOGNIZED', closed_at = now() "
        + "where case_number = ?", caseNumber);

    ResponseEntity<String> refused = post("frontDeskTap", presentations(caseNumber), Map.of());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains(caseNumber, "cerrado", "No reconocimiento de la condición de refugiado");
    JsonNode overview = json.readTree(get("frontDeskTap", presentations(caseNumber)).getBody());
    assertThat(overview.get("required").asBoolean()).isFalse();
    assertThat(overview.has("nextExpectedOn")).isFalse();
  }

  @Test
  void shouldRecordByTheConstanciasCodeAsScannedOrTyped() throws Exception {
    String caseNumber = register();
    awaitJobs(processInstanceOf(caseNumber));
    String code = jdbc.queryForObject("select d.verification_code from refugio.issued_document d "
        + "join refugio.claim c on c.id = d.claim_id where c.case_number = ? and d.type = 'CONSTANCIA'",
        String.class, caseNumber);
    // typed from paper: in groups of four, lower case
    String typed = String.join("-", code.toLowerCase(Locale.ROOT).split("(?<=\\G.{4})"));

    ResponseEntity<String> scanned = post("frontDeskTap", "/api/presentations/by-code", Map.of("code", code));
    ResponseEntity<String> again = post("frontDeskTap", "/api/presentations/by-code", Map.of("code", typed));

    assertThat(scanned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode recorded = json.readTree(scanned.getBody());
    assertThat(recorded.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(recorded.get("method").asText()).isEqualTo("CONSTANCIA_CODE");
    assertThat(recorded.get("presentedOn").asText()).isEqualTo(today().toString());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("registrationCdmx", "/api/presentations/by-code", Map.of("code", code)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("frontDeskTap", "/api/presentations/by-code", Map.of("code", "0000-0000-0000-0000-0000-0000"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> blank = post("frontDeskTap", "/api/presentations/by-code", Map.of("code", " "));
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(blank.getBody()).at("/errors/0/field").asText()).isEqualTo("code");
  }

  @Test
  void shouldShowTheMissedWeeksAndTheNextExpectedDay() throws Exception {
    // Given a claim registered on Wednesday four weeks ago, presented on the Friday of the week after
    String caseNumber = register();
    LocalDate thisMonday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate registered = thisMonday.minusWeeks(4).plusDays(2);
    jdbc.update("update refugio.claim set entry_date = ?, application_date = ?, registered_at = ? "
        + "where case_number = ?", registered.minusDays(5), registered,
        registered.atTime(LocalTime.NOON).atZone(ClaimService.ZONE).toOffsetDateTime(), caseNumber);
    assertThat(post("frontDeskTap", presentations(caseNumber),
        Map.of("presentedOn", thisMonday.minusWeeks(3).plusDays(4).toString())).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    // Then the two weeks since are missed, and the registration weekday of this week is expected
    JsonNode overview = json.readTree(get("eligibilityTap", presentations(caseNumber)).getBody());
    assertThat(overview.get("required").asBoolean()).isTrue();
    assertThat(overview.get("consecutiveMisses").asInt()).isEqualTo(2);
    assertThat(overview.get("missedFrom").asText()).isEqualTo(thisMonday.minusWeeks(2).toString());
    assertThat(overview.get("missedTo").asText()).isEqualTo(thisMonday.minusDays(1).toString());
    assertThat(overview.get("missesForAbandonment").asInt()).isEqualTo(2);
    assertThat(overview.at("/schedule/weekday").asText()).isEqualTo("WEDNESDAY");
    assertThat(overview.at("/schedule/office").asText()).isEqualTo("TAP");
    assertThat(overview.at("/schedule/assignedBy").isMissingNode()).isTrue();
    assertThat(overview.get("nextExpectedOn").asText()).isEqualTo(thisMonday.plusDays(2).toString());

    // When front desk moves the presentation to Fridays at Palenque, in the same state
    ResponseEntity<String> moved = call("frontDeskTap", HttpMethod.PUT, presentations(caseNumber) + "/schedule",
        Map.of("weekday", "FRIDAY", "office", "PAL"), Map.of());

    // Then this week's Friday is expected there, and today's presentation is recorded at Palenque
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode rescheduled = json.readTree(moved.getBody());
    assertThat(rescheduled.at("/schedule/weekday").asText()).isEqualTo("FRIDAY");
    assertThat(rescheduled.at("/schedule/office").asText()).isEqualTo("PAL");
    assertThat(rescheduled.at("/schedule/assignedBy").asText()).isEqualTo("frontDeskTap");
    assertThat(rescheduled.get("nextExpectedOn").asText()).isEqualTo(thisMonday.plusDays(4).toString());
    assertThat(json.readTree(post("frontDeskTap", presentations(caseNumber), Map.of()).getBody())
        .get("office").asText()).isEqualTo("PAL");
    JsonNode afterToday = json.readTree(get("eligibilityTap", presentations(caseNumber)).getBody());
    assertThat(afterToday.get("consecutiveMisses").asInt()).isZero();
    assertThat(afterToday.get("nextExpectedOn").asText()).isEqualTo(thisMonday.plusWeeks(1).plusDays(4).toString());
  }

  @Test
  void shouldRefuseAWeekendDayAnotherStatesOfficeOrAnotherRole() throws Exception {
    String caseNumber = register();
    String schedule = presentations(caseNumber) + "/schedule";

    ResponseEntity<String> saturday = call("frontDeskTap", HttpMethod.PUT, schedule, Map.of("weekday", "SATURDAY"),
        Map.of());
    ResponseEntity<String> otherState = call("frontDeskTap", HttpMethod.PUT, schedule, Map.of("office", "CDMX"),
        Map.of());

    assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(saturday.getBody()).at("/errors/0/field").asText()).isEqualTo("weekday");
    assertThat(otherState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(otherState.getBody()).get("message").asText()).contains("traslado");
    assertThat(call("frontDeskTap", HttpMethod.PUT, schedule, Map.of("office", "XYZ"), Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call("eligibilityTap", HttpMethod.PUT, schedule, Map.of("weekday", "MONDAY"), Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String register() {
    try {
      return json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
          .get("caseNumber").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String presentations(String caseNumber) {
    return "/api/claims/" + caseNumber + "/presentations";
  }

  private static LocalDate today() {
    return LocalDate.now(ClaimService.ZONE);
  }
}
