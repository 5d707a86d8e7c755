package org.refugio.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the calendar page for policy staff ({@code static/calendar/index.html}) at {@code /calendar/}. */
@Configuration
public class CalendarPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/calendar", "/calendar/");
    registry.addViewController("/calendar/").setViewName("forward:/calendar/index.html");
  }
}
