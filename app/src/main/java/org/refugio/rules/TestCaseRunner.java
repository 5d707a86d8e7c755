package org.refugio.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Runs a decision's test cases against a draft: each passes when every expected output equals the first result's. */
@Component
public class TestCaseRunner {

  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
  };

  private final RuleValidator validator;
  private final ObjectMapper json;

  TestCaseRunner(RuleValidator validator, ObjectMapper json) {
    this.validator = validator;
    this.json = json;
  }

  /** The result of one test case; {@code message} says, in Spanish, what differed. */
  public record TestResult(Long id, String name, boolean passed, Map<String, Object> inputs,
      Map<String, Object> expected, Map<String, Object> actual, List<String> matchedRules, String message) {
  }

  public List<TestResult> run(DmnDecision decision, List<RuleTestCase> testCases) {
    List<TestResult> results = new ArrayList<>();
    for (RuleTestCase testCase : testCases) {
      results.add(run(decision, testCase));
    }
    return results;
  }

  Map<String, Object> parse(String jsonObject) {
    try {
      return json.readValue(jsonObject, OBJECT);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Stored test case is not a JSON object", e);
    }
  }

  private TestResult run(DmnDecision decision, RuleTestCase testCase) {
    Map<String, Object> inputs = parse(testCase.inputs());
    Map<String, Object> expected = parse(testCase.expected());
    List<String> matched = new ArrayList<>();
    DmnDecisionResult result;
    try {
      result = validator.evaluate(decision, Variables.fromMap(inputs), matched);
    } catch (RuntimeException e) {
      return new TestResult(testCase.id(), testCase.name(), false, inputs, expected, Map.of(), matched,
          "La evaluación falló: " + e.getMessage());
    }
    if (result.isEmpty()) {
      return new TestResult(testCase.id(), testCase.name(), false, inputs, expected, Map.of(), matched,
          "Ninguna regla se aplica a estas entradas.");
    }
    Map<String, Object> actual = new LinkedHashMap<>(result.get(0).getEntryMap());
    List<String> differences = new ArrayList<>();
    expected.forEach((output, value) -> {
      if (!actual.containsKey(output)) {
        differences.add("la decisión no tiene la salida «" + output + "»");
      } else if (!same(value, actual.get(output))) {
        differences.add("se esperaba " + output + " = " + value + " y resultó " + actual.get(output));
      }
    });
    return new TestResult(testCase.id(), testCase.name(), differences.isEmpty(), inputs, expected, actual, matched,
        differences.isEmpty() ? null : String.join("; ", differences) + ".");
  }

  static boolean same(Object expected, Object actual) {
    if (expected instanceof Number e && actual instanceof Number a) {
      return new BigDecimal(e.toString()).compareTo(new BigDecimal(a.toString())) == 0;
    }
    return Objects.equals(expected, actual);
  }
}
