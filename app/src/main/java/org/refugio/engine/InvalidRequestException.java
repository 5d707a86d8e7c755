package org.refugio.engine;

import java.util.List;

/** A request refused for bad input: says what was not done and carries every field error found. */
public class InvalidRequestException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidRequestException(String whatWasNotDone, List<FieldError> errors) {
    super(whatWasNotDone + " Corrija: " + String.join(" ", errors.stream().map(FieldError::message).toList()));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
