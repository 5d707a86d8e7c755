package org.refugio.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.springframework.stereotype.Component;

/**
 * Checks a decision table draft the way the engine will read it, and beyond: the engine's DMN parser
 * (DmnTransformer), FEEL syntax of every cell, the inputs and outputs the application's contract names, types of
 * cells against their column, allowed values, the hit policy, and — where every input has a finite set of values —
 * the combinations no rule covers, the rules that overlap under UNIQUE and the rules an earlier rule always hides
 * under FIRST.
 */
@Component
public class RuleValidator {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Set<String> FEEL_WORDS = Set.of("not", "true", "false", "null", "and", "or", "in", "between",
      "date", "time", "duration", "contains", "starts", "with", "ends", "matches", "string", "number", "lower",
      "upper", "case", "length", "substring", "if", "then", "else", "some", "every", "satisfies", "instance", "of",
      "list", "count", "min", "max", "sum", "abs", "floor", "ceiling", "before", "after", "includes");
  /** At most this many input combinations are evaluated to find gaps and overlaps. */
  private static final int MAX_COMBINATIONS = 5000;
  /** Stands for "any other value" of a text input whose cells name a few literals. */
  static final String OTHER_VALUE = "\u0000otro";

  private final DmnEngine dmnEngine;
  private final FeelEngine feel;
  private final ThreadLocal<List<String>> matchedRules = new ThreadLocal<>();

