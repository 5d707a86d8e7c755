package org.refugio.interpretation;

import java.util.Date;
import org.refugio.engine.ProcessVariable;

/**
 * The {@code interpretation-booking} process: ask the provider for an interpreter, wait for its signed confirmation,
 * or let a coordinator schedule by hand. Its key, element ids, message and typed variables.
 */
public final class InterpretationBookingProcess {

  public static final String KEY = "interpretation-booking";

  /** Element ids of {@code processes/interpretation-booking.bpmn}. */
  public static final class Elements {
    public static final String START_INTERPRETER_NEEDED = "start_interpreter_needed";
    public static final String SERVICE_REQUEST_INTERPRETER = "service_request_interpreter";
    public static final String EVGW_BOOKING_ANSWER = "evgw_booking_answer";
    public static final String MSG_INTERPRETER_CONFIRMED = "msg_interpreter_confirmed";
    public static final String TIMER_CONFIRMATION_OVERDUE = "timer_confirmation_overdue";
    public static final String USER_SCHEDULE_INTERPRETER = "user_schedule_interpreter";
    public static final String XOR_BOOKING_SETTLED = "xor_booking_settled";
    public static final String SERVICE_RECORD_INTERPRETER_BOOKING = "service_record_interpreter_booking";
    public static final String MSG_BOOKING_CANCELLED = "msg_booking_cancelled";
    public static final String XOR_REPLACES_BOOKING = "xor_replaces_booking";
    public static final String SERVICE_MOVE_INTERVIEW = "service_move_interview";
    public static final String END_INTERPRETER_BOOKED = "end_interpreter_booked";

    private Elements() {
    }
  }

  /** Correlated by {@link #BOOKING_REFERENCE} when the provider's signed confirmation arrives. */
  public static final String INTERPRETER_CONFIRMED_MESSAGE = "InterpreterConfirmed";

  /**
   * Correlated by {@link #BOOKING_REFERENCE} when the provider cancels a booking it has not confirmed yet: the booking
   * asks again, under the next attempt.
   */
  public static final String BOOKING_CANCELLED_MESSAGE = "InterpreterBookingCancelled";

  public static final ProcessVariable<Long> CLAIM_ID = ProcessVariable.of("claimId", Long.class);
  public static final ProcessVariable<String> OFFICE = ProcessVariable.of("office", String.class);
  public static final ProcessVariable<String> LANGUAGE = ProcessVariable.of("language", String.class);
  /** ANY, F or M (interview-requirements DMN). */
  public static final ProcessVariable<String> INTERPRETER_GENDER = ProcessVariable.of("interpreterGender", String.class);
  /** Our reference of the booking and the request's idempotency key. */
  public static final ProcessVariable<String> BOOKING_REFERENCE = ProcessVariable.of("bookingReference", String.class);
  /** The claim's booking attempt this request is (1 for the first): part of the reference and idempotency key. */
  public static final ProcessVariable<Integer> BOOKING_ATTEMPT = ProcessVariable.of("bookingAttempt", Integer.class);
  /** The reference of the cancelled or missed booking this one replaces; absent for a claim's first booking. */
  public static final ProcessVariable<String> REPLACED_BOOKING = ProcessVariable.of("replacedBooking", String.class);
  public static final ProcessVariable<Date> INTERVIEW_AT = ProcessVariable.of("interviewAt", Date.class);
  public static final ProcessVariable<String> INTERPRETER_NAME = ProcessVariable.of("interpreterName", String.class);
  public static final ProcessVariable<Double> BOOKING_COST_MXN = ProcessVariable.of("bookingCostMxn", Double.class);
  /** What the coordinator entered in the manual scheduling form: the day (2026-12-03) and time (10:30). */
  public static final ProcessVariable<String> MANUAL_INTERVIEW_DATE =
      ProcessVariable.of("manualInterviewDate", String.class);
  public static final ProcessVariable<String> MANUAL_INTERVIEW_TIME =
      ProcessVariable.of("manualInterviewTime", String.class);
  public static final ProcessVariable<String> MANUAL_INTERPRETER_NAME =
      ProcessVariable.of("manualInterpreterName", String.class);
  public static final ProcessVariable<Double> MANUAL_COST_MXN = ProcessVariable.of("manualCostMxn", Double.class);

  private InterpretationBookingProcess() {
  }
}
