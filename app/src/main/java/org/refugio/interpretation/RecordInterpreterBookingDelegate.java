package org.refugio.interpretation;

import static org.refugio.interpretation.InterpretationBookingProcess.BOOKING_COST_MXN;
import static org.refugio.interpretation.InterpretationBookingProcess.BOOKING_REFERENCE;
import static org.refugio.interpretation.InterpretationBookingProcess.INTERPRETER_NAME;
import static org.refugio.interpretation.InterpretationBookingProcess.INTERVIEW_AT;
import static org.refugio.interpretation.InterpretationBookingProcess.MANUAL_COST_MXN;
import static org.refugio.interpretation.InterpretationBookingProcess.MANUAL_INTERPRETER_NAME;
import static org.refugio.interpretation.InterpretationBookingProcess.MANUAL_INTERVIEW_DATE;
import static org.refugio.interpretation.InterpretationBookingProcess.MANUAL_INTERVIEW_TIME;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_record_interpreter_booking}: keeps the confirmed (or hand-made) slot, interpreter and cost, and hands
 * the slot and interpreter to the claim for its interview task.
 */
@Component
@ExpressionBean
public class RecordInterpreterBookingDelegate implements JavaDelegate {

  private final InterpretationService interpretation;

  RecordInterpreterBookingDelegate(InterpretationService interpretation) {
    this.interpretation = interpretation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String date = MANUAL_INTERVIEW_DATE.from(execution);
    String time = MANUAL_INTERVIEW_TIME.from(execution);
    Booking booking = interpretation.settle(BOOKING_REFERENCE.required(execution),
        MANUAL_INTERPRETER_NAME.from(execution), date == null || time == null ? null : date + "T" + time,
        MANUAL_COST_MXN.from(execution));
    INTERVIEW_AT.on(execution).set(Date.from(booking.startsAt().toInstant()));
    INTERPRETER_NAME.on(execution).set(booking.interpreterName());
    BOOKING_COST_MXN.on(execution).set(booking.costMxn() == null ? null : booking.costMxn().doubleValue());
  }
}
