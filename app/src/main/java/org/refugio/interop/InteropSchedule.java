package org.refugio.interop;

import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** The retry cycle of the INM and RENAPO steps, for their models: {@code ${interopSchedule.retryCycle}}. */
@Component("interopSchedule")
@ExpressionBean
public class InteropSchedule {

  private final InteropProperties properties;

  public InteropSchedule(InteropProperties properties) {
    this.properties = properties;
  }

  public String getRetryCycle() {
    return properties.retryCycle();
  }
}
