package org.refugio.engine;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.refugio.calendar.CalendarConflictException;
import org.refugio.calendar.DeadlinesNotMovedException;
import org.refugio.calendar.InvalidCalendarRequestException;
import org.refugio.calendar.NonWorkingDayNotFoundException;
import org.refugio.claim.ClaimNotFoundException;
import org.refugio.claim.DocumentNotFoundException;

import org.refugio.claim.InvalidClaimException;
import org.refugio.presentation.ClaimClosedException;
import org.refugio.presentation.ConstanciaNotFoundException;
import org.refugio.presentation.InvalidPresentationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API error has one shape, {@code {"message", "errors": [{"field", "message"}]}}, and a message that says what
 * is wrong and what to do.
 */
@RestControllerAdvice(basePackages = "org.refugio")
public class ApiErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

  /** The body of an error response. */
  public record ApiError(String message, List<FieldError> errors) {
  }

  @ExceptionHandler(InvalidClaimException.class)
  ResponseEntity<ApiError> invalid(InvalidClaimException e) {
    return error(HttpStatus.BAD_REQUEST, "La solicitud tiene datos inválidos o incompletos; corrija los campos "
        + "indicados y vuelva a enviarla.", e.errors());
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ApiError> invalidRequest(InvalidRequestException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(p -> p.getFieldName() != null ? p.getFieldName() : "[" + p.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String expected = mismatch instanceof InvalidFormatException format
          ? "el valor '" + format.getValue() + "' no es del tipo esperado" : "el valor no es del tipo esperado";
      return error(HttpStatus.BAD_REQUEST, "El cuerpo de la solicitud no es válido.",
          List.of(new FieldError(field, "El campo tiene un formato incorrecto: " + expected
              + " (" + mismatch.getTargetType().getSimpleName() + ").")));
    }
    return error(HttpStatus.BAD_REQUEST,
        "El cuerpo de la solicitud no es JSON válido. Revise comillas, comas y llaves.", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Tipo de contenido no admitido: envíe Content-Type: application/json.", List.of());
  }

  @ExceptionHandler(org.refugio.coi.CoiConflictException.class)
  ResponseEntity<ApiError> coiConflict(org.refugio.coi.CoiConflictException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(org.refugio.coi.CoiNotFoundException.class)
  ResponseEntity<ApiError> coiNotFound(org.refugio.coi.CoiNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(org.refugio.inclusion.InclusionConflictException.class)
  ResponseEntity<ApiError> inclusionConflict(org.refugio.inclusion.InclusionConflictException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(org.refugio.claim.ClaimConflictException.class)
  ResponseEntity<ApiError> conflict(org.refugio.claim.ClaimConflictException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(org.refugio.claim.InvalidRequestException.class)
  ResponseEntity<ApiError> invalidRequest(org.refugio.claim.InvalidRequestException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, "No se guardó el documento: el archivo supera el tamaño máximo "
        + "admitido. Escanee con menor resolución o divida el documento.",
        List.of(new FieldError("file", "El archivo supera el tamaño máximo admitido.")));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  @ExceptionHandler({ClaimNotFoundException.class, DocumentNotFoundException.class,
      org.refugio.casefile.CaseFileNotFoundException.class,
      org.refugio.claim.PersonNotFoundException.class, org.refugio.inclusion.ReferralNotFoundException.class})
  ResponseEntity<ApiError> notFound(RuntimeException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(InvalidPresentationException.class)
  ResponseEntity<ApiError> invalidPresentation(InvalidPresentationException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
  }

  @ExceptionHandler(ClaimClosedException.class)
  ResponseEntity<ApiError> claimClosed(ClaimClosedException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(ConstanciaNotFoundException.class)
  ResponseEntity<ApiError> constanciaNotFound(ConstanciaNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(InvalidCalendarRequestException.class)
  ResponseEntity<ApiError> invalidCalendarRequest(InvalidCalendarRequestException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
  }

  @ExceptionHandler(CalendarConflictException.class)
  ResponseEntity<ApiError> calendarConflict(CalendarConflictException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(DeadlinesNotMovedException.class)
  ResponseEntity<ApiError> deadlinesNotMoved(DeadlinesNotMovedException e) {
    return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
  }

  @ExceptionHandler(NonWorkingDayNotFoundException.class)
  ResponseEntity<ApiError> nonWorkingDayNotFound(NonWorkingDayNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ApiError> engineForbidden(org.camunda.bpm.engine.AuthorizationException e) {
    log.info("Engine refused an operation: {}", e.getMessage());
    return error(HttpStatus.FORBIDDEN, "No tiene permiso para esta operación.", List.of());
  }

  /** The body of a refusal of the rules workbench: each problem names the rule and column where it is. */
  public record RuleApiError(String message, List<org.refugio.rules.RuleProblem> errors) {
  }

  @ExceptionHandler(org.refugio.rules.RuleRefusedException.class)
  ResponseEntity<RuleApiError> ruleRefused(org.refugio.rules.RuleRefusedException e) {
    return ResponseEntity.status(e.status()).body(new RuleApiError(e.getMessage(), e.errors()));
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<FieldError> errors) {
    return ResponseEntity.status(status).body(new ApiError(message, errors));
  }
}
