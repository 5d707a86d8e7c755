package org.refugio.inclusion.roundtable;

import java.util.List;
import org.refugio.engine.ApiErrorHandler.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The roundtables' own refusals, in the API's one error shape (the common ones are {@code ApiErrorHandler}'s). */
@RestControllerAdvice(basePackageClasses = RoundtableController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoundtableErrors {

  @ExceptionHandler(RoundtableNotFoundException.class)
  ResponseEntity<ApiError> notFound(RoundtableNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(e.getMessage(), List.of()));
  }

  @ExceptionHandler(RoundtableConflictException.class)
  ResponseEntity<ApiError> conflict(RoundtableConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(e.getMessage(), List.of()));
  }
}
