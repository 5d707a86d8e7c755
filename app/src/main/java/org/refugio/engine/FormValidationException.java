package org.refugio.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.refugio.engine.FormSchemaValidator.Violation;

/**
 * A form submission the server refuses. Its message is what the officer reads in Tasklist, in Spanish, one sentence
 * per problem; it names fields by their labels and never repeats a submitted value, so it is safe to log.
 */
public class FormValidationException extends BadUserRequestException {

  private final String formId;
  private final transient List<Violation> violations;

  public FormValidationException(String formId, List<Violation> violations) {
    super(message(violations));
    this.formId = formId;
    this.violations = List.copyOf(violations);
  }

  public String formId() {
    return formId;
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    String count = violations.size() == 1 ? "un dato por corregir" : violations.size() + " datos por corregir";
    return "Corrija el formulario y vuelva a enviarlo (" + count + "): "
        + violations.stream().map(Violation::message).collect(Collectors.joining(" "));
  }
}
