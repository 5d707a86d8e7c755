package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.claim.AsylumClaimProcess.Elements;
import org.refugio.security.Role;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The managers' figures over seeded history: Tapachula and Mexico City claims registered in March and April 2024
 * (no other test works in 2024), and open Acayucan claims for what waits now (no other test uses Acayucan).
 */
class InsightApiIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PERIOD = "from=2024-03-01&to=2024-04-30";
  /** A national manager: member of the group manager. */
  private static final String NATIONAL = "insightNational";
  private static final String ASSESS = Elements.USER_ASSESS_CLAIM;
  private static final String INTERVIEW = Elements.USER_CONDUCT_INTERVIEW;

  @Autowired
  private BusinessCalendar calendar;
  private InsightSeed seed;
  private LocalDate today;
  private LocalDate dueSoonDay;

  @BeforeEach
  void seedHistory() {
    seed = new InsightSeed(jdbc);
    seed.removeAll();
    ensureNationalManager();
    int[] minutes = {60, 120, 180, 240};
    List<String> tap = new ArrayList<>();
    tap.add(seed.claim("TAP-1", "TAP", "REGULAR", day(2024, 3, 4), day(2024, 3, 14), "DECISION"));
    tap.add(seed.claim("TAP-2", "TAP", "REGULAR", day(2024, 3, 5), day(2024, 4, 24), "WITHDRAWAL"));
    tap.add(seed.claim("TAP-3", "TAP", "REGULAR", day(2024, 3, 6), day(2024, 7, 4), "ABANDONMENT"));
    tap.add(seed.claim("TAP-5", "TAP", "ACCELERATED", day(2024, 4, 2), day(2024, 4, 17), "DECISION"));
    for (int i = 0; i < tap.size(); i++) {
      LocalDateTime start = day(2024, 4, 1 + i);
      seed.activity(tap.get(i), ASSESS, "userTask", start, minutes[i]);
    }
    String open = seed.claim("TAP-4", "TAP", "ACCELERATED", day(2024, 3, 7), null, null);
    seed.activity(open, ASSESS, "userTask", day(2024, 3, 8), null);
    String cdmx = seed.claim("CDMX-1", "CDMX", "REGULAR", day(2024, 3, 4), day(2024, 3, 9), "DECISION");
    seed.activity(cdmx, ASSESS, "userTask", day(2024, 3, 5), 30);
    seed.claim("CDMX-2", "CDMX", "REGULAR", day(2024, 3, 10), null, null);

    today = LocalDate.now();
    dueSoonDay = calendar.addBusinessDays(today, 3, "TNQ");
    String a1 = seed.claim("TNQ-1", "TNQ", "REGULAR", today.minusDays(10).atTime(LocalTime.NOON), null, null);
    seed.activity(a1, ASSESS, "userTask", today.minusDays(9).atTime(LocalTime.NOON), null);
    seed.openDeadline(a1, "TNQ-1", "TNQ", "decision", today.minusDays(2).atTime(LocalTime.NOON)
        .atZone(ZoneId.systemDefault()).toOffsetDateTime());
    String a2 = seed.claim("TNQ-2", "TNQ", "REGULAR", today.minusDays(45).atTime(LocalTime.NOON), null, null);
    seed.activity(a2, ASSESS, "userTask", today.minusDays(40).atTime(LocalTime.NOON), null);
    seed.openDeadline(a2, "TNQ-2", "TNQ", "decision", dueSoonDay.atTime(LocalTime.NOON)
        .atZone(ZoneId.systemDefault()).toOffsetDateTime());
    String a3 = seed.claim("TNQ-3", "TNQ", "REGULAR", today.minusDays(200).atTime(LocalTime.NOON), null, null);
    seed.activity(a3, ASSESS, "userTask", today.minusDays(190).atTime(LocalTime.NOON), 30);
    seed.activity(a3, INTERVIEW, "userTask", today.minusDays(100).atTime(LocalTime.NOON), null);
    seed.openDeadline(a3, "TNQ-3", "TNQ", "decision", today.plusDays(40).atTime(LocalTime.NOON)
        .atZone(ZoneId.systemDefault()).toOffsetDateTime());
    String a4 = seed.claim("TNQ-4", "TNQ", "ACCELERATED", today.minusDays(100).atTime(LocalTime.NOON), null, null);
    seed.activity(a4, ASSESS, "userTask", today.minusDays(99).atTime(LocalTime.NOON), null);
  }

  @AfterEach
  void removeHistory() {
    seed.removeAll();
  }

  @Test
  void shouldGiveAnOfficeManagerTheKpisOfTheirOfficeOnly() throws IOException {
    JsonNode kpis = ok("managerTap", "/api/insight/kpis?" + PERIOD);

    assertThat(kpis.get("registered").asLong()).isEqualTo(5);
    assertThat(kpis.get("concluded").asLong()).isEqualTo(4);
    assertThat(kpis.get("concludedWithin20Days").asLong()).isEqualTo(2);
    assertThat(kpis.get("concludedWithin90Days").asLong()).isEqualTo(3);
    assertThat(kpis.get("shareWithin20Days").asDouble()).isEqualTo(0.4);
    assertThat(kpis.get("shareWithin90Days").asDouble()).isEqualTo(0.6);
    assertThat(kpis.get("abandoned").asLong()).isEqualTo(1);
    assertThat(kpis.get("withdrawn").asLong()).isEqualTo(1);
    assertThat(kpis.get("abandonmentRate").asDouble()).isEqualTo(0.2);
    assertThat(kpis.get("coiTurnaroundDays").isNull()).isTrue();
    assertThat(kpis.get("notAvailable").get("coiTurnaround").asText()).startsWith("sin datos");
    assertThat(kpis.get("rows")).extracting(r -> r.get("month").asText(), r -> r.get("office").asText(),
        r -> r.get("modality").asText(), r -> r.get("registered").asLong(), r -> r.get("concludedWithin90Days")
            .asLong()).containsExactly(tuple("2024-03", "TAP", "ACCELERATED", 1L, 0L),
        tuple("2024-03", "TAP", "REGULAR", 3L, 2L), tuple("2024-04", "TAP", "ACCELERATED", 1L, 1L));
  }

  @Test
  void shouldGiveANationalManagerEveryOffice() throws IOException {
    JsonNode kpis = ok(NATIONAL, "/api/insight/kpis?" + PERIOD);

    assertThat(kpis.get("registered").asLong()).isEqualTo(7);
    assertThat(kpis.get("concluded").asLong()).isEqualTo(5);
    assertThat(kpis.get("concludedWithin20Days").asLong()).isEqualTo(3);
    assertThat(ok(NATIONAL, "/api/insight/kpis?" + PERIOD + "&office=CDMX").get("registered").asLong()).isEqualTo(2);
  }

  @Test
  void shouldFilterByModality() throws IOException {
    JsonNode kpis = ok("managerTap", "/api/insight/kpis?" + PERIOD + "&modality=ACCELERATED");

    assertThat(kpis.get("registered").asLong()).isEqualTo(2);
    assertThat(kpis.get("concludedWithin20Days").asLong()).isEqualTo(1);
    assertThat(kpis.get("shareWithin20Days").asDouble()).isEqualTo(0.5);
  }

  @Test
  void shouldRefuseAnotherOfficeAndNonManagers() {
    assertThat(get("managerTap", "/api/insight/kpis?" + PERIOD + "&office=CDMX").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("eligibilityTap", "/api/insight/kpis?" + PERIOD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("eligibilityTap", "/api/insight/bottlenecks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, "/api/insight/kpis").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldNameTheWrongParameter() throws IOException {
    assertThat(fieldOf400("/api/insight/kpis?from=2024-05-01&to=2024-03-01")).isEqualTo("from");
    assertThat(fieldOf400("/api/insight/kpis?from=2024-13-01&to=2024-03-01")).isEqualTo("from");
    assertThat(fieldOf400("/api/insight/kpis?from=2020-01-01&to=2024-01-01")).isEqualTo("to");
    assertThat(fieldOf400("/api/insight/kpis?" + PERIOD + "&office=XYZ")).isEqualTo("office");
    assertThat(fieldOf400("/api/insight/bottlenecks?" + PERIOD + "&modality=FAST")).isEqualTo("modality");
    assertThat(fieldOf400("/api/insight/claims?" + PERIOD + "&metric=everything")).isEqualTo("metric");
    assertThat(fieldOf400("/api/insight/claims?metric=waiting")).isEqualTo("activityId");
  }

  @Test
  void shouldGiveMedianAndP90TimePerActivity() throws IOException {
    JsonNode tap = activity(ok("managerTap", "/api/insight/bottlenecks?" + PERIOD), ASSESS);
    assertThat(tap.get("completed").asLong()).isEqualTo(4);
    assertThat(tap.get("medianMinutes").asDouble()).isEqualTo(150.0);
    assertThat(tap.get("p90Minutes").asDouble()).isEqualTo(222.0);

    JsonNode national = activity(ok(NATIONAL, "/api/insight/bottlenecks?" + PERIOD), ASSESS);
    assertThat(national.get("completed").asLong()).isEqualTo(5);
    assertThat(national.get("medianMinutes").asDouble()).isEqualTo(120.0);
    assertThat(national.get("p90Minutes").asDouble()).isEqualTo(216.0);
  }

  @Test
  void shouldCountTheClaimsWaitingAtEachActivityNow() throws IOException {
    String period = "from=" + today.minusDays(364) + "&to=" + today;
    JsonNode tnq = ok(NATIONAL, "/api/insight/bottlenecks?office=TNQ&" + period);

    assertThat(activity(tnq, ASSESS).get("waiting").asLong()).isEqualTo(3);
    assertThat(activity(tnq, ASSESS).get("completed").asLong()).isEqualTo(1);
    assertThat(activity(tnq, ASSESS).get("medianMinutes").asDouble()).isEqualTo(30.0);
    assertThat(activity(tnq, INTERVIEW).get("waiting").asLong()).isEqualTo(1);

    JsonNode waiting = ok(NATIONAL, "/api/insight/claims?metric=waiting&office=TNQ&activityId=" + ASSESS);
    assertThat(waiting.get("total").asLong()).isEqualTo(3);
    assertThat(waiting.get("claims")).extracting(c -> c.get("caseNumber").asText())
        .containsExactly("INSIGHT-TNQ-4", "INSIGHT-TNQ-2", "INSIGHT-TNQ-1");
    assertThat(waiting.get("claims").get(2).get("nextDeadlineAt").asText()).startsWith(today.minusDays(2).toString());
  }

  @Test
  void shouldShowTheBacklogByOfficeStepModalityAndAge() throws IOException {
    JsonNode backlog = ok(NATIONAL, "/api/insight/backlog?office=TNQ");

    assertThat(backlog).extracting(r -> r.get("step").asText(), r -> r.get("modality").asText(),
        r -> r.get("days0To30").asLong(), r -> r.get("days31To90").asLong(), r -> r.get("days91To180").asLong(),
        r -> r.get("daysOver180").asLong(), r -> r.get("total").asLong()).containsExactly(
        tuple(ASSESS, "ACCELERATED", 0L, 0L, 1L, 0L, 1L),
        tuple(ASSESS, "REGULAR", 1L, 1L, 0L, 0L, 2L),
        tuple(INTERVIEW, "REGULAR", 0L, 0L, 0L, 1L, 1L));
    assertThat(get("managerTap", "/api/insight/backlog?office=TNQ").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldListClaimsPastOrWithinFiveBusinessDaysOfTheirDeadline() throws IOException {
    JsonNode risk = ok(NATIONAL, "/api/insight/deadline-risk?office=TNQ");

    assertThat(risk.get("past").asLong()).isEqualTo(1);
    assertThat(risk.get("dueSoon").asLong()).isEqualTo(1);
    assertThat(risk.get("claims")).extracting(c -> c.get("caseNumber").asText(), c -> c.get("past").asBoolean(),
        c -> c.get("dueAt").asText().substring(0, 10)).containsExactly(
        tuple("INSIGHT-TNQ-1", true, today.minusDays(2).toString()),
        tuple("INSIGHT-TNQ-2", false, dueSoonDay.toString()));
  }

  @Test
  void shouldCountConclusionsPerWeek() throws IOException {
    JsonNode weeks = ok("managerTap", "/api/insight/concluded-weekly?" + PERIOD);

    assertThat(weeks).extracting(w -> w.get("weekStart").asText(), w -> w.get("concluded").asLong(),
        w -> w.get("decided").asLong(), w -> w.get("withdrawn").asLong()).containsExactly(
        tuple("2024-03-11", 1L, 1L, 0L), tuple("2024-04-15", 1L, 1L, 0L), tuple("2024-04-22", 1L, 0L, 1L));
  }

  @Test
  void shouldDrillDownFromAKpiToItsClaims() throws IOException {
    JsonNode claims = ok("managerTap", "/api/insight/claims?metric=concludedWithin20Days&" + PERIOD);

    assertThat(claims.get("total").asLong()).isEqualTo(2);
    assertThat(claims.get("claims")).extracting(c -> c.get("caseNumber").asText())
        .containsExactly("INSIGHT-TAP-1", "INSIGHT-TAP-5");
    assertThat(ok("managerTap", "/api/insight/claims?metric=abandoned&" + PERIOD).get("claims"))
        .extracting(c -> c.get("caseNumber").asText()).containsExactly("INSIGHT-TAP-3");
  }

  @Test
  void shouldExportEveryTableAsCsv() {
    ResponseEntity<String> byParameter = get("managerTap", "/api/insight/kpis?format=csv&" + PERIOD);
    assertThat(byParameter.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(byParameter.getBody().split("\r\n")).hasSize(4).satisfies(lines -> {
      assertThat(lines[0]).startsWith("month,office,modality,registered,concluded,concludedWithin20Days,");
      assertThat(lines[2]).startsWith("2024-03,TAP,REGULAR,3,3,1,2,");
    });
    ResponseEntity<String> byAccept = call("managerTap", HttpMethod.GET,
        "/api/insight/claims?metric=registered&" + PERIOD, null, Map.of("Accept", "text/csv"));
    assertThat(byAccept.getBody().split("\r\n")).hasSize(6);
    assertThat(byAccept.getBody()).contains("INSIGHT-TAP-4,TAP,ACCELERATED,OPEN,");
  }

  @Test
  void shouldGiveTheCockpitOverlayTheSameFiguresWithinTheManagersOffice() throws IOException {
    String cookie = cockpitLogin("managerTap");
    String plugin = cockpitGet(cookie, "/camunda/api/cockpit/plugin/refugio-insight/static/app/plugin.js").getBody();
    assertThat(plugin).contains("cockpit.processDefinition.diagram.plugin", "cockpit.dashboard");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("asylum-claim").latestVersion().singleResult().getId();
    String figures = "/camunda/api/cockpit/plugin/refugio-insight/default/activities?processDefinitionId="
        + definitionId;

    ResponseEntity<String> response = cockpitGet(cookie, figures + "&" + PERIOD);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode assess = activity(JSON.readTree(response.getBody()), ASSESS);
    assertThat(assess.get("completed").asLong()).isEqualTo(4);
    assertThat(assess.get("medianMinutes").asDouble()).isEqualTo(150.0);
    assertThat(assess.get("p90Minutes").asDouble()).isEqualTo(222.0);

    assertThat(cockpitGet(cookie, figures + "&office=TNQ").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> malformed = cockpitGet(cookie, figures + "&from=2024-02-30");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(malformed.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("from");

    String national = cockpitLogin(NATIONAL);
    JsonNode waiting = JSON.readTree(cockpitGet(national, "/camunda/api/cockpit/plugin/refugio-insight/default/"
        + "activities/waiting?office=TNQ&activityId=" + ASSESS + "&processDefinitionId=" + definitionId).getBody());
    assertThat(waiting).extracting(c -> c.get("caseNumber").asText())
        .containsExactly("INSIGHT-TNQ-1", "INSIGHT-TNQ-2", "INSIGHT-TNQ-4");
  }

  /** Logs into Cockpit as its login page does; the session cookie. */
  private String cockpitLogin(String user) {
    return webappLogin(user, "cockpit").cookie();
  }

  private ResponseEntity<String> cockpitGet(String cookie, String path) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.add(org.springframework.http.HttpHeaders.COOKIE, cookie);
    return http.exchange(path, HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class);
  }


  private JsonNode ok(String user, String path) throws IOException {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private String fieldOf400(String path) throws IOException {
    ResponseEntity<String> response = get("managerTap", path);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = JSON.readTree(response.getBody()).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("message").asText()).isNotBlank();
    return errors.get(0).get("field").asText();
  }

  private static JsonNode activity(JsonNode bottlenecks, String activityId) {
    for (JsonNode row : bottlenecks) {
      if (row.get("activityId").asText().equals(activityId)) {
        return row;
      }
    }
    throw new AssertionError("No figures for " + activityId + " in " + bottlenecks);
  }

  private static LocalDateTime day(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(LocalTime.NOON);
  }

  private void ensureNationalManager() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(NATIONAL).count() == 0) {
      User user = identity.newUser(NATIONAL);
      user.setFirstName("Gerencia");
      user.setLastName("Nacional");
      user.setPassword(NATIONAL);
      identity.saveUser(user);
      identity.createMembership(NATIONAL, Role.MANAGER.groupId());
    }
  }
}
