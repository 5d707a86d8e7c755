package org.refugio.interpretation;

import static org.refugio.interpretation.InterpretationBookingProcess.BOOKING_ATTEMPT;
import static org.refugio.interpretation.InterpretationBookingProcess.BOOKING_REFERENCE;
import static org.refugio.interpretation.InterpretationBookingProcess.CLAIM_ID;
import static org.refugio.interpretation.InterpretationBookingProcess.INTERPRETER_GENDER;
import static org.refugio.interpretation.InterpretationBookingProcess.LANGUAGE;
import static org.refugio.interpretation.InterpretationBookingProcess.OFFICE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_request_interpreter}: asks the provider for an interpreter under the claim's booking reference of
 * this attempt (1 unless the booking replaces a cancelled one).
 */
@Component
@ExpressionBean
public class RequestInterpreterDelegate implements JavaDelegate {

  private final InterpretationService interpretation;

  RequestInterpreterDelegate(InterpretationService interpretation) {
    this.interpretation = interpretation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer attempt = BOOKING_ATTEMPT.from(execution);
    BOOKING_REFERENCE.on(execution).set(interpretation.request(CLAIM_ID.required(execution),
        attempt == null ? 1 : attempt,
        LANGUAGE.from(execution), INTERPRETER_GENDER.from(execution), OFFICE.required(execution)));
  }
}
