package org.refugio.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The DMN engine's FEEL, remembering what a <em>literal-only</em> entry of a decision table gives: the FEEL engine
 * parses every entry again at every evaluation, and most of our tables' cells ({@code "REGULAR"}, {@code -},
 * {@code not("es")}, {@code 45}, {@code "BUSINESS_DAYS"}) name no variable, so their result depends on the input value
 * alone (a unary test) or on nothing (an output). Such a result is computed once by the FEEL engine itself and
 * remembered; a cell that names anything but a literal, and an input of any type but text, number, boolean or none,
 * always goes to the FEEL engine. A new version of a decision brings its own texts, so nothing needs forgetting; the
 * cache is bounded and emptied when full.
 */
final class LiteralFeelCache implements FeelEngine {

  /**
   * Text literals without escapes, numbers, true, false, null, the dash, commas, ranges, comparisons and
   * {@code not(...)}: nothing FEEL could resolve against the context or the clock.
   */
  private static final Pattern LITERAL = Pattern.compile(
      "\\s*(?:\"[^\"\\\\]*\"|-?\\d+(?:\\.\\d+)?|true|false|null|not\\(|[-,()\\[\\]<>=.]|\\s)*\\s*");
  private static final Set<Class<?>> SIMPLE_INPUTS = Set.of(String.class, Boolean.class, Integer.class, Long.class,
      Short.class);

  private final FeelEngine delegate;
  private final int maxEntries;
  private final Map<String, Optional<Object>> expressions = new ConcurrentHashMap<>();
  private final Map<String, Boolean> unaryTests = new ConcurrentHashMap<>();

  LiteralFeelCache(FeelEngine delegate, int maxEntries) {
    this.delegate = delegate;
    this.maxEntries = maxEntries;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
    if (!isLiteral(expression)) {
      return delegate.evaluateSimpleExpression(expression, context);
    }
    Optional<Object> known = expressions.get(expression);
    if (known == null) {
      Object value = delegate.evaluateSimpleExpression(expression, context);
      // a list or a context would be shared by every evaluation: only immutable values are kept
      if (value != null && !(value instanceof String || value instanceof Boolean || value instanceof Number)) {
        return (T) value;
      }
      known = Optional.ofNullable(value);
      remember(expressions, expression, known);
    }
    return (T) known.orElse(null);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext context) {
    if (!isLiteral(expression)) {
      return delegate.evaluateSimpleUnaryTests(expression, inputVariable, context);
    }
    TypedValue input = context.resolve(inputVariable);
    Object value = input == null ? null : input.getValue();
    if (value != null && !SIMPLE_INPUTS.contains(value.getClass())) {
      return delegate.evaluateSimpleUnaryTests(expression, inputVariable, context);
    }
    String key = expression + '\u0000' + (value == null ? "null" : value.getClass().getName() + '\u0000' + value);
    Boolean known = unaryTests.get(key);
    if (known == null) {
      known = delegate.evaluateSimpleUnaryTests(expression, inputVariable, context);
      remember(unaryTests, key, known);
    }
    return known;
  }

  static boolean isLiteral(String expression) {
    return expression != null && !expression.isBlank() && LITERAL.matcher(expression).matches();
  }

  private <V> void remember(Map<String, V> cache, String key, V value) {
    if (cache.size() >= maxEntries) {
      cache.clear();
    }
    cache.put(key, value);
  }
}
