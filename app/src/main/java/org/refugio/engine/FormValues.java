package org.refugio.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads submitted form values the way they reach the server: plain Java values, typed values, and the JSON that
 * Tasklist submits for multi-selects and dynamic lists (a {@code Json} variable: a Spin node, or its text).
 */
final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {
  }

  /** The value at a dotted path, or {@code null} when any step is missing or not an object. */
  static Object get(Map<String, ?> values, List<String> path) {
    Object current = values;
    for (String step : path) {
      Map<?, ?> map = current instanceof Map<?, ?> m ? m : asJsonContainer(current, Map.class);
      if (map == null) {
        return null;
      }
      current = plain(map.get(step));
    }
    return current;
  }

  /** A typed value's value, a Spin node's JSON text parsed, anything else as it is. */
  static Object plain(Object value) {
    if (value instanceof TypedValue typed) {
      value = typed instanceof SerializableValue serializable && !serializable.isDeserialized()
          ? serializable.getValueSerialized()
          : typed.getValue();
    }
    if (value instanceof SpinJsonNode node) {
      return parse(node.toString());
    }
    return value;
  }

  /**
   * The value as a list: a {@link List}, or JSON text of an array. {@code null} when absent; throws
   * {@link IllegalArgumentException} when it is something else.
   */
  static List<?> asList(Object value) {
    return asContainer(value, List.class);
  }

  /** The value as an object: a {@link Map}, or JSON text of an object; see {@link #asList}. */
  static Map<?, ?> asMap(Object value) {
    return asContainer(value, Map.class);
  }

  private static <T> T asContainer(Object value, Class<T> type) {
    Object plain = plain(value);
    if (plain == null) {
      return null;
    }
    if (type.isInstance(plain)) {
      return type.cast(plain);
    }
    T parsed = asJsonContainer(plain, type);
    if (parsed == null) {
      throw new IllegalArgumentException("not a " + type.getSimpleName());
    }
    return parsed;
  }

  private static <T> T asJsonContainer(Object value, Class<T> type) {
    if (value instanceof CharSequence text) {
      String trimmed = text.toString().strip();
      if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        Object parsed = parse(trimmed);
        return type.isInstance(parsed) ? type.cast(parsed) : null;
      }
    }
    return null;
  }

  private static Object parse(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
