package org.refugio.interpretation;

import static org.refugio.interpretation.InterpretationBookingProcess.BOOKING_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_move_interview}: a booking that replaces a cancelled or missed one moves the claim's interview (its
 * open task's due date, the slot and interpreter it shows) to the new slot.
 */
@Component
@ExpressionBean
public class MoveInterviewDelegate implements JavaDelegate {

  private final InterpretationService interpretation;

  MoveInterviewDelegate(InterpretationService interpretation) {
    this.interpretation = interpretation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    interpretation.moveInterview(BOOKING_REFERENCE.required(execution));
  }
}
