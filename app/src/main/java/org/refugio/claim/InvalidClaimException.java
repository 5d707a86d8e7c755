package org.refugio.claim;

import org.refugio.engine.FieldError;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A registration refused for bad input; carries every field error found. */
public class InvalidClaimException extends RuntimeException {

  private static final Pattern DEPENDANT = Pattern.compile("dependants\\[(\\d+)]");
  private final transient List<FieldError> errors;

  public InvalidClaimException(List<FieldError> errors) {
    super("La solicitud no se registró. Corrija: " + errors.stream()
        .map(InvalidClaimException::forOfficer).collect(Collectors.joining(" ")));
    this.errors = List.copyOf(errors);
  }

  /** The message as an officer reads it on the form: which dependant, if any, and what to correct. */
  private static String forOfficer(FieldError error) {
    Matcher dependant = DEPENDANT.matcher(error.field());
    return dependant.lookingAt()
        ? "Dependiente " + (Integer.parseInt(dependant.group(1)) + 1) + ": " + error.message()
        : error.message();
  }

  public List<FieldError> errors() {
    return errors;
  }
}
