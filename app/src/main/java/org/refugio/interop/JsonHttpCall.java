package org.refugio.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One JSON POST to another institution with its API key and an {@code Idempotency-Key}: a non-2xx answer, a timeout or
 * an answer without the expected field is an {@link InteropException}, left to the engine's retries.
 */
class JsonHttpCall {

  private final String party;
  private final URI baseUrl;
  private final String apiKey;
  private final Duration readTimeout;
  private final HttpClient client;
  private final ObjectMapper json;

  JsonHttpCall(String party, URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
      ObjectMapper json) {
    if (baseUrl == null) {
      throw new IllegalStateException("refugio.interop." + party.toLowerCase() + ".base-url is required in http mode");
    }
    this.party = party;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.readTimeout = readTimeout;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  /** POSTs the body to {@code baseUrl + path} and returns the answer's text field {@code field}, and its status. */
  InteropAnswer post(String path, String idempotencyKey, Object body, String field) {
    HttpResponse<String> response;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/+$", "") + path))
          .timeout(readTimeout)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("X-Api-Key", apiKey)
          .header("Idempotency-Key", idempotencyKey)
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
          .build();
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new InteropException(party + " did not answer in time", e);
    } catch (IOException e) {
      throw new InteropException(party + " unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InteropException("Interrupted while calling " + party, e);
    }
    if (response.statusCode() / 100 != 2) {
      int status = response.statusCode();
      throw new InteropException(party + " answered HTTP " + status,
          status / 100 == 4 && status != 408 && status != 429);
    }
    try {
      JsonNode answer = json.readTree(response.body());
      JsonNode value = answer == null ? null : answer.get(field);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        throw new InteropException(party + "'s answer has no " + field);
      }
      JsonNode status = answer.get("status");
      return new InteropAnswer(value.asText(), status != null && status.isTextual() ? status.asText() : "RECEIVED");
    } catch (IOException e) {
      throw new InteropException(party + "'s answer is not JSON", e);
    }
  }
}
