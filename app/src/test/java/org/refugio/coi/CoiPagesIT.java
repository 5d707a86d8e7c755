package org.refugio.coi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.refugio.security.SecurityConfiguration;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The COI unit's page {@code /coi/} and SRE's page {@code /sre/}: only for a webapp session, anonymous visitors to the
 * login; and the count of waiting claims that only the unit's page shows.
 */
class CoiPagesIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldSendAnonymousVisitorsOfTheCoiPagesToTheLogin() throws Exception {
    HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String path : List.of("/coi/", "/coi/index.html", "/coi/coi.js", "/coi/common.js", "/sre/", "/sre/sre.js")) {
      HttpResponse<String> response = anonymous.send(
          HttpRequest.newBuilder(URI.create(http.getRootUri() + path)).build(), BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(HttpStatus.FOUND.value());
      assertThat(response.headers().firstValue("Location")).as(path).get(InstanceOfAssertFactories.STRING)
          .endsWith(SecurityConfiguration.LOGIN_PAGE);
    }
  }

  @Test
  void shouldServeTheCoiPagesToAWebappSession() {
    WebappSession unit = webappLogin("coiUnitTap", "welcome");
    assertThat(page(unit, "/coi/").getBody()).contains("Información de países de origen");
    assertThat(page(unit, "/coi/coi.js").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page(unit, "/api/coi/requests/waiting").getStatusCode()).isEqualTo(HttpStatus.OK);

    WebappSession sre = webappLogin("sreCdmx", "welcome");
    ResponseEntity<String> srePage = page(sre, "/sre/");
    assertThat(srePage.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(srePage.getBody()).contains("Solicitudes de información de países de origen");
    assertThat(page(sre, "/coi/common.js").getStatusCode()).isEqualTo(HttpStatus.OK);
    // the page is served, but what only the COI unit may do is refused to SRE's session, in Spanish
    ResponseEntity<String> refused = page(sre, "/api/coi/requests/waiting");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("Solo la unidad de información de países de origen");
  }

  @Test
  void shouldCountTheClaimsWaitingForEachOpenRequestForTheCoiUnitOnly() throws Exception {
    // Given two claims' COI steps waiting for SRE's answer on Suriname, of which the repository holds nothing
    ResponseEntity<String> registered = post("registrationTap", "/api/claims", Claims.valid("TAP"));
    assertThat(registered.getStatusCode().is2xxSuccessful()).as(registered.getBody()).isTrue();
    String caseNumber = JSON.readTree(registered.getBody()).get("caseNumber").asText();
    long claimId = jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
    for (int i = 0; i < 2; i++) {
      ProcessInstance waiting = engine.getRuntimeService().startProcessInstanceByKey(CoiRequestProcess.KEY,
          caseNumber, Map.of(CoiRequestProcess.CLAIM_ID.name(), claimId, CoiRequestProcess.COI_COUNTRY.name(), "SR"));
      awaitJobs(waiting.getId());
    }

    // When the COI unit asks how many claims wait
    ResponseEntity<String> response = get("coiUnitCdmx", "/api/coi/requests/waiting");

    // Then Suriname's one open request has two, and SRE may not ask
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode suriname = null;
    for (JsonNode request : JSON.readTree(response.getBody())) {
      if ("SR".equals(request.get("country").asText())) {
        suriname = request;
      }
    }
    assertThat(suriname).as(response.getBody()).isNotNull();
    assertThat(suriname.get("claimsWaiting").asLong()).isEqualTo(2);
    assertThat(suriname.get("requestId").asLong()).isEqualTo(jdbc.queryForObject(
        "select id from refugio.coi_request where country = 'SR' and status = 'OPEN'", Long.class));
    assertThat(get("sreTap", "/api/coi/requests/waiting").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldNameEveryMissingFieldOfADocumentSentFromAnEmptyForm() throws Exception {
    // the page sends what the form holds, a missing file as no media type and no content
    Map<String, Object> empty = new HashMap<>();
    empty.put("publishedOn", "2026-01-10");
    empty.put("reviewBy", "2027-01-10");
    empty.put("mediaType", null);
    empty.put("contentBase64", null);
    empty.put("tags", List.of());

    ResponseEntity<String> response = post("coiUnitTap", "/api/coi/documents", empty);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    JSON.readTree(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("country", "title", "source", "mediaType", "contentBase64");
  }

  private ResponseEntity<String> page(WebappSession session, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(session.headers(false)), String.class);
  }
}
