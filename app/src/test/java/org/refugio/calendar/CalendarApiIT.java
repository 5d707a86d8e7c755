package org.refugio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.refugio.security.SecurityConfiguration;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The calendar API as policy staff and other officers use it, on the real stack. */
class CalendarApiIT extends IntegrationTest {

  private static final String DAYS = "/api/calendar/non-working-days";

  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;

  @AfterEach
  void forgetTheDeclaredDays() {
    jdbc.update("delete from refugio.non_working_day where day between '2029-01-01' and '2029-12-31'");
  }

  @Test
  void shouldAddAndCountBusinessDaysOnTheNationalAndAnOfficesCalendar() throws Exception {
    // Given Holy Thursday 2029 (29 March) declared at Tapachula only
    assertThat(post("policyTap", DAYS, Map.of("date", "2029-03-29", "reason", "Jueves Santo",
        "reference", "DOF 15/03/2029", "office", "TAP")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // When / Then: from Wednesday 28 March, one business day is Thursday nationally, Friday at Tapachula
    assertThat(body(get("eligibilityTap", "/api/calendar/business-days/add?from=2029-03-28&days=1"))
        .get("date").asText()).isEqualTo("2029-03-29");
    assertThat(body(get("eligibilityTap", "/api/calendar/business-days/add?from=2029-03-28&days=1&office=TAP"))
        .get("date").asText()).isEqualTo("2029-03-30");
    // 45 business days from Monday 12 March 2029 (Monday 19 March is the third Monday of March)
    assertThat(body(get("eligibilityTap", "/api/calendar/business-days/add?from=2029-03-12&days=0"))
        .get("date").asText()).isEqualTo("2029-03-12");
    assertThat(body(get("eligibilityTap", "/api/calendar/business-days/count?from=2029-03-12&to=2029-03-23"))
        .get("businessDays").asInt()).isEqualTo(8);
    assertThat(body(get("eligibilityTap",
        "/api/calendar/business-days/count?from=2029-03-26&to=2029-03-30&office=tap")).get("businessDays").asInt())
        .isEqualTo(3);
    assertThat(body(get("eligibilityTap", "/api/calendar/business-days/count?from=2029-03-26&to=2029-03-30"))
        .get("businessDays").asInt()).isEqualTo(4);
  }

  @Test
  void shouldListTheStatutoryAndDeclaredDaysOfAYear() throws Exception {
    // Given
    post("policyTap", DAYS, Map.of("date", "2029-03-29", "reason", "Jueves Santo", "reference", "DOF 15/03/2029"));
    post("policyTap", DAYS, Map.of("date", "2029-03-30", "reason", "Viernes Santo", "reference", "DOF 15/03/2029",
        "office", "TAP"));
    post("admin", DAYS, Map.of("date", "2029-03-28", "reason", "Acuerdo local", "reference", "DOF 15/03/2029",
        "office", "CDMX"));

    // When
    JsonNode tapachula = body(get("eligibilityTap", DAYS + "?year=2029&office=TAP"));

    // Then the statutory days with their names, the national day and Tapachula's, not Mexico City's
    assertThat(tapachula.get("year").asInt()).isEqualTo(2029);
    List<String> lines = new ArrayList<>();
    tapachula.get("days").forEach(day -> lines.add(day.get("date").asText() + " " + day.get("kind").asText() + " "
        + day.path("name").asText(day.path("reason").asText()) + " " + day.path("office").asText("-")));
    assertThat(lines).containsExactly(
        "2029-01-01 STATUTORY Año Nuevo -",
        "2029-02-05 STATUTORY Día de la Constitución -",
        "2029-03-19 STATUTORY Natalicio de Benito Juárez -",
        "2029-03-29 DECLARED Jueves Santo -",
        "2029-03-30 DECLARED Viernes Santo TAP",
        "2029-05-01 STATUTORY Día del Trabajo -",
        "2029-05-05 STATUTORY Aniversario de la Batalla de Puebla -",
        "2029-09-16 STATUTORY Día de la Independencia -",
        "2029-11-19 STATUTORY Aniversario de la Revolución Mexicana -",
        "2029-12-25 STATUTORY Navidad -");
    JsonNode holyThursday = tapachula.get("days").get(3);
    assertThat(holyThursday.get("reference").asText()).isEqualTo("DOF 15/03/2029");
    assertThat(holyThursday.get("declaredBy").asText()).isEqualTo("policyTap");
    assertThat(holyThursday.get("declaredAt").asText()).isNotBlank();
    // without an office: every office's declared days
    assertThat(body(get("eligibilityTap", DAYS + "?year=2029")).get("days")).hasSize(11);
  }

  @Test
  void shouldLetOnlyPolicyStaffDeclareAndRemoveDays() {
    Map<String, String> day = Map.of("date", "2029-04-02", "reason", "Acuerdo", "reference", "DOF 15/03/2029");

    assertThat(post("eligibilityTap", DAYS, day).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("managerTap", DAYS, day).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(null, DAYS, day).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, DAYS + "?year=2029").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, "/api/calendar/business-days/add?from=2029-03-28&days=1").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post("policyCdmx", DAYS, day).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(call("eligibilityTap", HttpMethod.DELETE, DAYS + "/2029-04-02", null, Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(null, HttpMethod.DELETE, DAYS + "/2029-04-02", null, Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call("policyTap", HttpMethod.DELETE, DAYS + "/2029-04-02", null, Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call("policyTap", HttpMethod.DELETE, DAYS + "/2029-04-02", null, Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("eligibilityTap", "/api/calendar/suspensions", Map.of("from", "2029-04-02", "to", "2029-04-06",
        "reason", "Suspensión", "reference", "DOF")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("eligibilityTap", "/api/calendar/deadlines/recompute", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> recomputed = post("policyTap", "/api/calendar/deadlines/recompute", null);
    assertThat(recomputed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recomputed.getBody()).contains("\"deadlinesMoved\":");
  }

  @Test
  void shouldLetAnOfficesPolicyOfficerDeclareNationalDaysAndTheirOfficesOnly() {
    // Given an officer in Tapachula's own policy group
    String officer = officeScopedPolicyOfficer();
    Map<String, String> day = Map.of("date", "2029-04-03", "reason", "Acuerdo", "reference", "DOF 15/03/2029");

    // When / Then
    assertThat(post(officer, DAYS, withOffice(day, "CDMX")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(officer, DAYS, withOffice(day, "TAP")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(post(officer, DAYS, day).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(call(officer, HttpMethod.DELETE, DAYS + "/2029-04-03?office=TAP", null, Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("admin", DAYS, withOffice(day, "CDMX")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void shouldRefuseBadInputNamingEveryWrongField() throws Exception {
    // When
    ResponseEntity<String> empty = post("policyTap", DAYS, Map.of("date", "2029-02-30", "office", "XYZ"));

    // Then every field is named, with what to do, in Spanish
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = body(empty);
    assertThat(body.get("message").asText()).contains("corrija los campos");
    assertThat(fields(body)).containsExactly("date", "reason", "reference", "office");
    assertThat(body.at("/errors/0/message").asText()).contains("AAAA-MM-DD");
    assertThat(body.at("/errors/2/message").asText()).contains("DOF");
    assertThat(body.at("/errors/3/message").asText()).contains("TAP", "CDMX");

    ResponseEntity<String> days = get("eligibilityTap", "/api/calendar/business-days/add?from=2029-3-1&days=1001");
    assertThat(days.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(body(days))).containsExactly("from", "days");
    assertThat(fields(body(get("eligibilityTap", "/api/calendar/business-days/add?from=2029-03-01&days=-1"))))
        .containsExactly("days");
    assertThat(fields(body(get("eligibilityTap", "/api/calendar/business-days/count?to=x&office=XYZ"))))
        .containsExactly("from", "to", "office");
    assertThat(fields(body(get("eligibilityTap", DAYS + "?year=dos mil")))).containsExactly("year");

    ResponseEntity<String> tooLong = post("policyTap", "/api/calendar/suspensions",
        Map.of("from", "2029-01-01", "to", "2030-01-02", "reason", "Suspensión", "reference", "DOF 01/01/2029"));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(body(tooLong))).containsExactly("to");
    assertThat(body(tooLong).at("/errors/0/message").asText()).contains("366");
    ResponseEntity<String> backwards = post("policyTap", "/api/calendar/suspensions",
        Map.of("from", "2029-04-10", "to", "2029-04-02"));
    assertThat(fields(body(backwards))).containsExactly("reason", "reference", "to");
  }

  @Test
  void shouldRefuseADayThatIsAlreadyNonWorkingSayingWhy() throws Exception {
    Map<String, String> day = Map.of("reason", "Acuerdo", "reference", "DOF 15/03/2029");

    ResponseEntity<String> saturday = post("policyTap", DAYS, withDate(day, "2029-03-31"));
    ResponseEntity<String> holiday = post("policyTap", DAYS, withDate(day, "2029-03-19"));
    assertThat(post("policyTap", DAYS, withDate(day, "2029-04-04")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> twice = post("policyTap", DAYS, withDate(day, "2029-04-04"));

    assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(body(saturday).get("message").asText()).contains("sábado");
    assertThat(holiday.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(body(holiday).get("message").asText()).contains("Natalicio de Benito Juárez");
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(body(twice).get("message").asText()).contains("ya está declarado", "DOF 15/03/2029");
  }

  @Test
  void shouldServeThePageToAWebappSessionAndSendAnonymousVisitorsToTheLogin() throws Exception {
    // Given an anonymous visitor, sent to the login page of the webapps
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String path : List.of("/calendar/", "/calendar/index.html", "/calendar/calendar.js")) {
      HttpResponse<String> anonymous = browser.send(
          HttpRequest.newBuilder(URI.create(http.getRootUri() + path)).build(), BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).as(path).isEqualTo(HttpStatus.FOUND.value());
      assertThat(anonymous.headers().firstValue("Location")).as(path).get(InstanceOfAssertFactories.STRING)
          .endsWith(SecurityConfiguration.LOGIN_PAGE);
    }

    // When policy staff log into the Camunda webapps
    WebappSession session = webappLogin("policyTap", "welcome");

    // Then the page and the API answer to that session, and changes need the session's CSRF token
    ResponseEntity<String> page = exchange(session, HttpMethod.GET, "/calendar/", null, false);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Calendario de días inhábiles");
    assertThat(exchange(session, HttpMethod.GET, "/calendar/calendar.js", null, false).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> listed = exchange(session, HttpMethod.GET, DAYS + "?year=2029", null, false);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the page, outside /camunda, cannot read the webapps' token cookie: the API hands the token out
    assertThat(listed.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo(session.csrfToken());
    assertThat(get("policyTap", DAYS + "?year=2029").getHeaders().containsKey("X-XSRF-TOKEN")).isFalse();
    Map<String, String> day = Map.of("date", "2029-04-05", "reason", "Acuerdo", "reference", "DOF 15/03/2029");
    ResponseEntity<String> withoutToken = exchange(session, HttpMethod.POST, DAYS, day, false);
    assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(body(withoutToken).get("message").asText()).contains("X-XSRF-TOKEN");
    ResponseEntity<String> withToken = exchange(session, HttpMethod.POST, DAYS, day, true);
    assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(body(withToken).get("declaredBy").asText()).isEqualTo("policyTap");
  }

  // --- helpers

  /** A webapp session: its cookie and its CSRF token. */
  private ResponseEntity<String> exchange(WebappSession session, HttpMethod method, String path, Object body,
      boolean withCsrfToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.COOKIE, session.cookie());
    if (withCsrfToken) {
      headers.add("X-XSRF-TOKEN", session.csrfToken());
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }


  private String officeScopedPolicyOfficer() {
    String groupId = "policyTap";
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      identityService.saveGroup(identityService.newGroup(groupId));
    }
    String userId = "calendarPolicyTap";
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword(userId);
      identityService.saveUser(user);
      identityService.createMembership(userId, groupId);
    }
    return userId;
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  private static List<String> fields(JsonNode body) {
    List<String> fields = new ArrayList<>();
    body.get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  private static Map<String, String> withOffice(Map<String, String> day, String office) {
    Map<String, String> copy = new java.util.HashMap<>(day);
    copy.put("office", office);
    return copy;
  }

  private static Map<String, String> withDate(Map<String, String> day, String date) {
    Map<String, String> copy = new java.util.HashMap<>(day);
    copy.put("date", date);
    return copy;
  }
}
