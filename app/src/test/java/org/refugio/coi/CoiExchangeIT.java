package org.refugio.coi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The COI repository and the exchange with SRE, through the API as the COI unit, officers and SRE use them. */
class CoiExchangeIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldFindCoiByCountryTagAndSpanishTextIgnoringAccents() throws Exception {
    // Given a report on Yemen stored by the COI unit
    ResponseEntity<String> stored = post("coiUnitTap", "/api/coi/documents", document("YE",
        "Yemen: periodistas perseguidos", "<p>La persecución política de periodistas y defensores aumentó.</p>",
        List.of("persecucion-politica")));
    assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = JSON.readTree(stored.getBody()).get("id").asLong();

    // Then an officer finds it without typing the accents, by another form of the word, and by its tag
    assertThat(ids("eligibilityTap", "/api/coi/documents?country=YE&q=persecucion")).contains(id);
    assertThat(ids("eligibilityTap", "/api/coi/documents?country=YE&q=periodista")).contains(id);
    assertThat(ids("eligibilityTap", "/api/coi/documents?country=YE&tag=persecucion-politica")).contains(id);
    // but not under another tag or another word
    assertThat(ids("eligibilityTap", "/api/coi/documents?country=YE&tag=lgbti")).doesNotContain(id);
    assertThat(ids("eligibilityTap", "/api/coi/documents?country=YE&q=inundaciones")).doesNotContain(id);
    // and the stored file is served as it was uploaded
    assertThat(get("eligibilityTap", "/api/coi/documents/" + id + "/content").getBody())
        .contains("La persecución política");
  }

  @Test
  void shouldLetOnlyTheCoiUnitManageTagsAndDocuments() {
    assertThat(post("eligibilityTap", "/api/coi/tags", Map.of("code", "desplazamiento", "label", "Desplazamiento"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("coiUnitTap", "/api/coi/tags", Map.of("code", "desplazamiento-interno",
        "label", "Desplazamiento interno")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(get("eligibilityTap", "/api/coi/tags").getBody()).contains("desplazamiento-interno");
    assertThat(post("sreTap", "/api/coi/documents", document("YE", "x", "<p>x</p>", List.of())).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("frontDeskTap", "/api/coi/documents").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldSayWhatIsWrongWithADocument() throws Exception {
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("country", "Yemen");
    bad.put("publishedOn", "2026-01-10");
    bad.put("reviewBy", "2025-01-10");
    bad.put("mediaType", "application/pdf");
    bad.put("contentBase64", Base64.getEncoder().encodeToString("<p>no soy un PDF</p>".getBytes(StandardCharsets.UTF_8)));
    bad.put("tags", List.of("no-existe"));

    ResponseEntity<String> response = post("coiUnitTap", "/api/coi/documents", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = JSON.readTree(response.getBody());
    List<String> fields = new ArrayList<>();
    body.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("country", "title", "source", "reviewBy", "contentBase64", "tags");
    assertThat(body.get("message").asText()).startsWith("No se guardó el documento.");
  }

  @Test
  void shouldAttachTheCountrysCurrentCoiWhenAClaimIsRegistered() throws Exception {
    // Given the demo's current report on Honduras, when a Honduran claim is registered
    String caseNumber = register("HN");

    // Then its COI is attached without anyone asking, and the claim is at the interview
    JsonNode attached = JSON.readTree(get("eligibilityTap", "/api/claims/" + caseNumber + "/coi").getBody());
    assertThat(attached).isNotEmpty();
    assertThat(attached.get(0).get("country").asText()).isEqualTo("HN");
    awaitTask(caseNumber, AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW);
  }

  @Test
  void shouldAttachEveryCurrentDocumentOfTheCountryAndKeepTheFirstForTheTurnaround() throws Exception {
    // Given three current reports on Afghanistan in the repository
    List<Long> stored = new ArrayList<>();
    for (String title : List.of("Afganistán: mujeres", "Afganistán: periodistas", "Afganistán: minorías")) {
      ResponseEntity<String> response = post("coiUnitTap", "/api/coi/documents",
          document("AF", title, "<p>" + title + "</p>", List.of()));
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
      stored.add(JSON.readTree(response.getBody()).get("id").asLong());
    }

    // When an Afghan claim is registered
    String caseNumber = register("AF");
    awaitTask(caseNumber, AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW);

    // Then every one of them is in its case file, and the managers' COI turnaround counts the first one attached
    // (attached together: the lowest id) as the repository's, at once
    assertThat(ids("eligibilityTap", "/api/claims/" + caseNumber + "/coi")).containsExactlyInAnyOrderElementsOf(stored);
    Map<String, Object> timing = jdbc.queryForMap("select t.first_coi_document_id, t.first_coi_request_id,"
        + " t.first_coi_attached_at = t.coi_step_reached_at as at_once from refugio.claim_coi_timing t"
        + " join refugio.claim c on c.id = t.claim_id where c.case_number = ?", caseNumber);
    assertThat(((Number) timing.get("first_coi_document_id")).longValue()).isEqualTo(stored.get(0));
    assertThat(timing.get("first_coi_request_id")).isNull();
    assertThat(timing.get("at_once")).isEqualTo(true);
  }

  @Test
  void shouldAskSreOncePerCountryAndResumeEveryWaitingClaimWithItsAnswer() throws Exception {
    // Given two Eritrean claims, and no COI on Eritrea
    String first = register("ER");
    String second = register("ER");

    // Then SRE has one open request for Eritrea, with country, topics and question only
    List<JsonNode> open = new ArrayList<>();
    JSON.readTree(get("sreCdmx", "/api/coi/requests?status=OPEN").getBody()).forEach(r -> {
      if ("ER".equals(r.get("country").asText())) {
        open.add(r);
      }
    });
    assertThat(open).hasSize(1);
    JsonNode request = open.get(0);
    List<String> fieldNames = new ArrayList<>();
    request.fieldNames().forEachRemaining(fieldNames::add);
    assertThat(fieldNames).containsExactlyInAnyOrder("id", "country", "topics", "question", "status", "openedAt");
    assertThat(request.toString()).doesNotContain(first, second, "Ana", "Martínez");
    // and both claims wait for it before the interview
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKeyIn(first, second).count()).isZero();

    // When SRE uploads its answer
    ResponseEntity<String> answer = post("sreCdmx", "/api/coi/requests/" + request.get("id").asLong() + "/answer",
        document(null, "Eritrea: servicio nacional indefinido", "<p>El servicio militar es indefinido.</p>",
            List.of()));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    long documentId = JSON.readTree(answer.getBody()).get("id").asLong();

    // Then both claims get it and go on to their interviews, and the request is closed
    for (String caseNumber : List.of(first, second)) {
      awaitTask(caseNumber, AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW);
      assertThat(ids("eligibilityTap", "/api/claims/" + caseNumber + "/coi")).contains(documentId);
    }
    assertThat(get("sreCdmx", "/api/coi/requests?status=OPEN").getBody()).doesNotContain("\"country\":\"ER\"");
    // and a second answer to the same request is refused
    assertThat(post("sreCdmx", "/api/coi/requests/" + request.get("id").asLong() + "/answer",
        document(null, "Otra", "<p>Otra</p>", List.of())).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private String register(String nationality) throws Exception {
    return registerClaim(Claims.alone("TAP", applicant -> applicant.put("nationality", nationality)));
  }

  private void awaitTask(String caseNumber, String step) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step).count() == 0) {
      assertThat(Instant.now()).as("claim %s reaches %s", caseNumber, step).isBefore(deadline);
      Thread.sleep(100);
    }
  }

  private List<Long> ids(String user, String path) throws Exception {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    List<Long> ids = new ArrayList<>();
    JSON.readTree(response.getBody()).forEach(d -> ids.add(d.get("id").asLong()));
    return ids;
  }

  static Map<String, Object> document(String country, String title, String html, List<String> tags) {
    Map<String, Object> document = new LinkedHashMap<>();
    if (country != null) {
      document.put("country", country);
    }
    document.put("title", title);
    document.put("source", "Informe de prueba");
    document.put("publishedOn", LocalDate.now().minusDays(10).toString());
    document.put("reviewBy", LocalDate.now().plusMonths(6).toString());
    document.put("mediaType", "text/html");
    document.put("contentBase64", Base64.getEncoder().encodeToString(("<html><body>" + html + "</body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    document.put("tags", tags);
    return document;
  }
}
