package org.refugio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Our own pages and {@code /api} accept the Camunda webapps' session with session-fixation protection off on those
 * chains (see {@link WebappSessionAuthenticationFilter}), because the webapps' login gives the session a new id. This
 * is the proof: a session id planted before the login never becomes a logged-in session.
 */
class WebappSessionFixationIT extends IntegrationTest {

  @Test
  void shouldGiveTheSessionANewIdAtLoginSoThatAnIdPlantedBeforeItStaysAnonymous() {
    // Given a session id obtained before logging in (as an attacker would plant it in a victim's browser)
    ResponseEntity<String> start = http.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    String planted = sessionCookie(start);
    assertThat(planted).as("a session before the login").isNotNull();

    // When the victim logs into Tasklist with it
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, planted);
    headers.add("X-XSRF-TOKEN", start.getHeaders().getFirst("X-XSRF-TOKEN"));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "eligibilityTap");
    form.add("password", "eligibilityTap");
    ResponseEntity<String> loggedIn = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);

    // Then the login answers with another session id, and the planted one reaches neither the webapps nor our API
    String issued = sessionCookie(loggedIn);
    assertThat(issued).as("the session id after the login").isNotNull().isNotEqualTo(planted);
    assertThat(withCookie(planted, "/camunda/api/admin/auth/user/default").getBody() + "")
        .doesNotContain("eligibilityTap");
    assertThat(withCookie(planted, "/api/calendar/non-working-days?year=2030").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(withCookie(planted, "/engine-rest/task?maxResults=1").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // while the new one is the victim's logged-in session
    assertThat(withCookie(issued, "/camunda/api/admin/auth/user/default").getBody()).contains("eligibilityTap");
    assertThat(withCookie(issued, "/api/calendar/non-working-days?year=2030").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> withCookie(String cookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static String sessionCookie(ResponseEntity<String> response) {
    List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    return cookies == null ? null : cookies.stream().filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
  }
}
