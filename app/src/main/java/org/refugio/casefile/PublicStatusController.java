package org.refugio.casefile;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.refugio.claim.ClaimService;
import org.refugio.engine.ApiErrorHandler.ApiError;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's status lookup, anonymous: case number and PIN in, the claim's phase in four languages out, with no
 * personal data. Rate-limited per client; a case number is locked for a while after repeated wrong PINs.
 */
@RestController
public class PublicStatusController {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final StatusPins pins;
  private final PublicRateLimiter limiter;

  PublicStatusController(StatusPins pins, PublicRateLimiter limiter) {
    this.pins = pins;
    this.limiter = limiter;
  }

  /** Body of {@code POST /public/api/status}. */
  public record StatusRequest(String caseNumber, String pin) {
  }

  /** Answer of {@code POST /public/api/status}: the phase, by language code ({@code es}, {@code en}, ...). */
  public record PublicStatus(String caseNumber, String phase, Map<String, String> status) {
  }

  @PostMapping("/public/api/status")
  public ResponseEntity<?> status(@RequestBody(required = false) StatusRequest request,
      HttpServletRequest http) {
    if (!limiter.tryAcquire(http.getRemoteAddr())) {
      return error(HttpStatus.TOO_MANY_REQUESTS, "Demasiadas consultas seguidas. Espere un minuto y vuelva a "
          + "intentarlo. / Too many lookups: wait a minute and try again.");
    }
    if (request == null || request.caseNumber() == null || request.caseNumber().isBlank() || request.pin() == null
        || request.pin().isBlank()) {
      return error(HttpStatus.BAD_REQUEST, "Escriba su número de expediente y el NIP impreso en su constancia. / "
          + "Enter your case number and the PIN printed on your constancia.");
    }
    StatusPins.Lookup lookup = pins.check(request.caseNumber(), request.pin());
    if (lookup instanceof StatusPins.Found found) {
      ClaimPhase phase = ClaimPhase.of(found.claim());
      return ResponseEntity.ok().cacheControl(CacheControl.noStore())
          .body(new PublicStatus(found.claim().caseNumber(), phase.name(), phase.texts()));
    }
    if (lookup instanceof StatusPins.Locked locked) {
      return error(HttpStatus.LOCKED, "Se escribió un NIP incorrecto demasiadas veces. Por seguridad, la consulta de "
          + "este expediente está bloqueada hasta las " + TIME.format(locked.until().atZoneSameInstant(ClaimService.ZONE))
          + " (hora del centro de México). / Too many wrong PINs: this case is locked for a while.");
    }
    return error(HttpStatus.NOT_FOUND, "El número de expediente o el NIP no son correctos. Revise su constancia. / "
        + "The case number or the PIN is wrong.");
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(new ApiError(message, List.of()));
  }
}
