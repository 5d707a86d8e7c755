package org.refugio.interpretation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.claim.ClaimConflictException;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimRecord;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interpreter bookings: the request to the provider, its callbacks on the webhook (confirmed, cancelled,
 * rescheduled), a coordinator's booking, a no-show, and the new booking that replaces a cancelled or missed one.
 */
@Service
public class InterpretationService {

  /** The offices' time zone: a coordinator's local date-time is read in it. */
  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final Logger log = LoggerFactory.getLogger(InterpretationService.class);

  private final InterpretationProvider provider;
  private final InterpretationMapper bookings;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ClaimMapper claims;
  private final SystemAuthentication system;
  private final Clock clock;

  InterpretationService(InterpretationProvider provider, InterpretationMapper bookings, RuntimeService runtimeService,
      TaskService taskService, ClaimMapper claims, SystemAuthentication system, Clock clock) {
    this.provider = provider;
    this.bookings = bookings;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.claims = claims;
    this.system = system;
    this.clock = clock;
  }

  /** A claim's interpreter bookings, newest first, for its case file. */
  public List<Booking> bookingsOf(long claimId) {
    return bookings.findByClaim(claimId);
  }

  /** The events of a claim's interpreter bookings, oldest first. */
  public List<BookingHistoryEvent> historyOf(long claimId) {
    return bookings.findEvents(claimId);
  }

  /** The reference, and idempotency key, of a claim's n-th booking: the same on every retry of that step. */
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
  public enum Outcome { CONFIRMED, CANCELLED, RESCHEDULED, UNCHANGED, UNKNOWN_BOOKING }

  /** Who records the provider's events in the booking history. */
  static final String PROVIDER = "provider";

