package org.refugio.claim;

import java.util.List;
import org.refugio.engine.FieldError;

/** A request about a claim with missing or wrong values (a future date, an unknown office); answered 400. */
public class InvalidRequestException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidRequestException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
