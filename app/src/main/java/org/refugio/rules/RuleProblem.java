package org.refugio.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem of a decision table draft, where a policy officer finds it: the rule (its id, and its number in the
 * table counting from 1), the column (input or output name) and what is wrong, in Spanish. {@code rule} and
 * {@code column} are {@code null} for a problem of the whole table.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RuleProblem(String rule, Integer ruleNumber, String column, String message) {

  static RuleProblem ofTable(String message) {
    return new RuleProblem(null, null, null, message);
  }

  static RuleProblem ofColumn(String column, String message) {
    return new RuleProblem(null, null, column, message);
  }
}
