package org.refugio.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.security.CurrentUser;
import org.refugio.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/**
 * What a draft would change in the backlog: the draft and the deployed version are evaluated on the inputs of every
 * open asylum claim (its process variables); an input that is not a claim variable but has a list of allowed values
 * (legal-deadlines' {@code milestone}) is tried with each of them. Claims are grouped by the change they would see.
 */
@Component
public class ImpactPreview {

  private static final int PAGE = 500;
  private static final int MAX_CASE_NUMBERS = 200;

  private final RulesWorkbench workbench;
  private final RuleValidator validator;
  private final RuntimeService runtime;
  private final SystemAuthentication system;

  ImpactPreview(RulesWorkbench workbench, RuleValidator validator, RuntimeService runtime,
      SystemAuthentication system) {
    this.workbench = workbench;
    this.validator = validator;
    this.runtime = runtime;
    this.system = system;
  }

  /** Open claims that would get a different result, grouped by the change ("modality: REGULAR → SIMPLIFIED"). */
  public record Impact(long draftId, String decisionKey, int openClaims, int changedClaims, List<Change> changes) {
  }

  /** One change and the claims it would reach (case numbers, at most 200 listed). */
  public record Change(String description, int claims, List<String> caseNumbers) {
  }

  public Impact of(long draftId, CurrentUser user) {
    workbench.requirePolicy(user);
    RuleDraft draft = workbench.findDraft(draftId);
    DmnDecision proposed = workbench.validDecision(draft);
    DmnDecision deployed = workbench.deployedDecision(draft.decisionKey());
    DecisionTable table = validator.validate(draft.decisionKey(), draft.dmnXml()).table();
    List<String> names = new ArrayList<>();
    Map<String, List<String>> enumerated = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      String name = RuleValidator.inputName(input);
      names.add(name);
      enumerated.put(name, RuleValidator.allowedValues(input.getInputValues()));
    }
    Map<String, List<String>> byChange = new LinkedHashMap<>();
    // claims with the same inputs see the same change: evaluate each distinct combination once
    Map<Map<String, Object>, Optional<String>> changeByInputs = new HashMap<>();
    int open = 0;
    int changed = 0;
    for (int first = 0; ; first += PAGE) {
      int offset = first;
      List<ProcessInstance> page = system.call(() -> runtime.createProcessInstanceQuery()
          .processDefinitionKey(AsylumClaimProcess.KEY).orderByProcessInstanceId().asc().listPage(offset, PAGE));
      if (page.isEmpty()) {
        break;
      }
      Map<String, Map<String, Object>> variables = variables(page, names);
      for (ProcessInstance instance : page) {
        open++;
        Map<String, Object> inputs = variables.getOrDefault(instance.getId(), Map.of());
        String change = changeByInputs.computeIfAbsent(inputs,
            claim -> Optional.ofNullable(change(proposed, deployed, names, enumerated, claim))).orElse(null);
        if (change != null) {
          changed++;
          byChange.computeIfAbsent(change, c -> new ArrayList<>()).add(instance.getBusinessKey());
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    List<Change> changes = new ArrayList<>();
    byChange.forEach((description, cases) -> changes.add(new Change(description, cases.size(),
        cases.subList(0, Math.min(cases.size(), MAX_CASE_NUMBERS)))));
    changes.sort((a, b) -> Integer.compare(b.claims(), a.claims()));
    return new Impact(draftId, draft.decisionKey(), open, changed, changes);
  }

  private Map<String, Map<String, Object>> variables(List<ProcessInstance> page, List<String> names) {
    String[] ids = page.stream().map(ProcessInstance::getId).toArray(String[]::new);
    List<VariableInstance> found = system.call(() -> runtime.createVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(names.toArray(String[]::new)).disableCustomObjectDeserialization().list());
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance variable : found) {
      // only the claim's own variables, not those local to a subprocess or task
      if (Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId())) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  private String change(DmnDecision proposed, DmnDecision deployed, List<String> names,
      Map<String, List<String>> enumerated, Map<String, Object> claim) {
    List<VariableMap> cases = new ArrayList<>();
    cases.add(Variables.createVariables());
    List<String> expandedBy = new ArrayList<>();
    for (String name : names) {
      List<VariableMap> next = new ArrayList<>();
      boolean expand = !claim.containsKey(name) && !enumerated.get(name).isEmpty();
      if (expand) {
        expandedBy.add(name);
      }
      for (VariableMap partial : cases) {
        if (expand) {
          for (String value : enumerated.get(name)) {
            next.add(Variables.fromMap(partial).putValue(name, value));
          }
        } else {
          next.add(Variables.fromMap(partial).putValue(name, claim.get(name)));
        }
      }
      cases = next;
    }
    List<String> differences = new ArrayList<>();
    for (VariableMap variables : cases) {
      Map<String, Object> before = first(deployed, variables);
      Map<String, Object> after = first(proposed, variables);
      List<String> outputs = new ArrayList<>();
      for (String output : union(before, after)) {
        Object was = before.get(output);
        Object will = after.get(output);
        if (!TestCaseRunner.same(was, will)) {
          outputs.add(output + ": " + show(was) + " → " + show(will));
        }
      }
      if (!outputs.isEmpty()) {
        String prefix = expandedBy.isEmpty() ? "" : expandedBy.stream()
            .map(name -> name + " " + variables.get(name)).reduce((a, b) -> a + ", " + b).orElse("") + ": ";
        differences.add(prefix + String.join(", ", outputs));
      }
    }
    return differences.isEmpty() ? null : String.join("; ", differences);
  }

  private Map<String, Object> first(DmnDecision decision, VariableMap variables) {
    try {
      DmnDecisionResult result = validator.evaluate(decision, variables, new ArrayList<>());
      return result.isEmpty() ? Map.of() : result.get(0).getEntryMap();
    } catch (RuntimeException e) {
      return Map.of("error", "la evaluación falla");
    }
  }

  private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    return keys;
  }

  private static String show(Object value) {
    return value == null ? "(sin valor)" : value.toString();
  }
}
