package org.refugio.rules;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the rules workbench page for policy staff ({@code static/rules/index.html}) at {@code /rules/}. */
@Configuration
public class RulesPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/rules", "/rules/");
    registry.addViewController("/rules/").setViewName("forward:/rules/index.html");
  }
}
