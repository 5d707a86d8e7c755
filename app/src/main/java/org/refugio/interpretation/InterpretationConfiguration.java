package org.refugio.interpretation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the interpretation provider: the stand-in inside the app (default) or the real HTTP API. */
@Configuration
class InterpretationConfiguration {

  @Bean
  InterpretationProvider interpretationProvider(InterpretationProperties properties, ObjectMapper json) {
    if (properties.standIn()) {
      return new StandInInterpretationProvider(properties, json);
    }
    if (properties.webhookSecret() == null || properties.webhookSecret().length() < 32
        || properties.webhookSecret().startsWith("stand-in")) {
      throw new IllegalStateException("refugio.interpretation.webhook-secret (REFUGIO_INTERPRETATION_WEBHOOKSECRET) "
          + "must be the secret shared with the provider, at least 32 characters, when provider is http");
    }
    return new HttpInterpretationProvider(properties.baseUrl(), properties.apiKey(), properties.connectTimeout(),
        properties.readTimeout(), json);
  }
}
