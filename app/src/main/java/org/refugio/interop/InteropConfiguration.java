package org.refugio.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks INM's and RENAPO's adapters: stand-ins inside the app (default) or their real HTTP APIs. */
@Configuration
class InteropConfiguration {

  @Bean
  InmClient inmClient(InteropProperties properties, ObjectMapper json) {
    return properties.inm().standIn() ? new StandInInmClient()
        : new HttpInmClient(properties.inm(), properties.connectTimeout(), properties.readTimeout(), json);
  }

  @Bean
  RenapoClient renapoClient(InteropProperties properties, ObjectMapper json) {
    return properties.renapo().standIn() ? new StandInRenapoClient()
        : new HttpRenapoClient(properties.renapo(), properties.connectTimeout(), properties.readTimeout(), json);
  }
}
