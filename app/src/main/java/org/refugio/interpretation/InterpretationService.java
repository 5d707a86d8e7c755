package org.refugio.interpretation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interpreter bookings: the request to the provider, its confirmation on the webhook, a coordinator's booking. */
@Service
public class InterpretationService {

  /** The offices' time zone: a coordinator's local date-time is read in it. */
  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final Logger log = LoggerFactory.getLogger(InterpretationService.class);

  private final InterpretationProvider provider;
  private final InterpretationMapper bookings;
  private final RuntimeService runtimeService;
  private final SystemAuthentication system;
  private final Clock clock;

  InterpretationService(InterpretationProvider provider, InterpretationMapper bookings, RuntimeService runtimeService,
      SystemAuthentication system, Clock clock) {
    this.provider = provider;
    this.bookings = bookings;
    this.runtimeService = runtimeService;
    this.system = system;
    this.clock = clock;
  }

  /** The reference, and idempotency key, of a claim's n-th booking: the same on every retry of that step. */
  /** A claim's interpreter bookings, newest first, for its case file. */
  public List<Booking> bookingsOf(long claimId) {
    return bookings.findByClaim(claimId);
  }

  public static String reference(long claimId, int attempt) {
    return "INT-" + claimId + "-" + attempt;
  }

  /** Asks the provider for an interpreter; a retry of the same claim and attempt books nothing twice. */
  @Transactional
  public String request(long claimId, int attempt, String language, String interpreterGender, String office) {
    String reference = reference(claimId, attempt);
    ProviderBooking answer = provider.requestBooking(new BookingRequest(reference, language,
        interpreterGender == null ? "ANY" : interpreterGender, office, LocalDate.now(clock).plusDays(1)));
    bookings.insertRequested(reference, claimId, attempt, language, interpreterGender == null ? "ANY"
        : interpreterGender, office, answer.providerReference());
    log.info("Interpreter requested: booking {}, provider reference {}", reference, answer.providerReference());
    return reference;
  }

  /** What the webhook did with a callback. */
  public enum Outcome { CONFIRMED, UNCHANGED, UNKNOWN_BOOKING }

  /**
   * The provider's signed confirmation: recorded once, and the waiting booking goes on. A repeated callback changes
   * nothing.
   */
  @Transactional
  public Outcome confirm(BookingEvent event) {
    List<FieldError> errors = new java.util.ArrayList<>();
    if (!"CONFIRMED".equals(event.type())) {
      errors.add(new FieldError("type", "Solo se admite el tipo CONFIRMED."));
    }
    if (event.reference() == null || event.reference().isBlank()) {
      errors.add(new FieldError("reference", "Falta la referencia de la reserva."));
    }
    if (event.startsAt() == null) {
      errors.add(new FieldError("startsAt", "Falta la fecha y hora de la cita (ISO-8601 con zona)."));
    }
    if (event.interpreterName() == null || event.interpreterName().isBlank()) {
      errors.add(new FieldError("interpreterName", "Falta el nombre del intérprete."));
    }
    if (event.costMxn() == null || event.costMxn().signum() < 0) {
      errors.add(new FieldError("costMxn", "Falta el costo de la reserva en MXN (no negativo)."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró la confirmación.", errors);
    }
    if (bookings.find(event.reference()).isEmpty()) {
      return Outcome.UNKNOWN_BOOKING;
    }
    if (bookings.confirm(event.reference(), event.providerReference(), event.interpreterName().strip(),
        event.startsAt(), event.costMxn()) == 0) {
      return Outcome.UNCHANGED;
    }
    int resumed = system.call(() -> runtimeService
        .createMessageCorrelation(InterpretationBookingProcess.INTERPRETER_CONFIRMED_MESSAGE)
        .processInstanceVariableEquals(InterpretationBookingProcess.BOOKING_REFERENCE.name(), event.reference())
        .correlateAllWithResult().size());
    log.info("Interpreter booking {} confirmed; {} waiting bookings resumed", event.reference(), resumed);
    return Outcome.CONFIRMED;
  }

  /**
   * The booking as it stands: as the provider confirmed it, or as a coordinator booked it by hand after the
   * confirmation did not come in time (recorded here; it replaces a confirmation that came later still).
   */
  @Transactional
  public Booking settle(String reference, String manualInterpreterName, String manualInterviewAt, Double manualCost) {
    Booking booking = bookings.find(reference)
        .orElseThrow(() -> new IllegalStateException("No interpreter booking " + reference));
    if (manualInterpreterName != null && manualInterviewAt != null) {
      OffsetDateTime startsAt;
      try {
        startsAt = LocalDateTime.parse(manualInterviewAt).atZone(MEXICO_CITY).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        startsAt = OffsetDateTime.parse(manualInterviewAt);
      }
      bookings.recordManual(reference, manualInterpreterName.strip(), startsAt,
          manualCost == null ? null : BigDecimal.valueOf(manualCost));
      booking = bookings.find(reference).orElseThrow();
    } else if (!"CONFIRMED".equals(booking.status())) {
      throw new IllegalStateException("Booking " + reference + " is neither confirmed nor booked by hand");
    }
    return booking;
  }
}
