package org.refugio.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;

/**
 * Checks submitted values against the rules a Camunda Form declares, on the server: Tasklist validates only in the
 * browser, so a completion sent by another client (or a tampered browser) must be refused here.
 *
 * <p>Forms are read from the classpath, {@code forms/<id>.form} (app/pom.xml copies the top-level {@code forms/}
 * there). Enforced, as form-js 1.8 enforces them in the browser:
 * <ul>
 *   <li>{@code validate.required}: a text must not be blank, a checkbox must be ticked, a checklist or taglist must
 *       have an entry, any other field must have a value;</li>
 *   <li>{@code minLength}/{@code maxLength} on the trimmed text, {@code pattern} (found anywhere in the text, as
 *       JavaScript's {@code RegExp.test} does: anchor it with {@code ^...$}), {@code validationType: email},
 *       {@code min}/{@code max} on numbers;</li>
 *   <li>radio, select, checklist and taglist values must be among the static {@code values} (options from
 *       {@code valuesKey} or {@code valuesExpression} are not checked);</li>
 *   <li>a {@code datetime} of subtype {@code date} must be a real date written {@code yyyy-MM-dd};</li>
 *   <li>fields inside groups (with or without {@code path}) and inside each item of a dynamic list;</li>
 *   <li>{@code conditional.hide}: a hidden field or container is not checked (see {@link FormCondition} for the FEEL
 *       that is understood); {@code disabled} fields are display only (form-js does not submit them) and are not
 *       checked.</li>
 * </ul>
 * A rule or component the validator cannot enforce (a FEEL-valued rule, {@code validationType: phone}, a time field,
 * an unknown component type) makes loading the form fail, so a form never promises a check the server does not make.
 */
@Component
public class FormSchemaValidator {

  private static final Pattern FORM_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Set<String> DISPLAY_TYPES = Set.of("text", "html", "image", "spacer", "separator", "button",
      "iframe", "table", "expression", "documentPreview");
  private static final Set<String> VALIDATE_KEYS = Set.of("required", "minLength", "maxLength", "pattern", "min",
      "max", "validationType");

  private final ObjectMapper json = new ObjectMapper();
  private final Function<String, InputStream> formSource;
  private final Map<String, List<Field>> forms = new ConcurrentHashMap<>();

  /** Reads forms from the classpath, {@code forms/<id>.form}. */
  public FormSchemaValidator() {
    this(id -> FormSchemaValidator.class.getClassLoader().getResourceAsStream("forms/" + id + ".form"));
  }

  /** Reads forms from the given source: form id to the form's JSON, or {@code null} when there is none. */
  FormSchemaValidator(Function<String, InputStream> formSource) {
    this.formSource = formSource;
  }

  /** One problem with a submitted value: the field's key or path ({@code dependants[1].givenNames}) and a message. */
  public record Violation(String field, String message) {
  }

  /** The problems with the submitted values; empty when the form accepts them. */
  public List<Violation> validate(String formId, Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    List<Violation> violations = new ArrayList<>();
    validateFields(form(formId), values, values, "", "", violations);
    return violations;
  }

  /** Refuses the submitted values with a {@link FormValidationException} that lists every problem. */
  public void check(String formId, Map<String, ?> values) {
    List<Violation> violations = validate(formId, values);
    if (!violations.isEmpty()) {
      throw new FormValidationException(formId, violations);
    }
  }

  // --- validation

  private void validateFields(List<Field> fields, Map<String, ?> scope, Map<String, ?> context, String fieldPrefix,
      String labelPrefix, List<Violation> violations) {
    for (Field field : fields) {
      if (field.hide != null && field.hide.isMet(context)) {
        continue;
      }
      switch (field.kind) {
        case DISPLAY -> {
        }
        case GROUP -> validateGroup(field, scope, context, fieldPrefix, labelPrefix, violations);
        case DYNAMIC_LIST -> validateList(field, scope, context, fieldPrefix, labelPrefix, violations);
        default -> {
          if (!field.disabled) {
            new Check(field, fieldPrefix + String.join(".", field.key), labelPrefix, violations)
                .run(FormValues.get(scope, field.key));
          }
        }
      }
    }
  }

  private void validateGroup(Field group, Map<String, ?> scope, Map<String, ?> context, String fieldPrefix,
      String labelPrefix, List<Violation> violations) {
    if (group.key == null) {
      validateFields(group.children, scope, context, fieldPrefix, labelPrefix, violations);
      return;
    }
    String name = fieldPrefix + String.join(".", group.key);
    Map<String, ?> nested;
    try {
      nested = stringKeys(FormValues.asMap(FormValues.get(scope, group.key)));
    } catch (IllegalArgumentException e) {
      violations.add(new Violation(name, labelPrefix + quote(group.label) + " tiene un formato no válido."));
      return;
    }
    validateFields(group.children, nested, merge(context, nested), name + ".", labelPrefix, violations);
  }