  /**
   * A signed callback of the provider, each recorded once: a confirmation lets the waiting booking go on; a
   * cancellation asks for a new booking; a new slot or interpreter moves the claim's interview. A repeated callback
   * changes nothing.
   */
  @Transactional
  public Outcome receive(BookingEvent event) {
    List<FieldError> errors = new ArrayList<>();
    String type = event.type() == null ? "" : event.type();
    if (!List.of("CONFIRMED", "CANCELLED", "RESCHEDULED").contains(type)) {
      errors.add(new FieldError("type", "El tipo debe ser CONFIRMED, CANCELLED o RESCHEDULED."));
    }
    if (event.reference() == null || event.reference().isBlank()) {
      errors.add(new FieldError("reference", "Falta la referencia de la reserva."));
    }
    if (!"CONFIRMED".equals(type) && (event.eventId() == null || event.eventId().isBlank())) {
      errors.add(new FieldError("eventId", "Falta el identificador del evento (eventId): con él se reconoce un "
          + "aviso repetido."));
    }
    if (!"CANCELLED".equals(type)) {
      if (event.startsAt() == null) {
        errors.add(new FieldError("startsAt", "Falta la fecha y hora de la cita (ISO-8601 con zona)."));
      }
      if (event.interpreterName() == null || event.interpreterName().isBlank()) {
        errors.add(new FieldError("interpreterName", "Falta el nombre del intérprete."));
      }
    }
    if ("CONFIRMED".equals(type) ? event.costMxn() == null || event.costMxn().signum() < 0
        : event.costMxn() != null && event.costMxn().signum() < 0) {
      errors.add(new FieldError("costMxn", "Falta el costo de la reserva en MXN (no negativo)."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró el aviso de la empresa.", errors);
    }
    Optional<Booking> found = bookings.find(event.reference());
    if (found.isEmpty()) {
      return Outcome.UNKNOWN_BOOKING;
    }
    return switch (type) {
      case "CONFIRMED" -> confirm(event);
      case "CANCELLED" -> cancel(found.get(), event);
      default -> reschedule(found.get(), event);
    };
  }

  private Outcome confirm(BookingEvent event) {
    if (bookings.confirm(event.reference(), event.providerReference(), event.interpreterName().strip(),
        event.startsAt(), event.costMxn()) == 0) {
      return Outcome.UNCHANGED;
    }
    bookings.insertEvent(event.reference(), eventIdOf(event), "CONFIRMED", event.interpreterName().strip(),
        event.startsAt(), event.costMxn(), null, PROVIDER);
    int resumed = system.call(() -> runtimeService
        .createMessageCorrelation(InterpretationBookingProcess.INTERPRETER_CONFIRMED_MESSAGE)
        .processInstanceVariableEquals(InterpretationBookingProcess.BOOKING_REFERENCE.name(), event.reference())
        .correlateAllWithResult().size());
    log.info("Interpreter booking {} confirmed; {} waiting bookings resumed", event.reference(), resumed);
    return Outcome.CONFIRMED;
  }

  private Outcome cancel(Booking booking, BookingEvent event) {
    if (bookings.cancel(booking.reference()) == 0) {
      // already cancelled or missed, or booked by hand (the provider's own booking is not ours to cancel)
      return Outcome.UNCHANGED;
    }
    bookings.insertEvent(booking.reference(), event.eventId(), "CANCELLED", null, null, null, null, PROVIDER);
    int nextAttempt = bookings.nextAttempt(booking.claimId());
    if ("REQUESTED".equals(booking.status())) {
      // the booking still waits for the confirmation: it asks again under the next attempt
      int asking = system.call(() -> runtimeService
          .createMessageCorrelation(InterpretationBookingProcess.BOOKING_CANCELLED_MESSAGE)
          .processInstanceVariableEquals(InterpretationBookingProcess.BOOKING_REFERENCE.name(), booking.reference())
          .setVariable(InterpretationBookingProcess.BOOKING_ATTEMPT.name(), nextAttempt)
          .correlateAllWithResult().size());
      log.info("Interpreter booking {} cancelled before confirmation; {} bookings ask again", booking.reference(),
          asking);
    } else {
      rebook(booking, nextAttempt);
    }
    return Outcome.CANCELLED;
  }

  private Outcome reschedule(Booking booking, BookingEvent event) {
    if (!"CONFIRMED".equals(booking.status())) {
      return Outcome.UNCHANGED;
    }
    if (bookings.insertEvent(booking.reference(), event.eventId(), "RESCHEDULED", event.interpreterName().strip(),
        event.startsAt(), event.costMxn(), null, PROVIDER) == 0) {
      return Outcome.UNCHANGED;
    }
    bookings.reschedule(booking.reference(), event.interpreterName().strip(), event.startsAt(), event.costMxn());
    moveInterview(booking.reference());
    log.info("Interpreter booking {} rescheduled by the provider", booking.reference());
    return Outcome.RESCHEDULED;
  }

  /** What recording a no-show did: the missed booking and the one asked for instead. */
  public record NoShow(String missedBooking, String newBooking) {
  }

  /**
   * The interviewing officer records that the interpreter did not come: the booking is kept as missed and a new one
   * is asked for (the provider again, or a coordinator by hand).
   */
  @Transactional
  public NoShow recordNoShow(ClaimRecord claim, String reason, String officer) {
    if (!"OPEN".equals(claim.status())) {
      throw new ClaimConflictException("El expediente " + claim.caseNumber() + " está cerrado.");
    }
    List<Booking> ofClaim = bookings.findByClaim(claim.id());
    Booking latest = ofClaim.isEmpty() ? null : ofClaim.get(0);
    if (latest == null) {
      throw new ClaimConflictException("El expediente " + claim.caseNumber() + " no tiene una cita de intérprete "
          + "confirmada: no hay inasistencia que registrar.");
    }
    switch (latest.status()) {
      case "REQUESTED" -> throw new ClaimConflictException("La reserva de intérprete " + latest.reference()
          + " aún espera la confirmación de la empresa: no hay inasistencia que registrar.");
      case "NO_SHOW", "CANCELLED" -> throw new ClaimConflictException("Ya se pidió otra reserva de intérprete en "
          + "lugar de " + latest.reference() + "; espere su confirmación.");
      default -> { }
    }
    bookings.markNoShow(latest.reference());
    bookings.insertEvent(latest.reference(), "no-show-" + latest.reference(), "NO_SHOW", latest.interpreterName(),
        latest.startsAt(), null, reason == null || reason.isBlank() ? null : reason.strip(), officer);
    String next = rebook(latest, bookings.nextAttempt(claim.id()));
    log.info("Interpreter no-show recorded on booking {}; booking {} asked for", latest.reference(), next);
    return new NoShow(latest.reference(), next);
  }

  /** Starts a new {@code interpretation-booking} that replaces a cancelled or missed booking of an open claim. */
  private String rebook(Booking replaced, int attempt) {
    ClaimRecord claim = claims.findById(replaced.claimId())
        .orElseThrow(() -> new IllegalStateException("No claim " + replaced.claimId()));
    if (!"OPEN".equals(claim.status())) {
      log.info("Interpreter booking {} not replaced: the claim is closed", replaced.reference());
      return null;
    }
    Map<String, Object> variables = new HashMap<>();
    InterpretationBookingProcess.CLAIM_ID.put(variables, claim.id());
    InterpretationBookingProcess.OFFICE.put(variables, claim.officeCode());
    InterpretationBookingProcess.LANGUAGE.put(variables, replaced.language());
    InterpretationBookingProcess.INTERPRETER_GENDER.put(variables, replaced.interpreterGender());
    InterpretationBookingProcess.BOOKING_ATTEMPT.put(variables, attempt);
    InterpretationBookingProcess.REPLACED_BOOKING.put(variables, replaced.reference());
    system.call(() -> runtimeService.startProcessInstanceByKey(InterpretationBookingProcess.KEY,
        claim.caseNumber(), variables));
    return reference(claim.id(), attempt);
  }

  /**
   * Moves the claim's interview to the booking's slot: the process variables the interview task shows and the due
   * date of an open interview task.
   */
  @Transactional
  public void moveInterview(String reference) {
    Booking booking = bookings.find(reference)
        .orElseThrow(() -> new IllegalStateException("No interpreter booking " + reference));
    ClaimRecord claim = claims.findById(booking.claimId())
        .orElseThrow(() -> new IllegalStateException("No claim " + booking.claimId()));
    if (claim.processInstanceId() == null || booking.startsAt() == null) {
      return;
    }
    Date slot = Date.from(booking.startsAt().toInstant());
    system.call(() -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(claim.processInstanceId()).active()
          .count() == 0) {
        return null;
      }
      Map<String, Object> variables = new HashMap<>();
      AsylumClaimProcess.INTERVIEW_AT.put(variables, slot);
      AsylumClaimProcess.INTERPRETER_NAME.put(variables, booking.interpreterName());
      runtimeService.setVariables(claim.processInstanceId(), variables);
      for (Task task : taskService.createTaskQuery().processInstanceId(claim.processInstanceId())
          .taskDefinitionKeyIn(AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW,
              AsylumClaimProcess.Elements.USER_CONDUCT_MERGED_INTERVIEW).list()) {
        task.setDueDate(slot);
        taskService.saveTask(task);
      }
      return null;
    });
  }

  private static String eventIdOf(BookingEvent event) {
    return event.eventId() == null || event.eventId().isBlank() ? "confirmed-" + event.reference() : event.eventId();
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
