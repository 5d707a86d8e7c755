package org.refugio.interpretation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The default run's interpretation company, inside the app: acknowledges a request at once and, after a configurable
 * delay, confirms it through our webhook with a signed callback, as the real provider does. The same reference is
 * booked once, however often it is requested.
 */
public class StandInInterpretationProvider implements InterpretationProvider,
    ApplicationListener<WebServerInitializedEvent>, DisposableBean {

  static final int CALLBACK_TRIES = 5;
  private static final Logger log = LoggerFactory.getLogger(StandInInterpretationProvider.class);

  private final InterpretationProperties properties;
  private final ObjectMapper json;
  private final Map<String, String> booked = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "interpretation-stand-in");
    thread.setDaemon(true);
    return thread;
  });
  private final HttpClient client = HttpClient.newHttpClient();
  private volatile URI callbackUrl;

  public StandInInterpretationProvider(InterpretationProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
    this.callbackUrl = properties.standInCallbackUrl();
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (properties.standInCallbackUrl() == null) {
      callbackUrl = URI.create("http://localhost:" + event.getWebServer().getPort() + "/webhooks/interpretation");
    }
  }

  @Override
  public ProviderBooking requestBooking(BookingRequest request) {
    String providerReference = booked.computeIfAbsent(request.reference(), reference -> {
      String created = "SI-" + UUID.randomUUID();
      scheduleCallback(request, created, 1);
      return created;
    });
    return new ProviderBooking(providerReference, "PENDING");
  }

  private void scheduleCallback(BookingRequest request, String providerReference, int attempt) {
    scheduler.schedule(() -> deliver(request, providerReference, attempt),
        properties.standInDelay().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void deliver(BookingRequest request, String providerReference, int attempt) {
    try {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("eventId", "evt-" + providerReference);
      event.put("type", "CONFIRMED");
      event.put("reference", request.reference());
      event.put("providerReference", providerReference);
      event.put("interpreterName", "Intérprete de demostración (" + request.language() + ")");
      event.put("startsAt", OffsetDateTime.of(request.earliestDay().plusDays(1), LocalTime.of(10, 0),
          InterpretationService.MEXICO_CITY.getRules().getOffset(request.earliestDay().atStartOfDay())).toString());
      event.put("costMxn", new BigDecimal("850.00"));
      byte[] body = json.writeValueAsBytes(event);
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(callbackUrl)
          .header("Content-Type", "application/json")
          .header(WebhookSignature.HEADER, WebhookSignature.sign(properties.webhookSecret(), body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        retry(request, providerReference, attempt, "HTTP " + response.statusCode());
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return;
      }
      retry(request, providerReference, attempt, e.getClass().getSimpleName());
    }
  }

  private void retry(BookingRequest request, String providerReference, int attempt, String why) {
    if (attempt < CALLBACK_TRIES) {
      scheduleCallback(request, providerReference, attempt + 1);
    } else {
      log.warn("Stand-in provider gave up confirming booking {} ({})", request.reference(), why);
    }
  }


  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
