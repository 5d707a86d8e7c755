package org.refugio.calendar;

import java.util.List;
import org.refugio.engine.FieldError;

/** A calendar request refused for its content: every wrong field, each with what to do. */
public class InvalidCalendarRequestException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidCalendarRequestException(List<FieldError> errors) {
    super("La solicitud tiene datos inválidos o incompletos; corrija los campos indicados y vuelva a enviarla.");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
