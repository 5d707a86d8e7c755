package org.refugio.inclusion.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The gap report of a roundtable on gaps seeded in Zacatecas (where no office is, and in 2031, where no other test
 * looks): its figures, the cases behind them as internal and external members see them, the exports, and who is
 * refused.
 */
class RoundtableGapsIT extends IntegrationTest {

  static final String PERIOD = "from=2031-04-01&to=2031-06-30";
  static final String INTERNAL = "rtInternalIt";
  static final String EXTERNAL = "rtExternalIt";
  private static final ObjectMapper JSON = new ObjectMapper();

  static long stateId;
  static long municipalId;
  static final List<Long> noCapacityReferrals = new ArrayList<>();

  @BeforeEach
  void seedOnce() throws IOException {
    GapSeed seed = new GapSeed(jdbc);
    if (seed.seeded("ZAC-01")) {
      return;
    }
    // the period: 2031-04-01 to 2031-06-30 (91 days); the previous one: 2030-12-31 to 2031-03-31
    noCapacityReferrals.add(seed.gap("ZAC-01", "HEALTH", "IMSSB", "ZAC", "Fresnillo", "NO_CAPACITY",
        LocalDate.of(2031, 4, 10), null));
    noCapacityReferrals.add(seed.gap("ZAC-02", "HEALTH", "IMSSB", "ZAC", "Fresnillo", "NO_CAPACITY",
        LocalDate.of(2031, 5, 3), LocalDate.of(2031, 5, 20)));
    seed.gap("ZAC-03", "HEALTH", "IMSSB", "ZAC", "Zacatecas", null, LocalDate.of(2031, 5, 15), null);
    // closed only after the period: still open at its end
    seed.gap("ZAC-04", "IDENTITY", "RENAPO", "ZAC", "Fresnillo", "NOT_RECOGNIZED_ID", LocalDate.of(2031, 6, 1),
        LocalDate.of(2031, 7, 15));
    seed.gap("ZAC-05", "LABOR", "SNE", "ZAC", "Zacatecas", null, LocalDate.of(2031, 6, 30), null);
    // the day after the period
    seed.gap("ZAC-06", "EDUCATION", "SEP", "ZAC", "Zacatecas", "FEE_DEMANDED", LocalDate.of(2031, 7, 1), null);
    // the previous period, its last day included
    seed.gap("ZAC-07", "HEALTH", "IMSSB", "ZAC", "Fresnillo", "NO_CAPACITY", LocalDate.of(2031, 2, 10), null);
    seed.gap("ZAC-08", "IDENTITY", "RENAPO", "ZAC", "Zacatecas", null, LocalDate.of(2031, 3, 31),
        LocalDate.of(2031, 4, 2));
    // another state
    seed.gap("DUR-01", "HEALTH", "IMSSB", "DUR", "Durango", "NO_CAPACITY", LocalDate.of(2031, 5, 5), null);

    IdentityService identity = engine.getIdentityService();
    for (String userId : List.of(INTERNAL, EXTERNAL)) {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("Prueba");
        user.setPassword(userId);
        identity.saveUser(user);
      }
    }
    stateId = create(Map.of("name", "Mesa estatal de Zacatecas (prueba)", "level", "STATE", "stateCode", "ZAC",
        "theme", "ALL", "coordinatingInstitution", "COMAR"));
    municipalId = create(Map.of("name", "Mesa de salud de Fresnillo (prueba)", "level", "MUNICIPAL",
        "stateCode", "zac", "municipality", "Fresnillo", "theme", "HEALTH", "coordinatingInstitution", "SSA"));
    assertCreated(post("admin", "/api/roundtables/" + stateId + "/members", Map.of("institutionCode", "COMAR",
        "userId", INTERNAL, "external", false, "coordinator", true)));
    assertCreated(post("admin", "/api/roundtables/" + stateId + "/members", Map.of("institutionCode", "ACNUR",
        "userId", EXTERNAL, "external", true)));
  }

  private long create(Map<String, Object> body) throws IOException {
    ResponseEntity<String> created = post("admin", "/api/roundtables", body);
    assertCreated(created);
    return JSON.readTree(created.getBody()).get("id").asLong();
  }

  private static void assertCreated(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private JsonNode json(String user, String path) throws IOException {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private static JsonNode figure(JsonNode figures, String key) {
    for (JsonNode figure : figures) {
      if (key.equals(figure.get("key").asText())) {
        return figure;
      }
    }
    throw new AssertionError("No figure " + key + " in " + figures);
  }

  /** The ids of a list of roundtables (not of their members). */
  private static List<Long> ids(JsonNode roundtables) {
    List<Long> ids = new ArrayList<>();
    roundtables.forEach(r -> ids.add(r.get("id").asLong()));
    return ids;
  }

  private static String counts(JsonNode figure) {
    return figure.get("total").asInt() + "/" + figure.get("open").asInt() + "/" + figure.get("closed").asInt()
        + (figure.has("previous") ? "/" + figure.get("previous").asInt() : "");
  }

  @Test
  void shouldCountTheGapsOfTheStateByThemeInstitutionReasonAndMonthWithTheTrend() throws IOException {
    JsonNode report = json("admin", "/api/roundtables/" + stateId + "/gaps?" + PERIOD);

    assertThat(report.get("place").asText()).isEqualTo("Zacatecas");
    assertThat(report.get("previousFrom").asText()).isEqualTo("2030-12-31");
    assertThat(report.get("previousTo").asText()).isEqualTo("2031-03-31");
    assertThat(report.get("total").asInt()).isEqualTo(5);
    assertThat(report.get("open").asInt()).isEqualTo(4);
    assertThat(report.get("closed").asInt()).isEqualTo(1);
    assertThat(report.get("previousTotal").asInt()).isEqualTo(2);
    assertThat(report.get("change").asInt()).isEqualTo(3);
    // total/open/closed/previous
    assertThat(report.get("byTheme")).hasSize(3);
    assertThat(counts(figure(report.get("byTheme"), "HEALTH"))).isEqualTo("3/2/1/1");
    assertThat(figure(report.get("byTheme"), "HEALTH").get("label").asText()).isEqualTo("Salud");
    assertThat(counts(figure(report.get("byTheme"), "IDENTITY"))).isEqualTo("1/1/0/1");
    assertThat(counts(figure(report.get("byTheme"), "LABOR"))).isEqualTo("1/1/0/0");
    assertThat(report.get("byInstitution")).hasSize(3);
    assertThat(counts(figure(report.get("byInstitution"), "IMSSB"))).isEqualTo("3/2/1/1");
    assertThat(counts(figure(report.get("byInstitution"), "RENAPO"))).isEqualTo("1/1/0/1");
    assertThat(counts(figure(report.get("byInstitution"), "SNE"))).isEqualTo("1/1/0/0");
    assertThat(report.get("byReason")).hasSize(3);
    assertThat(counts(figure(report.get("byReason"), "NO_CAPACITY"))).isEqualTo("2/1/1/1");
    assertThat(counts(figure(report.get("byReason"), "OVERDUE"))).isEqualTo("2/2/0/1");
    assertThat(figure(report.get("byReason"), "OVERDUE").get("label").asText()).isEqualTo("Vencida sin atención");
    assertThat(counts(figure(report.get("byReason"), "NOT_RECOGNIZED_ID"))).isEqualTo("1/1/0/0");
    assertThat(report.get("byMonth").findValuesAsText("key")).containsExactly("2031-04", "2031-05", "2031-06");
    assertThat(report.get("byMonth").findValues("total").stream().map(JsonNode::asInt)).containsExactly(1, 2, 2);
    assertThat(figure(report.get("byMonth"), "2031-05").get("label").asText()).isEqualTo("mayo 2031");
  }

  @Test
  void shouldKeepToTheMunicipalityAndThemeOfAMunicipalRoundtable() throws IOException {
    JsonNode report = json("admin", "/api/roundtables/" + municipalId + "/gaps?" + PERIOD);
    assertThat(report.get("place").asText()).isEqualTo("Fresnillo, Zacatecas");
    assertThat(report.get("total").asInt()).isEqualTo(2);
    assertThat(report.get("previousTotal").asInt()).isEqualTo(1);
    assertThat(report.get("byTheme").findValuesAsText("key")).containsExactly("HEALTH");
  }

  @Test
  void shouldShowInternalMembersTheCaseNumbersBehindAFigureAndAuditTheRead() throws IOException {
    JsonNode cases = json(INTERNAL, "/api/roundtables/" + stateId + "/gaps/cases?" + PERIOD
        + "&theme=HEALTH&reason=NO_CAPACITY");
    assertThat(cases.get("view").asText()).isEqualTo("FULL");
    assertThat(cases.get("cases").findValuesAsText("caseNumber")).containsExactly("RTIT-ZAC-01", "RTIT-ZAC-02");
    assertThat(cases.get("cases").get(0).get("openedOn").asText()).isEqualTo("2031-04-10");
    assertThat(cases.get("cases").get(1).get("open").asBoolean()).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from refugio.case_file_read where user_id = ? "
        + "and case_number in ('RTIT-ZAC-01', 'RTIT-ZAC-02') and what = ? and granted", Integer.class, INTERNAL,
        "roundtable-gaps:" + stateId)).isGreaterThanOrEqualTo(2);

    JsonNode overdue = json("admin", "/api/roundtables/" + stateId + "/gaps/cases?" + PERIOD + "&reason=OVERDUE");
    assertThat(overdue.get("cases").findValuesAsText("caseNumber")).containsExactly("RTIT-ZAC-03", "RTIT-ZAC-05");
  }

  @Test
  void shouldShowExternalMembersOnlyAPseudonymousReferenceAndTheMunicipality() throws IOException {
    // the figures are theirs to see
    assertThat(json(EXTERNAL, "/api/roundtables/" + stateId + "/gaps?" + PERIOD).get("total").asInt()).isEqualTo(5);

    ResponseEntity<String> response = get(EXTERNAL, "/api/roundtables/" + stateId + "/gaps/cases?" + PERIOD
        + "&institution=IMSSB&reason=NO_CAPACITY");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode cases = JSON.readTree(response.getBody());
    assertThat(cases.get("view").asText()).isEqualTo("DEIDENTIFIED");
    assertThat(cases.get("cases").findValuesAsText("reference")).containsExactly(
        String.format("R-%06d", noCapacityReferrals.get(0)), String.format("R-%06d", noCapacityReferrals.get(1)));
    assertThat(cases.get("cases").findValuesAsText("municipality")).containsExactly("Fresnillo", "Fresnillo");
    assertThat(response.getBody()).doesNotContain("RTIT-", "caseNumber", "openedOn", "Persona", "1990-01-01", "HN");
    assertThat(jdbc.queryForObject("select count(*) from refugio.case_file_read where user_id = ?", Integer.class,
        EXTERNAL)).isZero();
  }

  @Test
  void shouldRefuseWhoeverIsNotAMember() throws IOException {
    assertThat(get("eligibilityTap", "/api/roundtables/" + stateId + "/gaps?" + PERIOD).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("eligibilityTap", "/api/roundtables/" + stateId + "/gaps/cases?" + PERIOD).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ids(json("eligibilityTap", "/api/roundtables")))
        .doesNotContain(stateId, municipalId);
    // an external member of the state's roundtable is not one of the municipality's
    assertThat(ids(json(EXTERNAL, "/api/roundtables")))
        .contains(stateId).doesNotContain(municipalId);
    // nor learns who sits for the other institutions
    assertThat(get(EXTERNAL, "/api/roundtables/" + stateId).getBody()).contains(EXTERNAL).doesNotContain(INTERNAL);
    ResponseEntity<String> refused = get(EXTERNAL, "/api/roundtables/" + municipalId + "/gaps.csv?" + PERIOD);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("No es miembro de la mesa");
    // members do not manage the roundtable
    assertThat(post(INTERNAL, "/api/roundtables", Map.of("name", "x", "level", "FEDERAL", "theme", "ALL",
        "coordinatingInstitution", "COMAR")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldSayWhatIsWrongWithThePeriod() throws IOException {
    ResponseEntity<String> badDate = get("admin", "/api/roundtables/" + stateId + "/gaps?from=01/04/2031&to=2031-06-30");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = JSON.readTree(badDate.getBody());
    assertThat(error.get("errors").findValuesAsText("field")).containsExactly("from");
    assertThat(error.get("message").asText()).contains("AAAA-MM-DD");

    ResponseEntity<String> reversed = get("admin", "/api/roundtables/" + stateId
        + "/gaps/cases?from=2031-06-30&to=2031-04-01");
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody()).contains("posterior");

    ResponseEntity<String> missing = get("admin", "/api/roundtables/" + stateId + "/gaps.pdf");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(missing.getBody()).get("errors").findValuesAsText("field")).containsExactly("from", "to");
  }

  @Test
  void shouldReportEveryFieldErrorOfANewRoundtable() throws IOException {
    ResponseEntity<String> response = post("admin", "/api/roundtables", Map.of("level", "MUNICIPAL",
        "stateCode", "XXX", "theme", "SPORTS", "coordinatingInstitution", "NOPE"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(response.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "stateCode", "municipality", "theme", "coordinatingInstitution");

    ResponseEntity<String> taken = post("admin", "/api/roundtables", Map.of("name", "Otra", "level", "STATE",
        "stateCode", "ZAC", "theme", "ALL", "coordinatingInstitution", "COMAR"));
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(get("admin", "/api/roundtables/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldExportTheFiguresAsCsvAndPdf() throws IOException {
    ResponseEntity<String> csv = get(EXTERNAL, "/api/roundtables/" + stateId + "/gaps.csv?" + PERIOD);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("apartado,clave,concepto,total,abiertas,cerradas,periodo_anterior\r\n")
        .contains("Total,TOTAL,Todas las brechas,5,4,1,2\r\n", "Tema,HEALTH,Salud,3,2,1,1\r\n",
            "Institución,IMSSB,IMSS-Bienestar,3,2,1,1\r\n", "Motivo,OVERDUE,Vencida sin atención,2,2,0,1\r\n",
            "Mes,2031-05,mayo 2031,2,1,1,\r\n")
        .doesNotContain("RTIT-");

    ResponseEntity<byte[]> pdf = http.withBasicAuth("admin", "admin")
        .getForEntity("/api/roundtables/" + stateId + "/gaps.pdf?" + PERIOD, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Reporte de brechas de inclusión", "Mesa estatal de Zacatecas (prueba)",
        "del 1 de abril de 2031 al 30 de junio de 2031", "Brechas en el periodo 5", "Salud 3 2 1 1",
        "IMSS-Bienestar 3 2 1 1", "Vencida sin atención 2 2 0 1", "mayo 2031 2 1 1").doesNotContain("RTIT-");
  }
}
