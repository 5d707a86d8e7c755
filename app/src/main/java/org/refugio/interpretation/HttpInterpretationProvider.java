package org.refugio.interpretation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider's real HTTP API: {@code POST {baseUrl}/bookings} with JSON, the API key in {@code X-Api-Key} and our
 * reference as {@code Idempotency-Key}, so a retried request books nothing twice.
 */
public class HttpInterpretationProvider implements InterpretationProvider {

  private final URI baseUrl;
  private final String apiKey;
  private final Duration readTimeout;
  private final HttpClient client;
  private final ObjectMapper json;

  public HttpInterpretationProvider(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
      ObjectMapper json) {
    if (baseUrl == null) {
      throw new IllegalStateException("refugio.interpretation.base-url is required when provider is http");
    }
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.readTimeout = readTimeout;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  @Override
  public ProviderBooking requestBooking(BookingRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reference", request.reference());
    body.put("language", request.language());
    body.put("interpreterGender", request.interpreterGender());
    body.put("office", request.office());
    body.put("earliestDay", request.earliestDay().toString());
    HttpResponse<String> response;
    try {
      HttpRequest http = HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/+$", "") + "/bookings"))
          .timeout(readTimeout)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("X-Api-Key", apiKey)
          .header("Idempotency-Key", request.reference())
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
          .build();
      response = client.send(http, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new ProviderException("Interpretation provider did not answer in time", e);
    } catch (IOException e) {
      throw new ProviderException("Interpretation provider unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException("Interrupted while calling the interpretation provider", e);
    }
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw new ProviderException("Interpretation provider answered HTTP " + response.statusCode());
    }
    try {
      JsonNode answer = json.readTree(response.body());
      JsonNode reference = answer == null ? null : answer.get("providerReference");
      if (reference == null || !reference.isTextual() || reference.asText().isBlank()) {
        throw new ProviderException("Interpretation provider's answer has no providerReference");
      }
      JsonNode status = answer.get("status");
      return new ProviderBooking(reference.asText(), status != null && status.isTextual() ? status.asText() : "PENDING");
    } catch (IOException e) {
      throw new ProviderException("Interpretation provider's answer is not JSON", e);
    }
  }
}
