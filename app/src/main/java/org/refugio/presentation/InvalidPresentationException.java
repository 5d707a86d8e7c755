package org.refugio.presentation;

import java.util.List;
import org.refugio.engine.FieldError;

/** A presentation or schedule request refused for its content: a date in the future, a weekend day, … */
public class InvalidPresentationException extends RuntimeException {

  private final transient FieldError error;

  public InvalidPresentationException(String field, String message) {
    super(message);
    this.error = new FieldError(field, message);
  }

  public List<FieldError> errors() {
    return List.of(error);
  }
}
