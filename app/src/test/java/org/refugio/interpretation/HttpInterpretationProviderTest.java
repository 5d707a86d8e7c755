package org.refugio.interpretation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

/** The real interpretation adapter against a WireMock provider: success, timeouts, 5xx and malformed answers. */
class HttpInterpretationProviderTest {

  private static WireMockServer provider;
  private static HttpInterpretationProvider adapter;
  private static final BookingRequest REQUEST = new BookingRequest("INT-12-1", "ht", "F", "TAP",
      LocalDate.of(2026, 12, 2));

  @BeforeAll
  static void startProvider() {
    provider = new WireMockServer(options().dynamicPort());
    provider.start();
    adapter = new HttpInterpretationProvider(URI.create(provider.baseUrl() + "/v1/"), "test-key",
        Duration.ofSeconds(2), Duration.ofMillis(1500), new ObjectMapper());
  }

  @AfterAll
  static void stopProvider() {
    provider.stop();
  }

  @BeforeEach
  void reset() {
    provider.resetAll();
  }

  @Test
  void shouldSendTheRequestWithApiKeyAndIdempotencyKeyAndNoPersonalData() {
    provider.stubFor(post("/v1/bookings").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"providerReference\":\"P-77\",\"status\":\"PENDING\"}")));

    ProviderBooking booking = adapter.requestBooking(REQUEST);

    assertThat(booking).isEqualTo(new ProviderBooking("P-77", "PENDING"));
    provider.verify(postRequestedFor(urlEqualTo("/v1/bookings"))
        .withHeader("X-Api-Key", equalTo("test-key"))
        .withHeader("Idempotency-Key", equalTo("INT-12-1"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"reference\":\"INT-12-1\",\"language\":\"ht\",\"interpreterGender\":\"F\","
            + "\"office\":\"TAP\",\"earliestDay\":\"2026-12-02\"}")));
  }

  @Test
  void shouldSendTheSameIdempotencyKeyWhenTheSameStepIsRetried() {
    provider.stubFor(post("/v1/bookings").willReturn(aResponse().withStatus(200)
        .withBody("{\"providerReference\":\"P-77\"}")));

    adapter.requestBooking(REQUEST);
    adapter.requestBooking(REQUEST);

    provider.verify(2, postRequestedFor(urlEqualTo("/v1/bookings")).withHeader("Idempotency-Key",
        equalTo("INT-12-1")));
  }

  @Test
  void shouldFailSoTheEngineRetriesWhenTheProviderIsTooSlow() {
    provider.stubFor(post("/v1/bookings").willReturn(aResponse().withStatus(201).withFixedDelay(4000)
        .withBody("{\"providerReference\":\"P-77\"}")));

    assertThatThrownBy(() -> adapter.requestBooking(REQUEST)).isInstanceOf(ProviderException.class)
        .hasMessageContaining("in time");
  }

  @Test
  void shouldFailSoTheEngineRetriesWhenTheProviderAnswers5xx() {
    provider.stubFor(post("/v1/bookings").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> adapter.requestBooking(REQUEST)).isInstanceOf(ProviderException.class)
        .hasMessageContaining("503");
  }

  @Test
  void shouldFailWhenTheAnswerIsNotJson() {
    provider.stubFor(post("/v1/bookings").willReturn(aResponse().withStatus(201).withBody("<html>ok</html>")));

    assertThatThrownBy(() -> adapter.requestBooking(REQUEST)).isInstanceOf(ProviderException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void shouldFailWhenTheAnswerHasNoReference() {
    provider.stubFor(post("/v1/bookings").willReturn(aResponse().withStatus(201).withBody("{\"status\":\"OK\"}")));

    assertThatThrownBy(() -> adapter.requestBooking(REQUEST)).isInstanceOf(ProviderException.class)
        .hasMessageContaining("providerReference");
  }

  @Test
  void shouldFailWhenTheProviderIsDown() {
    HttpInterpretationProvider unreachable = new HttpInterpretationProvider(URI.create("http://127.0.0.1:1/v1"),
        "k", Duration.ofMillis(300), Duration.ofMillis(300), new ObjectMapper());

    assertThatThrownBy(() -> unreachable.requestBooking(REQUEST)).isInstanceOf(ProviderException.class);
  }
}
