package org.refugio.interop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real INM and RENAPO adapters against WireMock: success, timeouts, 5xx and malformed answers. */
class HttpInteropClientsTest {

  private static final InteropPerson PERSON = new InteropPerson("TAP-2026-000007", "Ana Lucía", "Martínez Núñez", "F",
      LocalDate.of(1990, 5, 1), "HN", "TAP");
  /** Long enough for a healthy answer on a loaded machine (a malformed answer must not fail as a timeout). */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
  private static WireMockServer server;
  private static HttpInmClient inm;
  private static HttpRenapoClient renapo;

  @BeforeAll
  static void start() {
    // delayed answers on WireMock's scheduler, so a slow answer holds no request thread of the next test
    server = new WireMockServer(options().dynamicPort().asynchronousResponseEnabled(true));
    server.start();
    inm = new HttpInmClient(new InteropProperties.Party("http", URI.create(server.baseUrl() + "/inm"), "inm-key"),
        Duration.ofSeconds(2), READ_TIMEOUT, new ObjectMapper());
    renapo = new HttpRenapoClient(new InteropProperties.Party("http", URI.create(server.baseUrl() + "/renapo/"),
        "renapo-key"), Duration.ofSeconds(2), READ_TIMEOUT, new ObjectMapper());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @Test
  void shouldNotifyInmWithItsKeyAndTheStepsIdempotencyKey() {
    server.stubFor(post("/inm/asylum-claims").willReturn(aResponse().withStatus(201)
        .withBody("{\"inmReference\":\"INM-2026-55\",\"status\":\"RECEIVED\"}")));

    InteropAnswer answer = inm.notifyClaim("CLAIM-7-CLAIM_NOTICE", PERSON);

    assertThat(answer).isEqualTo(new InteropAnswer("INM-2026-55", "RECEIVED"));
    server.verify(postRequestedFor(urlEqualTo("/inm/asylum-claims"))
        .withHeader("X-Api-Key", equalTo("inm-key"))
        .withHeader("Idempotency-Key", equalTo("CLAIM-7-CLAIM_NOTICE"))
        .withRequestBody(matchingJsonPath("$.caseNumber", equalTo("TAP-2026-000007")))
        .withRequestBody(matchingJsonPath("$.purpose", equalTo("TVRH"))));
  }

  @Test
  void shouldAskRenapoForTheKindOfCurp() {
    server.stubFor(post("/renapo/curp-requests").willReturn(aResponse().withStatus(200)
        .withBody("{\"curp\":\"MANA900501MNEXXX01\",\"status\":\"ISSUED\"}")));

    InteropAnswer answer = renapo.requestCurp("CLAIM-7-TEMPORARY_CURP", "TEMPORARY", PERSON);

    assertThat(answer.value()).isEqualTo("MANA900501MNEXXX01");
    server.verify(postRequestedFor(urlEqualTo("/renapo/curp-requests"))
        .withHeader("Idempotency-Key", equalTo("CLAIM-7-TEMPORARY_CURP"))
        .withRequestBody(matchingJsonPath("$.kind", equalTo("TEMPORARY")))
        .withRequestBody(matchingJsonPath("$.dateOfBirth", equalTo("1990-05-01"))));
  }

  @Test
  void shouldFailSoTheEngineRetriesWhenTheyAnswer5xx() {
    server.stubFor(post("/inm/asylum-claims").willReturn(aResponse().withStatus(502)));
    server.stubFor(post("/renapo/curp-requests").willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> inm.notifyClaim("k", PERSON)).isInstanceOf(InteropException.class).hasMessageContaining("502");
    assertThatThrownBy(() -> renapo.requestCurp("k", "PERMANENT", PERSON)).isInstanceOf(InteropException.class)
        .hasMessageContaining("500");
  }

  @Test
  void shouldFailWhenTheyAreTooSlow() {
    server.stubFor(post("/renapo/curp-requests").willReturn(aResponse().withStatus(200).withFixedDelay((int) READ_TIMEOUT.toMillis() * 3)
        .withBody("{\"curp\":\"X\"}")));

    assertThatThrownBy(() -> renapo.requestCurp("k", "TEMPORARY", PERSON)).isInstanceOf(InteropException.class)
        .hasMessageContaining("in time");
  }

  @Test
  void shouldFailWhenTheAnswerIsMalformed() {
    server.stubFor(post("/inm/asylum-claims").willReturn(aResponse().withStatus(201).withBody("not json")));
    server.stubFor(post("/renapo/curp-requests").willReturn(aResponse().withStatus(201).withBody("{\"curp\":\"\"}")));

    assertThatThrownBy(() -> inm.notifyClaim("k", PERSON)).isInstanceOf(InteropException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> renapo.requestCurp("k", "TEMPORARY", PERSON)).isInstanceOf(InteropException.class)
        .hasMessageContaining("no curp");
  }

  @Test
  void shouldTellInmOfALateFilingAndSayWhetherARefusalCanBeRetried() {
    server.stubFor(post("/inm/late-filing-notices").willReturn(aResponse().withStatus(201)
        .withBody("{\"inmReference\":\"INM-EXT-9\",\"status\":\"RECEIVED\"}")));
    InmClient.LateFiling late = new InmClient.LateFiling(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 11, 20));

    InteropAnswer answer = inm.notifyLateFiling("CLAIM-7-LATE_FILING_NOTICE", PERSON, late);

    assertThat(answer).isEqualTo(new InteropAnswer("INM-EXT-9", "RECEIVED"));
    server.verify(postRequestedFor(urlEqualTo("/inm/late-filing-notices"))
        .withHeader("X-Api-Key", equalTo("inm-key"))
        .withHeader("Idempotency-Key", equalTo("CLAIM-7-LATE_FILING_NOTICE"))
        .withRequestBody(matchingJsonPath("$.purpose", equalTo("LATE_FILING")))
        .withRequestBody(matchingJsonPath("$.entryDate", equalTo("2026-08-03")))
        .withRequestBody(matchingJsonPath("$.applicationDate", equalTo("2026-11-20"))));

    // a refusal of the notice as sent goes to an officer; INM failing is retried
    server.stubFor(post("/inm/late-filing-notices").willReturn(aResponse().withStatus(422)));
    assertThatThrownBy(() -> inm.notifyLateFiling("k", PERSON, late)).isInstanceOfSatisfying(InteropException.class,
        e -> assertThat(e.refused()).isTrue());
    server.stubFor(post("/inm/late-filing-notices").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> inm.notifyLateFiling("k", PERSON, late)).isInstanceOfSatisfying(InteropException.class,
        e -> assertThat(e.refused()).isFalse());
  }
}
