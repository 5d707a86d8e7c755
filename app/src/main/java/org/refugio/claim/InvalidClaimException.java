package org.refugio.claim;

import org.refugio.engine.FieldError;

import java.util.List;
import java.util.stream.Collectors;

/** A registration refused for bad input; carries every field error found. */
public class InvalidClaimException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidClaimException(List<FieldError> errors) {
    super("La solicitud no se registró. Corrija: " + errors.stream()
        .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
