package org.refugio.casefile;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the case-file page ({@code static/casefile/index.html}) at {@code /casefile/}, and the applicant's public
 * status page ({@code static/public/status/index.html}) at {@code /public/status/}.
 */
@Configuration
public class CaseFilePage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/casefile", "/casefile/");
    registry.addViewController("/casefile/").setViewName("forward:/casefile/index.html");
    registry.addRedirectViewController("/public/status", "/public/status/");
    registry.addViewController("/public/status/").setViewName("forward:/public/status/index.html");
  }
}
