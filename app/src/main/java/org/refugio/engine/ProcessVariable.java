package org.refugio.engine;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with a name and a type, declared once in a process backing class, so that no code reads or
 * writes a variable by a string literal or an unchecked cast.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value in the scope, or {@code null} when the variable is not set. */
  public T from(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** The value in the scope; fails with a message naming the variable when it is not set. */
  public T required(VariableScope scope) {
    T value = from(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    return value;
  }

  /** The value in a map of variables (a task's submitted values, a REST payload). */
  public T from(Map<String, ?> variables) {
    return convert(variables.get(name));
  }

  public Writer<T> on(VariableScope scope) {
    return value -> scope.setVariable(name, value);
  }

  /** Writes the variable to the scope itself, never to a parent: each instance of a multi-instance keeps its own. */
  public Writer<T> onLocal(VariableScope scope) {
    return value -> scope.setVariableLocal(name, value);
  }

  /** Adds this variable to a map of variables, e.g. to start a process or complete a task. */
  public Map<String, Object> put(Map<String, Object> variables, T value) {
    variables.put(name, value);
    return variables;
  }

  private T convert(Object value) {
    if (value == null) {
      return null;
    }
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    if (Number.class.isAssignableFrom(type) && value instanceof Number number) {
      Object converted = type == Integer.class ? Integer.valueOf(number.intValue())
          : type == Long.class ? Long.valueOf(number.longValue())
          : type == Double.class ? Double.valueOf(number.doubleValue()) : null;
      if (converted != null) {
        return type.cast(converted);
      }
    }
    throw new IllegalStateException(
        "Process variable '" + name + "' holds a " + value.getClass().getSimpleName() + ", expected " + type.getSimpleName());
  }

  /** Writes the variable to the scope it was obtained for. */
  @FunctionalInterface
  public interface Writer<T> {
    void set(T value);
  }

  @Override
  public String toString() {
    return name + ":" + type.getSimpleName();
  }
}
