package org.refugio.coi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.refugio.security.SecurityConfiguration;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The COI unit's page {@code /coi/} and SRE's page {@code /sre/}: only for a webapp session, anonymous to the login. */
class CoiPagesIT extends IntegrationTest {

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

  private ResponseEntity<String> page(WebappSession session, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(session.headers(false)), String.class);
  }
}
