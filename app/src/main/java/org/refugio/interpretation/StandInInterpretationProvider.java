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
 * booked once, however often it is requested. It can also cancel or reschedule a booking (through
 * {@code /api/stand-in/interpretation}), so that a newcomer sees what a real provider's change does.
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

  /** Cancels a booking, as the provider would: a signed {@code CANCELLED} callback after the stand-in's delay. */
  public void cancel(String reference) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", "evt-cancel-" + UUID.randomUUID());
    event.put("type", "CANCELLED");
    event.put("reference", reference);
    event.put("providerReference", booked.get(reference));
    schedule(event, 1);
  }

  /** Moves a booking to another slot and interpreter: a signed {@code RESCHEDULED} callback after the delay. */
  public void reschedule(String reference, OffsetDateTime startsAt, String interpreterName) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", "evt-reschedule-" + UUID.randomUUID());
    event.put("type", "RESCHEDULED");
    event.put("reference", reference);
    event.put("providerReference", booked.get(reference));
    event.put("interpreterName", interpreterName);
    event.put("startsAt", startsAt.toString());
    schedule(event, 1);
  }

  private void scheduleCallback(BookingRequest request, String providerReference, int attempt) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", "evt-" + providerReference);
    event.put("type", "CONFIRMED");
    event.put("reference", request.reference());
    event.put("providerReference", providerReference);
    // like the provider, the stand-in sends an interpreter of the gender asked for
    event.put("interpreterName", "Intérprete de demostración (" + request.language() + switch (
        request.interpreterGender() == null ? "ANY" : request.interpreterGender()) {
      case "F" -> ", mujer";
      case "M" -> ", hombre";
      default -> "";
    } + ")");
    // a later attempt (a booking that replaces a cancelled one) gets a later day
    var day = request.earliestDay().plusDays(attemptOf(request.reference()));
    event.put("startsAt", OffsetDateTime.of(day, LocalTime.of(10, 0),
        InterpretationService.MEXICO_CITY.getRules().getOffset(day.atStartOfDay())).toString());
    event.put("costMxn", new BigDecimal("850.00"));
    schedule(event, attempt);
  }

  private static long attemptOf(String reference) {
    try {
      return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private void schedule(Map<String, Object> event, int attempt) {
    scheduler.schedule(() -> deliver(event, attempt), properties.standInDelay().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void deliver(Map<String, Object> event, int attempt) {
    try {
      byte[] body = json.writeValueAsBytes(event);
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(callbackUrl)
          .header("Content-Type", "application/json")
          .header(WebhookSignature.HEADER, WebhookSignature.sign(properties.webhookSecret(), body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        retry(event, attempt, "HTTP " + response.statusCode());
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return;
      }
      retry(event, attempt, e.getClass().getSimpleName());
    }
  }

  private void retry(Map<String, Object> event, int attempt, String why) {
    if (attempt < CALLBACK_TRIES) {
      schedule(event, attempt + 1);
    } else {
      log.warn("Stand-in provider gave up sending {} of booking {} ({})", event.get("type"), event.get("reference"),
          why);
    }
  }
  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
