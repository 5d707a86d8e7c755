package org.refugio.security;

import org.refugio.engine.RefugioProperties;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Sets up access, then (in the demo) the demo users, once the engine and the schema are ready. */
@Component
class StartupSetup {

  private final AccessSetup accessSetup;
  private final DemoSetup demoSetup;
  private final RefugioProperties properties;

  StartupSetup(AccessSetup accessSetup, DemoSetup demoSetup, RefugioProperties properties) {
    this.accessSetup = accessSetup;
    this.demoSetup = demoSetup;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void onStarted() {
    accessSetup.apply();
    if (properties.demoEnabled()) {
      demoSetup.apply();
    }
  }
}
