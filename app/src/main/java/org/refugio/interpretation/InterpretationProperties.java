package org.refugio.interpretation;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Refugio talks to the interpretation provider ({@code refugio.interpretation}). The defaults run the stand-in
 * provider inside the app, which confirms every booking through the webhook a few seconds later.
 *
 * @param provider {@code stand-in} (default) or {@code http} for the provider's real API
 * @param baseUrl the provider's API, e.g. {@code https://api.provider.example/v1} ({@code http} only)
 * @param apiKey sent as {@code X-Api-Key} ({@code REFUGIO_INTERPRETATION_API_KEY})
 * @param webhookSecret the shared secret of the callbacks' HMAC-SHA256 signature
 *     ({@code REFUGIO_INTERPRETATION_WEBHOOK_SECRET})
 * @param connectTimeout how long to wait for a connection to the provider
 * @param readTimeout how long to wait for the provider's answer
 * @param confirmationTimeout ISO-8601 duration to wait for the confirmation before a coordinator schedules by hand
 * @param retryCycle the engine's retry cycle for a failed request, e.g. {@code R5/PT5M}
 * @param standInDelay how long the stand-in takes to confirm
 * @param standInCallbackUrl where the stand-in posts its callbacks; blank means this app on localhost
 */
@ConfigurationProperties("refugio.interpretation")
public record InterpretationProperties(
    @DefaultValue("stand-in") String provider,
    URI baseUrl,
    @DefaultValue("stand-in-api-key") String apiKey,
    @DefaultValue("stand-in-webhook-secret-change-me") String webhookSecret,
    @DefaultValue("PT5S") Duration connectTimeout,
    @DefaultValue("PT10S") Duration readTimeout,
    @DefaultValue("PT48H") String confirmationTimeout,
    @DefaultValue("R5/PT5M") String retryCycle,
    @DefaultValue("PT5S") Duration standInDelay,
    URI standInCallbackUrl) {

  public boolean standIn() {
    return !"http".equals(provider);
  }
}
