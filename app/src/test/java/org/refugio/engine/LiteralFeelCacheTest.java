package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

class LiteralFeelCacheTest {

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
  private final LiteralFeelCache cached = new LiteralFeelCache(feel, 100);

  @Test
  void shouldAnswerLiteralUnaryTestsAsFeelDoesForEveryInput() {
    String[] tests = {"\"REGULAR\"", "-", "not(\"es\")", "\"VE\",\"HN\",\"SV\"", "true", "false", "> 10", "[1..5]",
        "45"};
    Object[] inputs = {"REGULAR", "es", "ht", "VE", true, false, 3, 45L, 12, null};
    for (int round = 0; round < 2; round++) {
      for (String test : tests) {
        for (Object input : inputs) {
          VariableContext context = Variables.createVariables().putValue("cellInput", input).asVariableContext();
          assertThat(cached.evaluateSimpleUnaryTests(test, "cellInput", context))
              .as("%s against %s", test, input)
              .isEqualTo(feel.evaluateSimpleUnaryTests(test, "cellInput", context));
        }
      }
    }
  }

  @Test
  void shouldEvaluateEveryTimeATestThatNamesAVariable() {
    VariableContext low = Variables.createVariables().putValue("cellInput", 7).putValue("limit", 5)
        .asVariableContext();
    VariableContext high = Variables.createVariables().putValue("cellInput", 7).putValue("limit", 10)
        .asVariableContext();

    assertThat(cached.evaluateSimpleUnaryTests("> limit", "cellInput", low)).isTrue();
    assertThat(cached.evaluateSimpleUnaryTests("> limit", "cellInput", high)).isFalse();
    assertThat((Object) cached.evaluateSimpleExpression("limit", low)).isEqualTo(5L);
    assertThat((Object) cached.evaluateSimpleExpression("limit", high)).isEqualTo(10L);
  }

  @Test
  void shouldGiveLiteralOutputsAsFeelDoes() {
    VariableContext empty = Variables.createVariables().asVariableContext();
    for (String output : new String[] {"45", "\"BUSINESS_DAYS\"", "true", "null", "-3.5"}) {
      Object expected = feel.evaluateSimpleExpression(output, empty);
      assertThat((Object) cached.evaluateSimpleExpression(output, empty)).isEqualTo(expected);
      assertThat((Object) cached.evaluateSimpleExpression(output, empty)).isEqualTo(expected);
    }
  }

  @Test
  void shouldTreatOnlyLiteralsAsLiteral() {
    assertThat(LiteralFeelCache.isLiteral("\"FILING\",\"PREVENTION_REPLY\"")).isTrue();
    assertThat(LiteralFeelCache.isLiteral("not(\"es\")")).isTrue();
    assertThat(LiteralFeelCache.isLiteral("[1..5]")).isTrue();
    assertThat(LiteralFeelCache.isLiteral("milestone")).isFalse();
    assertThat(LiteralFeelCache.isLiteral("trueValue")).isFalse();
    assertThat(LiteralFeelCache.isLiteral("< today()")).isFalse();
    assertThat(LiteralFeelCache.isLiteral("date(\"2026-01-01\")")).isFalse();
    assertThat(LiteralFeelCache.isLiteral("\"a\\\" or x\"")).isFalse();
    assertThat(LiteralFeelCache.isLiteral(" ")).isFalse();
  }
}
