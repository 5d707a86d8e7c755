package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every model deployed at start-up holds together: each expression names a whitelisted bean or a declared process
 * variable, and each form reference names a deployed form.
 */
class DeploymentIT extends IntegrationTest {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");
  /** Names the engine itself provides inside expressions, and the triage task's local result variable. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "triage", "interviewRequirements");

  @Autowired
  ExpressionBeans expressionBeans;
  @Autowired
  ObjectMapper json;

  @Test
  void shouldBuildTheEnginesSqlWithOgnlsReadMethodsRemembered() throws Exception {
    // installed by the engine plugin before the engine built any SQL (docs/performance.md: CachedReadMethods)
    assertThat(CachedReadMethods.isInstalledFor(org.camunda.bpm.engine.impl.TaskQueryImpl.class)).isTrue();
    assertThat(CachedReadMethods.isInstalledFor(org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl.class)).isTrue();
    assertThat(CachedReadMethods.isInstalledFor(org.camunda.bpm.engine.impl.db.AuthorizationCheck.class)).isTrue();
  }

  @Test
  void shouldDeployEveryProcessDecisionAndFormOfTheRepository() {
    RepositoryService repository = engine.getRepositoryService();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(AsylumClaimProcess.KEY).count())
        .isPositive();
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("claim-triage").count()).isPositive();
    assertThat(deployedFormIds()).contains("register-claim", "conduct-interview", "conduct-merged-interview",
        "assess-claim", "review-assessment", "decide-claim", "notify-resolution");
  }

  @Test
  void shouldNameOnlyWhitelistedBeansAndDeclaredVariablesInExpressions() throws Exception {
    Set<String> known = new HashSet<>(expressionBeans.names());
    known.addAll(declaredVariables());
    known.addAll(ENGINE_NAMES);
    List<String> unknown = new ArrayList<>();
    for (ProcessDefinition definition : latestProcesses()) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (String expression : expressions(model.getDocument().getRootElement())) {
        Matcher matcher = EXPRESSION.matcher(expression);
        while (matcher.find()) {
          if (!known.contains(matcher.group(1))) {
            unknown.add(definition.getKey() + ": " + expression);
          }
        }
      }
    }
    assertThat(unknown).as("expressions naming neither a whitelisted bean nor a declared variable").isEmpty();
  }

  @Test
  void shouldReferenceOnlyDeployedForms() {
    Set<String> forms = deployedFormIds();
    List<String> missing = new ArrayList<>();
    for (ProcessDefinition definition : latestProcesses()) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (ModelElementInstance element : model.getModelElementsByType(
          model.getModel().getType(org.camunda.bpm.model.bpmn.instance.FlowNode.class))) {
        String formRef = element.getDomElement().getAttribute("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (formRef != null && !forms.contains(formRef)) {
          missing.add(definition.getKey() + "/" + element.getAttributeValue("id") + " → " + formRef);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldHideBeansThatAreNotWhitelistedFromExpressions() {
    assertThat(expressionBeans.containsKey("registerClaimDelegate")).isTrue();
    assertThat(expressionBeans.containsKey("claimService")).isFalse();
    assertThat(expressionBeans.containsKey("dataSource")).isFalse();
  }

  private List<ProcessDefinition> latestProcesses() {
    return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
  }

  private Set<String> deployedFormIds() {
    RepositoryService repository = engine.getRepositoryService();
    Set<String> ids = new HashSet<>();
    repository.createDeploymentQuery().list().forEach(deployment ->
        repository.getDeploymentResources(deployment.getId()).stream()
            .filter(resource -> resource.getName().endsWith(".form"))
            .forEach(resource -> {
              try {
                ids.add(json.readTree(resource.getBytes()).get("id").asText());
              } catch (java.io.IOException e) {
                throw new AssertionError("Form " + resource.getName() + " is not JSON", e);
              }
            }));
    return ids;
  }

  /** Every attribute value and text in the model that holds an expression. */
  private static List<String> expressions(DomElement element) {
    List<String> found = new ArrayList<>();
    String text = element.getTextContent();
    if (element.getChildElements().isEmpty() && text != null && text.contains("${")) {
      found.add(text.trim());
    }
    for (String attribute : List.of("delegateExpression", "expression", "candidateGroups", "candidateUsers",
        "assignee", "priority", "dueDate", "followUpDate")) {
      String value = element.getAttribute("http://camunda.org/schema/1.0/bpmn", attribute);
      if (value != null && value.contains("${")) {
        found.add(value);
      }
    }
    for (DomElement child : element.getChildElements()) {
      found.addAll(expressions(child));
    }
    return found;
  }

  private static Set<String> declaredVariables() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Class<?> backing : List.of(AsylumClaimProcess.class, org.refugio.coi.CoiRequestProcess.class,
        org.refugio.interpretation.InterpretationBookingProcess.class,
        org.refugio.inclusion.roundtable.RoundtableAgreementProcess.class,
        org.refugio.inclusion.InclusionReferralsProcess.class)) {
      for (Field field : backing.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          names.add(((ProcessVariable<?>) field.get(null)).name());
        }
      }
    }
    return names;
  }
}
