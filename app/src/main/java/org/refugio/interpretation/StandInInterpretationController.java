package org.refugio.interpretation;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.refugio.claim.ClaimConflictException;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.refugio.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The default run's stand-in provider, made to cancel or reschedule a booking as the real company may
 * ({@code POST /api/stand-in/interpretation/bookings/{reference}/cancel|reschedule}): its signed callback arrives on
 * the webhook after the stand-in's delay. Answers 404 when the real provider is configured.
 */
@RestController
@RequestMapping("/api/stand-in/interpretation/bookings/{reference}")
public class StandInInterpretationController {

  private final InterpretationProvider provider;
  private final InterpretationMapper bookings;
  private final CurrentUsers currentUsers;

  StandInInterpretationController(InterpretationProvider provider, InterpretationMapper bookings,
      CurrentUsers currentUsers) {
    this.provider = provider;
    this.bookings = bookings;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/cancel")
  public ResponseEntity<Map<String, Object>> cancel(@PathVariable String reference) {
    Booking booking = bookingToChange(reference);
    standIn().cancel(booking.reference());
    return accepted(booking, "CANCELLED");
  }

  @PostMapping("/reschedule")
  public ResponseEntity<Map<String, Object>> reschedule(@PathVariable String reference) {
    Booking booking = bookingToChange(reference);
    if (booking.startsAt() == null || !"CONFIRMED".equals(booking.status())) {
      throw new ClaimConflictException("La reserva " + reference + " no está confirmada por la empresa: solo una "
          + "reserva confirmada se reprograma.");
    }
    OffsetDateTime later = booking.startsAt().atZoneSameInstant(InterpretationService.MEXICO_CITY).toLocalDate()
        .plusDays(7).atTime(LocalTime.of(12, 0)).atZone(InterpretationService.MEXICO_CITY).toOffsetDateTime();
    standIn().reschedule(booking.reference(), later, "Intérprete de demostración (sustituto)");
    return accepted(booking, "RESCHEDULED");
  }

  private Booking bookingToChange(String reference) {
    CurrentUser user = currentUsers.ofRequest();
    if (!user.isAdmin() && !user.groupIds().contains(Role.INTERPRETATION.groupId())
        && user.groupIds().stream().noneMatch(g -> g.startsWith(Role.INTERPRETATION.groupId()))) {
      throw new AccessDeniedException("Solo la coordinación de interpretación o una persona administradora usa el "
          + "proveedor de demostración.");
    }
    if (!(provider instanceof StandInInterpretationProvider)) {
      throw new StandInNotFound("El proveedor de demostración no está activo: Refugio usa la "
          + "API real de la empresa (refugio.interpretation.provider=http).");
    }
    return bookings.find(reference).orElseThrow(() -> new StandInNotFound(
        "No existe la reserva " + reference + "."));
  }

  /** Nothing to change here: no stand-in, or no such booking. */
  static class StandInNotFound extends RuntimeException {
    StandInNotFound(String message) {
      super(message);
    }
  }

  @ExceptionHandler(StandInNotFound.class)
  ResponseEntity<Map<String, Object>> notFound(StandInNotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage(), "errors",
        java.util.List.of()));
  }

  private StandInInterpretationProvider standIn() {
    return (StandInInterpretationProvider) provider;
  }

  private static ResponseEntity<Map<String, Object>> accepted(Booking booking, String event) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("reference", booking.reference());
    answer.put("event", event);
    answer.put("message", "La empresa de demostración enviará el aviso firmado al webhook en unos segundos.");
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
  }
}
