package org.refugio.insight;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes a table of records as CSV (RFC 4180): a header of the record's component names, then one line per row. */
final class Csv {

  private Csv() {
  }

  static String of(Class<? extends Record> type, List<? extends Record> rows) {
    RecordComponent[] components = type.getRecordComponents();
    StringBuilder csv = new StringBuilder();
    csv.append(Stream.of(components).map(RecordComponent::getName).collect(Collectors.joining(","))).append("\r\n");
    for (Record row : rows) {
      csv.append(Stream.of(components).map(c -> cell(value(c, row))).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }

  private static Object value(RecordComponent component, Record row) {
    try {
      return component.getAccessor().invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component.getName(), e);
    }
  }

  private static String cell(Object value) {
    if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
      return "";
    }
    String text = value.toString();
    // a leading =, +, - or @ would be a formula to a spreadsheet
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
