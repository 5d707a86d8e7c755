package org.refugio.inclusion.roundtable;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the roundtables' gap report page ({@code static/roundtables/index.html}) at {@code /roundtables/}. */
@Configuration
public class RoundtablePage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/roundtables", "/roundtables/");
    registry.addViewController("/roundtables/").setViewName("forward:/roundtables/index.html");
  }
}
