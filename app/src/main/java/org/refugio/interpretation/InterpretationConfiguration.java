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
    return new HttpInterpretationProvider(properties.baseUrl(), properties.apiKey(), properties.connectTimeout(),
        properties.readTimeout(), json);
  }
}
