package org.refugio.coi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the COI research unit's page ({@code static/coi/index.html}) at {@code /coi/} and the Foreign Ministry's
 * ({@code static/sre/index.html}) at {@code /sre/}.
 */
@Configuration
public class CoiPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/coi", "/coi/");
    registry.addViewController("/coi/").setViewName("forward:/coi/index.html");
    registry.addRedirectViewController("/sre", "/sre/");
    registry.addViewController("/sre/").setViewName("forward:/sre/index.html");
  }
}