  public RuleValidator() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener recorder = (DmnDecisionTableEvaluationEvent event) -> {
      List<String> sink = matchedRules.get();
      if (sink != null) {
        event.getMatchingRules().forEach(rule -> sink.add(rule.getId()));
      }
    };
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    this.dmnEngine = configuration.buildEngine();
    this.feel = configuration.getFeelEngine();
  }

  /** The engine the validator evaluates drafts and test cases with (the standalone DMN engine, same FEEL). */
  public DmnEngine dmnEngine() {
    return dmnEngine;
  }

  /** The outcome of a validation: the parsed decision (null when it cannot be parsed), errors and warnings. */
  public record Validation(DmnDecision decision, DecisionTable table, List<RuleProblem> errors,
      List<RuleProblem> warnings) {

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Parses the XML: a problem here means the draft is not DMN at all. */
  public Optional<DmnModelInstance> read(String xml, List<RuleProblem> errors) {
    if (xml == null || xml.isBlank()) {
      errors.add(RuleProblem.ofTable("El cuerpo está vacío: envíe el XML DMN de la tabla de decisión."));
      return Optional.empty();
    }
    try {
      return Optional.of(Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (RuntimeException e) {
      errors.add(RuleProblem.ofTable("El XML no es un DMN válido: " + rootMessage(e)
          + ". Descargue la versión vigente y parta de ella."));
      return Optional.empty();
    }
  }

  public Validation validate(String decisionKey, String xml) {
    List<RuleProblem> errors = new ArrayList<>();
    List<RuleProblem> warnings = new ArrayList<>();
    Optional<DmnModelInstance> read = read(xml, errors);
    if (read.isEmpty()) {
      return new Validation(null, null, errors, warnings);
    }
    DmnModelInstance model = read.get();
    Decision decision = model.getModelElementById(decisionKey);
    if (!(decision instanceof Decision)) {
      errors.add(RuleProblem.ofTable("El DMN no contiene la decisión «" + decisionKey + "»: el atributo id del "
          + "elemento <decision> debe ser «" + decisionKey + "»."));
      return new Validation(null, null, errors, warnings);
    }
    if (!(decision.getExpression() instanceof DecisionTable table)) {
      errors.add(RuleProblem.ofTable("La decisión «" + decisionKey + "» no es una tabla de decisión."));
      return new Validation(null, null, errors, warnings);
    }
    if (decision.getCamundaHistoryTimeToLiveString() == null
        || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
      errors.add(RuleProblem.ofTable("Falta el tiempo de conservación del historial (camunda:historyTimeToLive) "
          + "de la decisión; la versión vigente usa 3650 días."));
    }
    Optional<DecisionContract> contract = DecisionContract.of(decisionKey);
    List<Input> inputs = List.copyOf(table.getInputs());
    List<Output> outputs = List.copyOf(table.getOutputs());
    checkColumns(inputs, outputs, contract, errors, warnings);
    checkHitPolicy(table, contract, errors);
    List<Rule> rules = List.copyOf(table.getRules());
    if (rules.isEmpty()) {
      errors.add(RuleProblem.ofTable("La tabla no tiene reglas."));
    }
    Set<String> inputNames = new HashSet<>();
    inputs.forEach(input -> inputNames.add(inputName(input)));
    for (int r = 0; r < rules.size(); r++) {
      checkRule(rules.get(r), r + 1, inputs, outputs, inputNames, errors);
    }
    DmnDecision parsed = null;
    if (errors.isEmpty()) {
      try {
        parsed = dmnEngine.parseDecision(decisionKey, model);
      } catch (DmnEngineException | IllegalArgumentException e) {
        errors.add(RuleProblem.ofTable("El motor de decisiones rechaza la tabla: " + rootMessage(e)));
      }
    }
    if (parsed != null) {
      checkCombinations(parsed, table, inputs, rules, contract.isPresent(), errors, warnings);
    }
    return new Validation(errors.isEmpty() ? parsed : null, table, errors, warnings);
  }

  /** Evaluates the decision and records the ids of the rules that produced its result. */
  public DmnDecisionResult evaluate(DmnDecision decision, VariableMap variables, List<String> matched) {
    matchedRules.set(matched);
    try {
      return dmnEngine.evaluateDecision(decision, variables);
    } finally {
      matchedRules.remove();
    }
  }

  private static void checkColumns(List<Input> inputs, List<Output> outputs, Optional<DecisionContract> contract,
      List<RuleProblem> errors, List<RuleProblem> warnings) {
    Set<String> seen = new HashSet<>();
    for (Input input : inputs) {
      String name = inputName(input);
      String typeRef = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
      if (name.isEmpty()) {
        errors.add(RuleProblem.ofColumn(label(input), "La entrada «" + label(input) + "» no tiene expresión: "
            + "escriba el nombre de la variable que lee."));
        continue;
      }
      if (!seen.add(name)) {
        warnings.add(RuleProblem.ofColumn(name, "Dos entradas leen la misma variable «" + name + "»."));
      }
      if (typeRef == null || typeRef.isBlank()) {
        warnings.add(RuleProblem.ofColumn(name, "La entrada «" + name + "» no declara su tipo (typeRef)."));
      }
      if (contract.isPresent()) {
        Map<String, String> provided = contract.get().inputs();
        if (!provided.containsKey(name)) {
          errors.add(RuleProblem.ofColumn(name, "La entrada «" + label(input) + "» lee «" + name + "», que "
              + contract.get().usedBy() + " no proporciona. Use una de: " + String.join(", ", provided.keySet())
              + "."));
        } else if (typeRef != null && !typeRef.isBlank() && !sameType(provided.get(name), typeRef)) {
          errors.add(RuleProblem.ofColumn(name, "La entrada «" + name + "» es de tipo " + provided.get(name)
              + " en " + contract.get().usedBy() + ", no " + typeRef + "."));
        }
      }
    }
    Set<String> outputNames = new HashSet<>();
    for (Output output : outputs) {
      String name = output.getName();
      if (name == null || name.isBlank()) {
        errors.add(RuleProblem.ofColumn(output.getLabel(), "La salida «" + output.getLabel() + "» no tiene nombre "
            + "(name): es la variable en la que se escribe el resultado."));
        continue;
      }
      if (!outputNames.add(name)) {
        errors.add(RuleProblem.ofColumn(name, "Hay dos salidas llamadas «" + name + "»."));
      }
      if (contract.isPresent()) {
        String expected = contract.get().outputs().get(name);
        if (expected == null) {
          warnings.add(RuleProblem.ofColumn(name, "La salida «" + name + "» no la lee " + contract.get().usedBy()
              + ": no tendrá efecto."));
        } else if (output.getTypeRef() != null && !sameType(expected, output.getTypeRef())) {
          errors.add(RuleProblem.ofColumn(name, "La salida «" + name + "» debe ser de tipo " + expected + " para "
              + contract.get().usedBy() + ", no " + output.getTypeRef() + "."));
        }
      }
    }
    contract.ifPresent(c -> c.outputs().keySet().stream().filter(name -> !outputNames.contains(name))
        .forEach(name -> errors.add(RuleProblem.ofColumn(name, "Falta la salida «" + name + "», que "
            + c.usedBy() + " lee."))));
  }

  private static void checkHitPolicy(DecisionTable table, Optional<DecisionContract> contract,
      List<RuleProblem> errors) {
    HitPolicy hitPolicy = table.getHitPolicy();
    if (contract.isPresent() && contract.get().collects()) {
      if (hitPolicy != HitPolicy.COLLECT || table.getAggregation() != null) {
        errors.add(RuleProblem.ofTable("La política de acierto debe ser COLLECT sin agregación: "
            + contract.get().usedBy() + " lee cada regla que se aplica como un resultado."));
      }
      return;
    }
    if (contract.isPresent() && (hitPolicy == HitPolicy.RULE_ORDER || hitPolicy == HitPolicy.OUTPUT_ORDER
        || (hitPolicy == HitPolicy.COLLECT && table.getAggregation() == null))) {
      errors.add(RuleProblem.ofTable("La política de acierto " + hitPolicy + " puede dar varios resultados, y "
          + contract.get().usedBy() + " espera uno solo: use FIRST (gana la primera regla que coincide) o UNIQUE."));
    }
    if (hitPolicy == HitPolicy.PRIORITY || hitPolicy == HitPolicy.OUTPUT_ORDER) {
      errors.add(RuleProblem.ofTable("El motor no admite la política de acierto " + hitPolicy + ": use FIRST, "
          + "UNIQUE, ANY, RULE ORDER o COLLECT."));
    }
  }

  private void checkRule(Rule rule, int number, List<Input> inputs, List<Output> outputs, Set<String> inputNames,
      List<RuleProblem> errors) {
    List<InputEntry> inputEntries = List.copyOf(rule.getInputEntries());
    List<OutputEntry> outputEntries = List.copyOf(rule.getOutputEntries());
    String where = "Regla " + number + " (" + rule.getId() + ")";
    if (inputEntries.size() != inputs.size() || outputEntries.size() != outputs.size()) {
      errors.add(new RuleProblem(rule.getId(), number, null, where + " tiene " + inputEntries.size()
          + " condiciones y " + outputEntries.size() + " resultados; la tabla tiene " + inputs.size()
          + " entradas y " + outputs.size() + " salidas."));
      return;
    }
    for (int c = 0; c < inputs.size(); c++) {
      Input input = inputs.get(c);
      String message = checkInputEntry(inputEntries.get(c), input, inputNames);
      if (message != null) {
        errors.add(new RuleProblem(rule.getId(), number, inputName(input),
            where + ", columna «" + label(input) + "»: " + message));
      }
    }
    for (int c = 0; c < outputs.size(); c++) {
      Output output = outputs.get(c);
      String message = checkOutputEntry(outputEntries.get(c), output);
      if (message != null) {
        errors.add(new RuleProblem(rule.getId(), number, output.getName(),
            where + ", columna «" + (output.getLabel() != null ? output.getLabel() : output.getName()) + "»: "
                + message));
      }
    }
  }

  private String checkInputEntry(UnaryTests entry, Input input, Set<String> inputNames) {
    String text = text(entry);
    if (text.isEmpty() || text.equals("-") || !isFeel(entry.getExpressionLanguage())) {
      return null;
    }
    String typeRef = typeRef(input);
    String type = typeRef == null ? "" : typeRef.toLowerCase();
    String unquoted = QUOTED.matcher(text).replaceAll("\"\"");
    Matcher identifiers = IDENTIFIER.matcher(unquoted);
    while (identifiers.find()) {
      String word = identifiers.group();
      if (!FEEL_WORDS.contains(word) && !inputNames.contains(word) && !unquoted.startsWith("(", identifiers.end())) {
        return "«" + word + "» no está entre comillas, y FEEL lo lee como el nombre de una variable que no existe; "
            + ("string".equals(type) ? "escriba \"" + word + "\"." : "corrija el valor.");
      }
    }
    List<String> literals = quotedLiterals(text);
    switch (type) {
      case "boolean" -> {
        if (!unquoted.matches("\\s*(not\\s*\\()?\\s*(true|false)\\s*\\)?\\s*")) {
          return "la columna es de tipo boolean: escriba true, false o - (cualquiera), no «" + text + "».";
        }
      }
      case "string" -> {
        if (literals.isEmpty() && unquoted.matches(".*\\d.*") && !unquoted.contains("(")) {
          return "la columna es de texto: escriba el valor entre comillas (\"" + text + "\").";
        }
        if (unquoted.matches("\\s*(not\\s*\\()?\\s*(true|false)\\s*\\)?\\s*")) {
          return "la columna es de texto, no booleana: escriba el valor entre comillas.";
        }
        List<String> allowed = allowedValues(input.getInputValues());
        for (String literal : literals) {
          if (!allowed.isEmpty() && !allowed.contains(literal)) {
            return "\"" + literal + "\" no es un valor permitido de la columna (" + String.join(", ", allowed)
                + ").";
          }
        }
      }
      case "integer", "long", "double", "number" -> {
        if (!literals.isEmpty()) {
          return "la columna es numérica (" + typeRef + "): escriba el número sin comillas, no «" + text + "».";
        }
      }
      default -> {
        // other types (dates): FEEL syntax only
      }
    }
    try {
      VariableMap context = Variables.createVariables().putValue("cellInput", sample(type));
      inputNames.forEach(name -> context.putValue(name, sample("")));
      feel.evaluateSimpleUnaryTests(text, "cellInput", context.asVariableContext());
    } catch (RuntimeException e) {
      return "la expresión FEEL «" + text + "» no es válida (" + rootMessage(e) + ").";
    }
    return null;
  }

  private String checkOutputEntry(OutputEntry entry, Output output) {
    String text = entry.getText() == null ? "" : entry.getText().getTextContent().trim();
    if (text.isEmpty()) {
      return "la celda está vacía: la regla no daría valor a «" + output.getName() + "».";
    }
    if (!isFeel(entry.getExpressionLanguage())) {
      return null;
    }
    Object value;
    try {
      value = feel.evaluateSimpleExpression(text, Variables.createVariables().asVariableContext());
    } catch (RuntimeException e) {
      String unquoted = QUOTED.matcher(text).replaceAll("\"\"");
      if (IDENTIFIER.matcher(unquoted).matches() && "string".equalsIgnoreCase(output.getTypeRef())) {
        return "«" + text + "» no está entre comillas, y FEEL lo lee como el nombre de una variable; escriba \""
            + text + "\".";
      }
      return "la expresión FEEL «" + text + "» no es válida (" + rootMessage(e) + ").";
    }
    String type = output.getTypeRef() == null ? "" : output.getTypeRef().toLowerCase();
    boolean fits = switch (type) {
      case "string" -> value == null || value instanceof String;
      case "boolean" -> value == null || value instanceof Boolean;
      case "integer", "long" -> value == null || (value instanceof Number number
          && new java.math.BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0);
      case "double", "number" -> value == null || value instanceof Number;
      default -> true;
    };
    if (!fits) {
      return "«" + text + "» no es de tipo " + output.getTypeRef() + (value == null ? "" : " (es "
          + describe(value) + ")") + ".";
    }
    List<String> allowed = allowedValues(output.getOutputValues());
    if (!allowed.isEmpty() && value instanceof String s && !allowed.contains(s)) {
      return "\"" + s + "\" no es un valor permitido de «" + output.getName() + "» (" + String.join(", ", allowed)
          + ").";
    }
    return null;
  }

  /**
   * Evaluates every combination of input values when each input has a finite set (booleans; texts with allowed values,
   * or the literals the cells name plus "any other" and "none"), to find gaps and overlaps.
   */
  private void checkCombinations(DmnDecision decision, DecisionTable table, List<Input> inputs, List<Rule> rules,
      boolean consumed, List<RuleProblem> errors, List<RuleProblem> warnings) {
    List<List<Object>> domains = new ArrayList<>();
    long size = 1;
    for (int c = 0; c < inputs.size(); c++) {
      List<Object> domain = domain(inputs.get(c), rules, c);
      if (domain == null) {
        return;
      }
      domains.add(domain);
      size *= domain.size();
      if (size > MAX_COMBINATIONS) {
        return;
      }
    }
    Set<String> reached = new HashSet<>();
    List<String> gaps = new ArrayList<>();
    int gapCount = 0;
    Set<String> overlaps = new LinkedHashSet<>();
    for (List<Object> combination : cartesian(domains)) {
      VariableMap variables = Variables.createVariables();
      for (int c = 0; c < inputs.size(); c++) {
        Object value = combination.get(c);
        variables.putValue(inputName(inputs.get(c)), OTHER_VALUE.equals(value) ? "ZZ-otro" : value);
      }
      List<String> matched = new ArrayList<>();
      try {
        DmnDecisionResult result = evaluate(decision, variables, matched);
        if (result.isEmpty()) {
          gapCount++;
          if (gaps.size() < 5) {
            gaps.add(describe(inputs, combination));
          }
        }
        reached.addAll(matched);
      } catch (RuntimeException e) {
        overlaps.add(describe(inputs, combination));
      }
    }
    if (gapCount > 0) {
      String message = "Ninguna regla se aplica en " + gapCount + " combinación(es) de entradas, por ejemplo: "
          + String.join("; ", gaps) + ". Agregue una regla que las cubra (p. ej. una regla final con todo en «-»).";
      (consumed ? errors : warnings).add(RuleProblem.ofTable(message));
    }
    if (!overlaps.isEmpty()) {
      errors.add(RuleProblem.ofTable("Con la política de acierto " + table.getHitPolicy() + " varias reglas se "
          + "aplican a la vez, por ejemplo cuando " + overlaps.iterator().next() + ". Haga las reglas excluyentes o "
          + "use FIRST."));
    }
    if (table.getHitPolicy() == HitPolicy.FIRST) {
      for (int r = 0; r < rules.size(); r++) {
        Rule rule = rules.get(r);
        if (!reached.contains(rule.getId())) {
          warnings.add(new RuleProblem(rule.getId(), r + 1, null, "Regla " + (r + 1) + " (" + rule.getId()
              + ") nunca se aplica: una regla anterior coincide siempre antes (política FIRST)."));
        }
      }
    }
  }

  private static List<Object> domain(Input input, List<Rule> rules, int column) {
    String type = typeRef(input) == null ? "" : typeRef(input).toLowerCase();
    if (type.equals("boolean")) {
      return Arrays.asList(true, false);
    }
    if (!type.equals("string")) {
      return null;
    }
    List<String> allowed = allowedValues(input.getInputValues());
    if (!allowed.isEmpty()) {
      return new ArrayList<>(allowed);
    }
    Set<Object> values = new LinkedHashSet<>();
    for (Rule rule : rules) {
      InputEntry entry = List.copyOf(rule.getInputEntries()).get(column);
      String text = text(entry);
      String unquoted = QUOTED.matcher(text).replaceAll("\"\"");
      if (!text.isEmpty() && !text.equals("-") && !unquoted.matches("[\\s\",]*|\\s*not\\s*\\([\\s\",]*\\)\\s*")) {
        return null;
      }
      values.addAll(quotedLiterals(text));
    }
    values.add(OTHER_VALUE);
    values.add(null);
    return new ArrayList<>(values);
  }

  private static List<List<Object>> cartesian(List<List<Object>> domains) {
    List<List<Object>> result = new ArrayList<>();
    result.add(new ArrayList<>());
    for (List<Object> domain : domains) {
      List<List<Object>> next = new ArrayList<>();
      for (List<Object> prefix : result) {
        for (Object value : domain) {
          List<Object> combination = new ArrayList<>(prefix);
          combination.add(value);
          next.add(combination);
        }
      }
      result = next;
    }
    return result;
  }

  private static String describe(List<Input> inputs, List<Object> combination) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (int c = 0; c < inputs.size(); c++) {
      Object value = combination.get(c);
      parts.put(inputName(inputs.get(c)), value == null ? "sin valor" : OTHER_VALUE.equals(value) ? "otro valor"
          : value instanceof String ? "\"" + value + "\"" : value.toString());
    }
    List<String> text = new ArrayList<>();
    parts.forEach((name, value) -> text.add(name + " = " + value));
    return String.join(", ", text);
  }

  static String inputName(Input input) {
    if (input.getInputExpression() == null || input.getInputExpression().getText() == null) {
      return "";
    }
    return input.getInputExpression().getText().getTextContent().trim();
  }

  private static String label(Input input) {
    return input.getLabel() != null ? input.getLabel() : inputName(input);
  }

  private static String typeRef(Input input) {
    return input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
  }

  private static String text(UnaryTests entry) {
    return entry.getText() == null ? "" : entry.getText().getTextContent().trim();
  }

  static List<String> allowedValues(UnaryTests values) {
    if (values == null || values.getText() == null) {
      return List.of();
    }
    return quotedLiterals(values.getText().getTextContent());
  }

  private static List<String> quotedLiterals(String text) {
    List<String> literals = new ArrayList<>();
    Matcher matcher = QUOTED.matcher(text);
    while (matcher.find()) {
      String quoted = matcher.group();
      literals.add(quoted.substring(1, quoted.length() - 1));
    }
    return literals;
  }

  private static boolean isFeel(String expressionLanguage) {
    return expressionLanguage == null || expressionLanguage.toLowerCase().contains("feel");
  }

  private static boolean sameType(String expected, String typeRef) {
    String actual = typeRef.toLowerCase();
    return expected.equals(actual) || (expected.equals("integer") && actual.equals("long"));
  }

  private static Object sample(String type) {
    return switch (type) {
      case "boolean" -> Boolean.FALSE;
      case "integer", "long" -> 0;
      case "double", "number" -> 0.0d;
      default -> "x";
    };
  }

  private static String describe(Object value) {
    if (value instanceof String) {
      return "texto";
    }
    if (value instanceof Boolean) {
      return "booleano";
    }
    if (value instanceof Number) {
      return "número";
    }
    return value.getClass().getSimpleName();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    Collection<Throwable> seen = new ArrayList<>();
    while (cause.getCause() != null && !seen.contains(cause.getCause())) {
      seen.add(cause);
      cause = cause.getCause();
    }
    String message = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    return message == null ? e.getClass().getSimpleName()
        : message.replaceAll("\\s+", " ").trim().replaceAll("\\.+$", "");
  }
}
