package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.claim.AsylumClaimProcess;
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
  /** The COI and interpreter figures: Tenosique claims registered in May 2024. */
  private static final String MAY = "from=2024-05-01&to=2024-05-31";
  /** Tenosique's office manager: member of managerTnq. */
  private static final String TNQ_MANAGER = "insightManagerTnq";
  /** A national manager: member of the group manager. */
  private static final String NATIONAL = "insightNational";
  private static final String ASSESS = Elements.USER_ASSESS_CLAIM;
  private static final String INTERVIEW = Elements.USER_CONDUCT_INTERVIEW;

  @Autowired
  private BusinessCalendar calendar;
  @Autowired
  private InsightService insight;
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
    seedCoiAndInterpreters();
  }

  /**
   * Five Tenosique claims registered in May 2024 (closed since, so that they stay out of what waits now). C1 gets a
   * COI document already in the repository; C2 and C3 wait for SRE's answer (6 and 10 days); C4 reaches the COI step
   * and is withdrawn before any COI; C5 never reaches it. Interpreters: C1 confirmed in 6 h, C2 in 24 h, C3 booked by
   * hand after 48 h, C4's request unanswered.
   */
  private void seedCoiAndInterpreters() {
    String coiStep = AsylumClaimProcess.Elements.CALL_REQUEST_COI;
    long repositoryDocument = seed.coiDocument("HT", day(2024, 1, 10), null);
    long request = seed.coiRequest("HT", day(2024, 5, 8), day(2024, 5, 14));
    long sreDocument = seed.coiDocument("HT", day(2024, 5, 14), request);
    String[][] claims = {{"TNQ-C1", "REGULAR"}, {"TNQ-C2", "REGULAR"}, {"TNQ-C3", "ACCELERATED"},
        {"TNQ-C4", "REGULAR"}, {"TNQ-C5", "REGULAR"}};
    for (int i = 0; i < claims.length; i++) {
      String instance = seed.claim(claims[i][0], "TNQ", claims[i][1], day(2024, 5, 6 + i), day(2024, 6, 28),
          i == 3 ? "WITHDRAWAL" : "DECISION");
      if (i < 4) {
        seed.activity(instance, coiStep, "callActivity", day(2024, 5, 7 + i), 60 * 24 * 3);
      }
    }
    seed.attachCoi(seed.claimId("TNQ-C1"), repositoryDocument, day(2024, 5, 7));
    seed.attachCoi(seed.claimId("TNQ-C2"), sreDocument, day(2024, 5, 14));
    seed.attachCoi(seed.claimId("TNQ-C3"), sreDocument, day(2024, 5, 19));
    seed.booking(seed.claimId("TNQ-C1"), "TNQ", "CONFIRMED", day(2024, 5, 7), day(2024, 5, 7).plusHours(6));
    seed.booking(seed.claimId("TNQ-C2"), "TNQ", "CONFIRMED", day(2024, 5, 8), day(2024, 5, 9));
    seed.booking(seed.claimId("TNQ-C3"), "TNQ", "MANUAL", day(2024, 5, 9), day(2024, 5, 11));
    seed.booking(seed.claimId("TNQ-C4"), "TNQ", "REQUESTED", day(2024, 5, 10), null);
    // the COI figures read refugio.claim_coi_timing: this seed's timing comes from V28's backfill of what it wrote
    seed.backfillCoiTiming();
    seed.backfillClaimSteps();
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
    // no Tapachula claim of the period reached the COI step or booked an interpreter: zero, and no median
    assertThat(kpis.get("coiTurnaround").get("claims").asLong()).isZero();
    assertThat(kpis.get("coiTurnaround").get("medianDays").isNull()).isTrue();
    assertThat(kpis.get("interpreterLeadTime").get("bookings").asLong()).isZero();
    assertThat(kpis.get("rows")).extracting(r -> r.get("month").asText(), r -> r.get("office").asText(),
        r -> r.get("modality").asText(), r -> r.get("registered").asLong(), r -> r.get("concludedWithin90Days")
            .asLong()).containsExactly(tuple("2024-03", "TAP", "ACCELERATED", 1L, 0L),
        tuple("2024-03", "TAP", "REGULAR", 3L, 2L), tuple("2024-04", "TAP", "ACCELERATED", 1L, 1L));
  }

  @Test
  void shouldMeasureCoiTurnaroundFromTheCoiStepToTheFirstCoiAttached() throws IOException {
    JsonNode coi = ok(NATIONAL, "/api/insight/kpis?office=TNQ&" + MAY).get("coiTurnaround");

    assertThat(coi.get("claims").asLong()).isEqualTo(4);
    assertThat(coi.get("attached").asLong()).isEqualTo(3);
    assertThat(coi.get("pending").asLong()).isEqualTo(1);
    assertThat(coi.get("servedFromRepository").asLong()).isEqualTo(1);
    assertThat(coi.get("waitedForSre").asLong()).isEqualTo(2);
    // days 0, 6 and 10: median 6, p90 6 + 0.8 × 4
    assertThat(coi.get("medianDays").asDouble()).isEqualTo(6.0);
    assertThat(coi.get("p90Days").asDouble()).isEqualTo(9.2);
  }

  @Test
  void shouldCountAClaimThatReachesTheCoiStepAndGetsSresAnswerAsItHappens() throws Exception {
    String today = "office=TAP&from=" + LocalDate.now() + "&to=" + LocalDate.now();
    JsonNode before = ok(NATIONAL, "/api/insight/kpis?" + today).get("coiTurnaround");

    // Given a claim from a country with no COI in the repository (Bhutan): it reaches the COI step and waits for SRE
    String caseNumber = registerClaimFrom("BT");
    JsonNode waiting = ok(NATIONAL, "/api/insight/kpis?" + today).get("coiTurnaround");
    assertThat(waiting.get("claims").asLong()).isEqualTo(before.get("claims").asLong() + 1);
    assertThat(waiting.get("pending").asLong()).isEqualTo(before.get("pending").asLong() + 1);
    assertThat(claimsOf("coiPending", today)).contains(caseNumber);

    // When SRE answers the open request for Bhutan (the claim's coi-request attaches it in a job of its own)
    String coiRequestInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(processInstanceOf(caseNumber)).processDefinitionKey("coi-request").singleResult()
        .getId();
    long request = jdbc.queryForObject("select id from refugio.coi_request where country = 'BT' and status = 'OPEN'",
        Long.class);
    ResponseEntity<String> answer = post("sreCdmx", "/api/coi/requests/" + request + "/answer",
        sreAnswer("Bután: situación general"));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    awaitJobs(coiRequestInstance);
    awaitJobs(processInstanceOf(caseNumber));

    // Then the claim counts once more as attached, after waiting for SRE, and no longer as pending
    JsonNode after = ok(NATIONAL, "/api/insight/kpis?" + today).get("coiTurnaround");
    assertThat(after.get("claims").asLong()).isEqualTo(waiting.get("claims").asLong());
    assertThat(after.get("attached").asLong()).isEqualTo(waiting.get("attached").asLong() + 1);
    assertThat(after.get("waitedForSre").asLong()).isEqualTo(waiting.get("waitedForSre").asLong() + 1);
    assertThat(after.get("pending").asLong()).isEqualTo(waiting.get("pending").asLong() - 1);
    assertThat(claimsOf("coiWaitedForSre", today)).contains(caseNumber);
    assertThat(claimsOf("coiPending", today)).doesNotContain(caseNumber);
    // and its turnaround is the time from reaching the step to SRE's document being attached
    assertThat(jdbc.queryForObject("select t.first_coi_attached_at >= t.coi_step_reached_at and t.coi_source = 'SRE' "
        + "from refugio.claim_coi_timing t join refugio.claim c on c.id = t.claim_id where c.case_number = ?",
        Boolean.class, caseNumber)).isTrue();
  }

  @Test
  void shouldCountAClaimServedFromTheRepositoryAtOnce() throws Exception {
    String today = "office=TAP&from=" + LocalDate.now() + "&to=" + LocalDate.now();
    JsonNode before = ok(NATIONAL, "/api/insight/kpis?" + today).get("coiTurnaround");

    // Given a Honduran claim: the demo's current report on Honduras is attached when it reaches the COI step
    String caseNumber = registerClaimFrom("HN");

    JsonNode after = ok(NATIONAL, "/api/insight/kpis?" + today).get("coiTurnaround");
    assertThat(after.get("claims").asLong()).isEqualTo(before.get("claims").asLong() + 1);
    assertThat(after.get("attached").asLong()).isEqualTo(before.get("attached").asLong() + 1);
    assertThat(after.get("servedFromRepository").asLong()).isEqualTo(before.get("servedFromRepository").asLong() + 1);
    assertThat(after.get("waitedForSre").asLong()).isEqualTo(before.get("waitedForSre").asLong());
    assertThat(claimsOf("coiFromRepository", today)).contains(caseNumber);
  }

  private String registerClaimFrom(String nationality) throws IOException {
    return registerClaim(org.refugio.support.Claims.alone("TAP", applicant -> applicant.put("nationality", nationality)));
  }

  private static Map<String, Object> sreAnswer(String title) {
    Map<String, Object> document = new java.util.LinkedHashMap<>();
    document.put("title", title);
    document.put("source", "SRE");
    document.put("publishedOn", LocalDate.now().minusDays(10).toString());
    document.put("reviewBy", LocalDate.now().plusMonths(6).toString());
    document.put("mediaType", "text/html");
    document.put("contentBase64", java.util.Base64.getEncoder().encodeToString(
        "<html><body><p>Informe.</p></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    document.put("tags", List.of());
    return document;
  }

  private List<String> claimsOf(String metric, String filter) throws IOException {
    List<String> caseNumbers = new ArrayList<>();
    ok(NATIONAL, "/api/insight/claims?metric=" + metric + "&" + filter).get("claims")
        .forEach(c -> caseNumbers.add(c.get("caseNumber").asText()));
    return caseNumbers;
  }

  @Test
  void shouldMeasureInterpreterLeadTimeAndTheShareBookedByHand() throws IOException {
    JsonNode interpreter = ok(NATIONAL, "/api/insight/kpis?office=TNQ&" + MAY).get("interpreterLeadTime");

    assertThat(interpreter.get("bookings").asLong()).isEqualTo(4);
    assertThat(interpreter.get("confirmed").asLong()).isEqualTo(2);
    assertThat(interpreter.get("manual").asLong()).isEqualTo(1);
    assertThat(interpreter.get("pending").asLong()).isEqualTo(1);
    // hours 6, 24 and 48: median 24, p90 24 + 0.8 × 24
    assertThat(interpreter.get("medianHours").asDouble()).isEqualTo(24.0);
    assertThat(interpreter.get("p90Hours").asDouble()).isEqualTo(43.2);
    assertThat(interpreter.get("confirmedShare").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(interpreter.get("manualShare").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void shouldGiveTheSameKpisWithTheInterpreterLeadTimesBesideOrAfter() throws IOException {
    String path = "/api/insight/kpis?office=TNQ&" + MAY;
    JsonNode beside = ok(NATIONAL, path);
    insight.setStatementsBeside(false);
    JsonNode after;
    try {
      after = ok(NATIONAL, path);
    } finally {
      insight.setStatementsBeside(true);
    }

    assertThat(beside).isEqualTo(after);
    assertThat(beside.get("interpreterLeadTime").get("bookings").asLong()).isEqualTo(4);
    // several views at once: each gets its figures, whether its second statement ran beside or after (no permit)
    List<JsonNode> together = IntStream.range(0, 2 * InsightService.STATEMENTS_BESIDE + 1)
        .parallel().mapToObj(i -> {
          try {
            return ok(NATIONAL, path);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).toList();
    assertThat(together).allSatisfy(kpis -> assertThat(kpis).isEqualTo(after));
  }

  @Test
  void shouldBreakCoiAndInterpreterFiguresDownByMonthOfficeAndModalityAlsoInCsv() throws IOException {
    JsonNode rows = ok(NATIONAL, "/api/insight/kpis?office=TNQ&" + MAY).get("rows");

    assertThat(rows).extracting(r -> r.get("modality").asText(), r -> r.get("registered").asLong(),
        r -> r.get("coiClaims").asLong(), r -> r.get("coiMedianDays").asDouble(),
        r -> r.get("interpreterBookings").asLong(), r -> r.get("interpreterMedianHours").asDouble())
        .containsExactly(tuple("ACCELERATED", 1L, 1L, 10.0, 1L, 48.0), tuple("REGULAR", 4L, 3L, 3.0, 3L, 15.0));
    String[] csv = get(NATIONAL, "/api/insight/kpis?format=csv&office=TNQ&" + MAY).getBody().split("\r\n");
    assertThat(csv[0]).endsWith(",coiClaims,coiAttached,coiPending,coiServedFromRepository,coiWaitedForSre,"
        + "coiMedianDays,coiP90Days,interpreterBookings,interpreterConfirmed,interpreterManual,interpreterPending,"
        + "interpreterMedianHours,interpreterP90Hours,interpreterConfirmedShare,interpreterManualShare");
    assertThat(csv[2]).startsWith("2024-05,TNQ,REGULAR,4,4,")
        .endsWith(",3,2,1,1,1,3.0,5.4,3,2,0,1,15.0,22.2,1.0,0.0");
  }

  @Test
  void shouldDrillDownFromCoiAndInterpreterFiguresToTheirClaims() throws IOException {
    assertThat(caseNumbers(NATIONAL, "coiReached")).containsExactly("INSIGHT-TNQ-C1", "INSIGHT-TNQ-C2",
        "INSIGHT-TNQ-C3", "INSIGHT-TNQ-C4");
    assertThat(caseNumbers(NATIONAL, "coiAttached")).containsExactly("INSIGHT-TNQ-C1", "INSIGHT-TNQ-C2",
        "INSIGHT-TNQ-C3");
    assertThat(caseNumbers(NATIONAL, "coiFromRepository")).containsExactly("INSIGHT-TNQ-C1");
    assertThat(caseNumbers(NATIONAL, "coiWaitedForSre")).containsExactly("INSIGHT-TNQ-C2", "INSIGHT-TNQ-C3");
    assertThat(caseNumbers(NATIONAL, "coiPending")).containsExactly("INSIGHT-TNQ-C4");
    assertThat(caseNumbers(NATIONAL, "interpreterBooked")).containsExactly("INSIGHT-TNQ-C1", "INSIGHT-TNQ-C2",
        "INSIGHT-TNQ-C3", "INSIGHT-TNQ-C4");
    assertThat(caseNumbers(NATIONAL, "interpreterConfirmed")).containsExactly("INSIGHT-TNQ-C1", "INSIGHT-TNQ-C2");
    assertThat(caseNumbers(NATIONAL, "interpreterManual")).containsExactly("INSIGHT-TNQ-C3");
    assertThat(caseNumbers(NATIONAL, "interpreterPending")).containsExactly("INSIGHT-TNQ-C4");
    String csv = get(NATIONAL, "/api/insight/claims?metric=coiWaitedForSre&format=csv&office=TNQ&" + MAY).getBody();
    assertThat(csv.split("\r\n")).hasSize(3);
    assertThat(csv).contains("INSIGHT-TNQ-C2,TNQ,REGULAR,CLOSED,", "INSIGHT-TNQ-C3,TNQ,ACCELERATED,CLOSED,");
  }

  @Test
  void shouldKeepAnOfficeManagerToTheirOfficeInEveryViewDrillDownAndCsv() throws IOException {
    ensureUser(TNQ_MANAGER, Role.MANAGER.groupId("TNQ"));
    String year = "from=" + today.minusDays(364) + "&to=" + today;

    // the KPIs, COI and interpreter figures are Tenosique's: the same as a national manager's for office=TNQ
    JsonNode own = ok(TNQ_MANAGER, "/api/insight/kpis?" + MAY);
    JsonNode national = ok(NATIONAL, "/api/insight/kpis?office=TNQ&" + MAY);
    assertThat(own).isEqualTo(national);
    assertThat(own.get("rows")).extracting(r -> r.get("office").asText()).containsOnly("TNQ");
    assertThat(ok(TNQ_MANAGER, "/api/insight/bottlenecks?" + year))
        .isEqualTo(ok(NATIONAL, "/api/insight/bottlenecks?office=TNQ&" + year));
    assertThat(ok(TNQ_MANAGER, "/api/insight/backlog")).extracting(r -> r.get("office").asText())
        .containsOnly("TNQ").isNotEmpty();
    assertThat(ok(TNQ_MANAGER, "/api/insight/deadline-risk").get("rows")).extracting(c -> c.get("office").asText())
        .containsOnly("TNQ").isNotEmpty();
    assertThat(ok(TNQ_MANAGER, "/api/insight/claims?metric=deadlinePast").get("claims"))
        .extracting(c -> c.get("office").asText()).containsOnly("TNQ").isNotEmpty();
    assertThat(ok(TNQ_MANAGER, "/api/insight/concluded-weekly?" + MAY))
        .isEqualTo(ok(NATIONAL, "/api/insight/concluded-weekly?office=TNQ&" + MAY));
    for (String metric : List.of("backlog", "coiReached", "interpreterBooked")) {
      JsonNode claims = ok(TNQ_MANAGER, "/api/insight/claims?metric=" + metric + "&" + MAY);
      assertThat(claims.get("claims")).as(metric).extracting(c -> c.get("office").asText()).containsOnly("TNQ")
          .isNotEmpty();
    }
    String csv = get(TNQ_MANAGER, "/api/insight/claims?metric=backlog&format=csv").getBody();
    assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line.split(",")[1]).isEqualTo("TNQ"));
    assertThat(get(TNQ_MANAGER, "/api/insight/backlog?format=csv").getBody().lines().skip(1))
        .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("TNQ,"));

    // another office is refused in every view, in JSON and CSV
    for (String path : List.of("kpis?" + MAY, "bottlenecks?" + MAY, "backlog?", "deadline-risk?",
        "concluded-weekly?" + MAY, "claims?metric=coiReached&" + MAY, "kpis?format=csv&" + MAY)) {
      assertThat(get(TNQ_MANAGER, "/api/insight/" + path + "&office=TAP").getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    // and so is it in the Cockpit plugin's resource
    String cookie = cockpitLogin(TNQ_MANAGER);
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("asylum-claim").latestVersion().singleResult().getId();
    String waiting = "/camunda/api/cockpit/plugin/refugio-insight/default/activities/waiting?activityId=" + ASSESS
        + "&processDefinitionId=" + definitionId;
    assertThat(JSON.readTree(cockpitGet(cookie, waiting).getBody())).extracting(c -> c.get("office").asText())
        .containsOnly("TNQ").isNotEmpty();
    assertThat(cockpitGet(cookie, waiting + "&office=TAP").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cockpitGet(cookie, "/camunda/api/cockpit/plugin/refugio-insight/default/activities?processDefinitionId="
        + definitionId + "&office=TAP").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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
  void shouldCountDeadlinesPastOrWithinFiveBusinessDaysAndListTheirClaims() throws IOException {
    JsonNode risk = ok(NATIONAL, "/api/insight/deadline-risk?office=TNQ");

    assertThat(risk.get("past").asLong()).isEqualTo(1);
    assertThat(risk.get("dueSoon").asLong()).isEqualTo(1);
    assertThat(risk.get("rows")).extracting(r -> r.get("office").asText(), r -> r.get("deadline").asText(),
        r -> r.get("past").asLong(), r -> r.get("dueSoon").asLong()).containsExactly(tuple("TNQ", "decision", 1L, 1L));
    assertThat(get(NATIONAL, "/api/insight/deadline-risk?office=TNQ&format=csv").getBody().split("\r\n"))
        .containsExactly("office,deadline,past,dueSoon", "TNQ,decision,1,1");

    // the claims behind each count, with their next deadline
    JsonNode past = ok(NATIONAL, "/api/insight/claims?metric=deadlinePast&office=TNQ&deadline=decision");
    assertThat(past.get("total").asLong()).isEqualTo(1);
    assertThat(past.get("claims")).extracting(c -> c.get("caseNumber").asText(),
        c -> c.get("nextDeadlineAt").asText().substring(0, 10))
        .containsExactly(tuple("INSIGHT-TNQ-1", today.minusDays(2).toString()));
    assertThat(ok(NATIONAL, "/api/insight/claims?metric=deadlineDueSoon&office=TNQ").get("claims"))
        .extracting(c -> c.get("caseNumber").asText(), c -> c.get("nextDeadlineAt").asText().substring(0, 10))
        .containsExactly(tuple("INSIGHT-TNQ-2", dueSoonDay.toString()));
    assertThat(ok(NATIONAL, "/api/insight/claims?metric=deadlinePast&office=TNQ&deadline=appeal").get("total")
        .asLong()).isZero();
  }

  @Test
  void shouldPageTheClaimsBehindAFigure() throws IOException {
    JsonNode first = ok(NATIONAL, "/api/insight/claims?metric=backlog&office=TNQ");
    JsonNode second = ok(NATIONAL, "/api/insight/claims?metric=backlog&office=TNQ&offset=2");

    assertThat(first.get("total").asLong()).isEqualTo(4);
    assertThat(first.get("truncated").asBoolean()).isFalse();
    assertThat(second.get("offset").asLong()).isEqualTo(2);
    assertThat(second.get("claims")).extracting(c -> c.get("caseNumber").asText())
        .containsExactly(first.get("claims").get(2).get("caseNumber").asText(),
            first.get("claims").get(3).get("caseNumber").asText());
    assertThat(fieldOf400("/api/insight/claims?metric=backlog&office=TAP&offset=-1")).isEqualTo("offset");
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

  private List<String> caseNumbers(String user, String metric) throws IOException {
    JsonNode claims = ok(user, "/api/insight/claims?metric=" + metric + "&office=TNQ&" + MAY);
    List<String> caseNumbers = new ArrayList<>();
    claims.get("claims").forEach(c -> caseNumbers.add(c.get("caseNumber").asText()));
    assertThat(claims.get("total").asLong()).isEqualTo(caseNumbers.size());
    return caseNumbers;
  }

  private void ensureNationalManager() {
    ensureUser(NATIONAL, Role.MANAGER.groupId());
  }

  private void ensureUser(String userId, String groupId) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Gerencia");
      user.setLastName("De prueba");
      user.setPassword(userId);
      identity.saveUser(user);
      identity.createMembership(userId, groupId);
    }
  }
}