  private void validateList(Field list, Map<String, ?> scope, Map<String, ?> context, String fieldPrefix,
      String labelPrefix, List<Violation> violations) {
    String name = fieldPrefix + String.join(".", list.key);
    List<?> items;
    try {
      items = FormValues.asList(FormValues.get(scope, list.key));
    } catch (IllegalArgumentException e) {
      violations.add(new Violation(name,
          labelPrefix + quote(list.label) + " tiene un formato no válido: se esperaba una lista."));
      return;
    }
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      String itemName = name + "[" + i + "]";
      String itemLabel = labelPrefix + quote(list.label) + " n.º " + (i + 1);
      Object item = FormValues.plain(items.get(i));
      if (!(item instanceof Map<?, ?> map)) {
        violations.add(new Violation(itemName, itemLabel + " tiene un formato no válido."));
        continue;
      }
      Map<String, ?> itemValues = stringKeys(map);
      validateFields(list.children, itemValues, merge(context, itemValues), itemName + ".", itemLabel + ": ",
          violations);
    }
  }

  /** The checks of one input field on its submitted value. */
  private static final class Check {
    private final Field field;
    private final String name;
    private final String label;
    private final List<Violation> violations;

    Check(Field field, String name, String labelPrefix, List<Violation> violations) {
      this.field = field;
      this.name = name;
      this.label = labelPrefix + quote(field.label);
      this.violations = violations;
    }

    void run(Object value) {
      switch (field.kind) {
        case TEXT -> text(value);
        case NUMBER -> number(value);
        case DATE -> date(value);
        case CHECKBOX -> checkbox(value);
        case SINGLE_CHOICE -> singleChoice(value);
        case MULTIPLE_CHOICE -> multipleChoice(value);
        default -> throw new IllegalStateException("not an input: " + field.kind);
      }
    }

    private void report(String message) {
      violations.add(new Violation(name, label + " " + message));
    }

    /** Reports a missing value when the field requires one; true when there is nothing more to check. */
    private boolean missing(Object value) {
      boolean empty = value == null || value instanceof CharSequence text && text.toString().isBlank();
      if (empty && field.rules.required) {
        report("es obligatorio.");
      }
      return empty;
    }

    private void text(Object value) {
      if (missing(value)) {
        return;
      }
      if (!(value instanceof CharSequence)) {
        report("debe ser un texto.");
        return;
      }
      String text = value.toString();
      int length = text.strip().length();
      Rules rules = field.rules;
      if (rules.minLength != null && length < rules.minLength) {
        report("debe tener al menos " + rules.minLength + " caracteres (tiene " + length + ").");
      }
      if (rules.maxLength != null && length > rules.maxLength) {
        report("admite como máximo " + rules.maxLength + " caracteres (tiene " + length + "); abrévielo.");
      }
      if (rules.pattern != null && !rules.pattern.matcher(text).find()) {
        report("no tiene el formato esperado."
            + (field.description == null ? "" : " Indicación del campo: " + field.description));
      }
      if (rules.email && !EMAIL.matcher(text).matches()) {
        report("no es una dirección de correo electrónico válida (por ejemplo: nombre@dominio.com).");
      }
    }

    private void number(Object value) {
      if (missing(value)) {
        return;
      }
      BigDecimal number = null;
      if (value instanceof Number n) {
        number = new BigDecimal(n.toString());
      } else if (value instanceof CharSequence text) {
        try {
          number = new BigDecimal(text.toString().strip());
        } catch (NumberFormatException e) {
          number = null;
        }
      }
      if (number == null) {
        report("debe ser un número.");
        return;
      }
      if (field.rules.min != null && number.compareTo(field.rules.min) < 0) {
        report("debe ser al menos " + field.rules.min.toPlainString() + ".");
      }
      if (field.rules.max != null && number.compareTo(field.rules.max) > 0) {
        report("no puede ser mayor que " + field.rules.max.toPlainString() + ".");
      }
    }

    private void date(Object value) {
      if (missing(value)) {
        return;
      }
      if (!(value instanceof CharSequence text) || !isDate(text.toString().strip())) {
        report("debe ser una fecha válida con formato AAAA-MM-DD (por ejemplo: 2024-03-15).");
      }
    }

    private static boolean isDate(String text) {
      if (!DATE.matcher(text).matches()) {
        return false;
      }
      try {
        LocalDate.parse(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    private void checkbox(Object value) {
      if (value != null && !(value instanceof Boolean)) {
        report("debe ser sí o no (casilla marcada o sin marcar).");
      } else if (field.rules.required && !Boolean.TRUE.equals(value)) {
        report("debe estar marcado.");
      }
    }

    private void singleChoice(Object value) {
      if (missing(value)) {
        return;
      }
      if (field.options != null && field.options.stream().noneMatch(option -> sameOption(option, value))) {
        report("tiene un valor que no está entre las opciones; elija una de la lista.");
      }
    }

    private void multipleChoice(Object value) {
      List<?> chosen;
      try {
        chosen = FormValues.asList(value);
      } catch (IllegalArgumentException e) {
        report("debe ser una lista de opciones.");
        return;
      }
      if (chosen == null || chosen.isEmpty()) {
        if (field.rules.required) {
          report("es obligatorio: elija al menos una opción.");
        }
        return;
      }
      if (field.options != null && chosen.stream()
          .anyMatch(item -> field.options.stream().noneMatch(option -> sameOption(option, item)))) {
        report("contiene un valor que no está entre las opciones; elija solo de la lista.");
      }
    }

    private static boolean sameOption(Object option, Object value) {
      if (option instanceof Number o && value instanceof Number v) {
        return new BigDecimal(o.toString()).compareTo(new BigDecimal(v.toString())) == 0;
      }
      return option.equals(value);
    }
  }

  private static Map<String, ?> merge(Map<String, ?> context, Map<String, ?> values) {
    Map<String, Object> merged = new HashMap<>(context);
    merged.putAll(values);
    return merged;
  }

  private static Map<String, ?> stringKeys(Map<?, ?> map) {
    if (map == null) {
      return Map.of();
    }
    Map<String, Object> result = new HashMap<>();
    map.forEach((key, value) -> result.put(String.valueOf(key), value));
    return result;
  }

  private static String quote(String label) {
    return "\"" + label + "\"";
  }

  // --- the form, read once per id

  private enum Kind { TEXT, NUMBER, DATE, CHECKBOX, SINGLE_CHOICE, MULTIPLE_CHOICE, GROUP, DYNAMIC_LIST, DISPLAY }

  /** A form component as far as validation is concerned; {@code key} is the key or, for containers, the path. */
  private record Field(Kind kind, List<String> key, String label, String description, boolean disabled,
      FormCondition hide, Rules rules, List<Object> options, List<Field> children) {
  }

  private record Rules(boolean required, Integer minLength, Integer maxLength, Pattern pattern, BigDecimal min,
      BigDecimal max, boolean email) {
    static final Rules NONE = new Rules(false, null, null, null, null, null, false);
  }

  private List<Field> form(String formId) {
    if (formId == null || !FORM_ID.matcher(formId).matches()) {
      throw new IllegalArgumentException("Not a form id: " + formId);
    }
    return forms.computeIfAbsent(formId, this::load);
  }

  private List<Field> load(String formId) {
    try (InputStream in = formSource.apply(formId)) {
      if (in == null) {
        throw new IllegalArgumentException("No form '" + formId + "' (forms/" + formId + ".form)");
      }
      JsonNode root = json.readTree(in);
      try {
        return fields(root.path("components"));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Form '" + formId + "' cannot be checked on the server: " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read form '" + formId + "'", e);
    }
  }

  private List<Field> fields(JsonNode components) {
    List<Field> fields = new ArrayList<>();
    for (JsonNode component : components) {
      fields.add(field(component));
    }
    return List.copyOf(fields);
  }

  private Field field(JsonNode component) {
    String type = component.path("type").asText();
    String id = component.path("id").asText(component.path("key").asText(type));
    FormCondition hide = null;
    if (component.path("conditional").hasNonNull("hide")) {
      try {
        hide = FormCondition.parse(component.path("conditional").path("hide").asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
      }
    }
    JsonNode disabled = component.path("disabled");
    if (!disabled.isMissingNode() && !disabled.isBoolean()) {
      throw new IllegalArgumentException(id + ": 'disabled' must be true or false, not an expression");
    }
    String label = firstText(component, "label", "dateLabel", "key", "path", "id");
    String description = component.hasNonNull("description") ? component.get("description").asText() : null;
    Kind kind = kind(type, component, id);
    List<String> key = switch (kind) {
      case DISPLAY -> null;
      case GROUP -> component.hasNonNull("path") && !component.get("path").asText().isEmpty()
          ? List.of(component.get("path").asText().split("\\.")) : null;
      case DYNAMIC_LIST -> {
        if (!component.hasNonNull("path") || component.get("path").asText().isEmpty()) {
          throw new IllegalArgumentException(id + ": a dynamic list needs a 'path'");
        }
        yield List.of(component.get("path").asText().split("\\."));
      }
      default -> {
        if (!component.hasNonNull("key")) {
          throw new IllegalArgumentException(id + ": an input needs a 'key'");
        }
        yield List.of(component.get("key").asText().split("\\."));
      }
    };
    Rules rules = kind == Kind.DISPLAY || kind == Kind.GROUP || kind == Kind.DYNAMIC_LIST ? Rules.NONE
        : rules(component.path("validate"), id);
    List<Object> options = kind == Kind.SINGLE_CHOICE || kind == Kind.MULTIPLE_CHOICE ? options(component) : null;
    List<Field> children = kind == Kind.GROUP || kind == Kind.DYNAMIC_LIST ? fields(component.path("components"))
        : List.of();
    return new Field(kind, key, label, description, disabled.asBoolean(false), hide, rules, options, children);
  }

  private static Kind kind(String type, JsonNode component, String id) {
    return switch (type) {
      case "textfield", "textarea" -> Kind.TEXT;
      case "number" -> Kind.NUMBER;
      case "datetime" -> {
        String subtype = component.path("subtype").asText("date");
        if (!subtype.equals("date")) {
          throw new IllegalArgumentException(id + ": only date fields are checked, not '" + subtype + "'");
        }
        yield Kind.DATE;
      }
      case "checkbox" -> Kind.CHECKBOX;
      case "radio", "select" -> Kind.SINGLE_CHOICE;
      case "checklist", "taglist" -> Kind.MULTIPLE_CHOICE;
      case "group" -> Kind.GROUP;
      case "dynamiclist" -> component.path("isRepeating").asBoolean(false) ? Kind.DYNAMIC_LIST : Kind.GROUP;
      default -> {
        if (!DISPLAY_TYPES.contains(type)) {
          throw new IllegalArgumentException(id + ": component type '" + type + "' is not supported");
        }
        yield Kind.DISPLAY;
      }
    };
  }

  private static Rules rules(JsonNode validate, String id) {
    if (validate.isMissingNode() || validate.isNull()) {
      return Rules.NONE;
    }
    for (Iterator<String> names = validate.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!VALIDATE_KEYS.contains(name)) {
        throw new IllegalArgumentException(id + ": validation rule '" + name + "' is not supported");
      }
      JsonNode rule = validate.get(name);
      if (rule.isTextual() && rule.asText().strip().startsWith("=")) {
        throw new IllegalArgumentException(id + ": validation rule '" + name + "' must not be an expression");
      }
    }
    JsonNode required = validate.path("required");
    if (!required.isMissingNode() && !required.isBoolean()) {
      throw new IllegalArgumentException(id + ": 'required' must be true or false");
    }
    String validationType = validate.path("validationType").asText("");
    if (!validationType.isEmpty() && !validationType.equals("email") && !validationType.equals("custom")) {
      throw new IllegalArgumentException(id + ": validationType '" + validationType + "' is not supported");
    }
    Pattern pattern = null;
    if (validate.hasNonNull("pattern") && !validate.get("pattern").asText().isEmpty()) {
      try {
        pattern = Pattern.compile(validate.get("pattern").asText());
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(id + ": pattern is not a valid regular expression", e);
      }
    }
    return new Rules(required.asBoolean(false), integer(validate, "minLength", id), integer(validate, "maxLength", id),
        pattern, decimal(validate, "min", id), decimal(validate, "max", id), validationType.equals("email"));
  }

  private static Integer integer(JsonNode validate, String name, String id) {
    BigDecimal value = decimal(validate, name, id);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(id + ": '" + name + "' must be a whole number", e);
    }
  }

  private static BigDecimal decimal(JsonNode validate, String name, String id) {
    JsonNode value = validate.get(name);
    if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.asText().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(id + ": '" + name + "' must be a number", e);
    }
  }

  private static List<Object> options(JsonNode component) {
    if (component.hasNonNull("valuesKey") || component.hasNonNull("valuesExpression")
        || !component.has("values")) {
      return null;
    }
    List<Object> options = new ArrayList<>();
    for (JsonNode option : component.get("values")) {
      JsonNode value = option.path("value");
      options.add(value.isBoolean() ? value.asBoolean() : value.isNumber() ? value.decimalValue() : value.asText());
    }
    return List.copyOf(options);
  }

  private static String firstText(JsonNode component, String... names) {
    for (String name : names) {
      if (component.hasNonNull(name) && !component.get(name).asText().isBlank()) {
        return component.get(name).asText();
      }
    }
    return "";
  }
}
