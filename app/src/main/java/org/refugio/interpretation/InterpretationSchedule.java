package org.refugio.interpretation;

import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * The configured times of {@code interpretation-booking}, for its expressions:
 * {@code ${interpretationSchedule.confirmationTimeout}} and {@code ${interpretationSchedule.retryCycle}}.
 */
@Component("interpretationSchedule")
@ExpressionBean
public class InterpretationSchedule {

  private final InterpretationProperties properties;

  public InterpretationSchedule(InterpretationProperties properties) {
    this.properties = properties;
  }

  /** ISO-8601 duration to wait for the provider's confirmation. */
  public String getConfirmationTimeout() {
    return properties.confirmationTimeout();
  }

  /** The engine's retry cycle for a failed request to the provider. */
  public String getRetryCycle() {
    return properties.retryCycle();
  }
}
