package org.refugio.rules;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A workbench request refused: what was not done and why, with the rule and column of each problem. */
public class RuleRefusedException extends RuntimeException {

  private final HttpStatus status;
  private final transient List<RuleProblem> errors;

  public RuleRefusedException(HttpStatus status, String message, List<RuleProblem> errors) {
    super(message);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public RuleRefusedException(HttpStatus status, String message) {
    this(status, message, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public List<RuleProblem> errors() {
    return errors;
  }
}
