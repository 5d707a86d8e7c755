package org.refugio.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.refugio.rules.RuleDraft.DraftStatus;
import org.refugio.rules.RuleValidator.Validation;
import org.refugio.rules.TestCaseRunner.TestResult;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules workbench: policy staff propose a new version of a deployed decision table, every draft is validated and
 * runs the decision's test cases, a second policy officer approves it, and it is deployed as a new decision version
 * (business rule tasks bind to the latest). Rollbacks deploy an earlier version again. Only policy staff (national
 * group {@code policy}) and administrators use it.
 */
@Service
public class RulesWorkbench {

  /** The name of every deployment the workbench makes; the application's own start-up deployment has another. */
  public static final String DEPLOYMENT_NAME = "rules-workbench";
  private static final int MAX_REASON = 500;
  private static final Logger log = LoggerFactory.getLogger(RulesWorkbench.class);

  private final RepositoryService repository;
  private final SystemAuthentication system;
  private final RuleMapper rules;
  private final RuleValidator validator;
  private final TestCaseRunner testCases;
  private final ObjectMapper json;

  RulesWorkbench(RepositoryService repository, SystemAuthentication system, RuleMapper rules, RuleValidator validator,
      TestCaseRunner testCases, ObjectMapper json) {
    this.repository = repository;
    this.system = system;
    this.rules = rules;
    this.validator = validator;
    this.testCases = testCases;
    this.json = json;
  }

  /** A deployed decision and its latest version. */
  public record DecisionSummary(String key, String name, int latestVersion, OffsetDateTime deployedAt,
      String deployedBy, String reason, int versions) {
  }

  /** One deployed version: when, how (application start-up, approved draft, rollback), by whom and why. */
  public record Version(int version, boolean latest, OffsetDateTime deployedAt, String deploymentId,
      String deploymentName, String origin, String author, String approver, String reason, Integer restoredVersion,
      Long draftId) {
  }

  /** A draft's validation: engine and contract errors, warnings, and every test case run against it. */
  public record DraftValidation(long draftId, String decisionKey, DraftStatus status, boolean valid,
      boolean submittable, List<RuleProblem> errors, List<RuleProblem> warnings, int testsPassed, int testsFailed,
      List<TestResult> testCases) {
  }

  /** The access rule of the workbench. */
  public void requirePolicy(CurrentUser user) {
    if (!user.isAdmin() && !user.groupIds().contains(Role.POLICY.groupId())) {
      throw new AccessDeniedException("Solo el personal de políticas (grupo policy) y la administración usan el "
          + "banco de reglas.");
    }
  }

  public List<DecisionSummary> decisions(CurrentUser user) {
    requirePolicy(user);
    List<DecisionDefinition> latest = system.call(() -> repository.createDecisionDefinitionQuery().latestVersion()
        .orderByDecisionDefinitionKey().asc().list());
    List<DecisionSummary> summaries = new ArrayList<>();
    for (DecisionDefinition definition : latest) {
      List<Version> versions = versions(definition.getKey(), user);
      Version newest = versions.get(0);
      summaries.add(new DecisionSummary(definition.getKey(), definition.getName(), definition.getVersion(),
          newest.deployedAt(), newest.author(), newest.reason(), versions.size()));
    }
    return summaries;
  }

  public List<Version> versions(String decisionKey, CurrentUser user) {
    requirePolicy(user);
    List<DecisionDefinition> definitions = definitions(decisionKey);
    Map<Integer, RuleDeployment> recorded = rules.findDeployments(decisionKey).stream()
        .collect(Collectors.toMap(RuleDeployment::version, Function.identity()));
    Map<String, Deployment> deployments = new java.util.HashMap<>();
    definitions.stream().map(DecisionDefinition::getDeploymentId).distinct().forEach(id -> deployments.put(id,
        system.call(() -> repository.createDeploymentQuery().deploymentId(id).singleResult())));
    int latest = definitions.get(0).getVersion();
    List<Version> versions = new ArrayList<>();
    for (DecisionDefinition definition : definitions) {
      Deployment deployment = deployments.get(definition.getDeploymentId());
      OffsetDateTime at = deployment == null || deployment.getDeploymentTime() == null ? null
          : deployment.getDeploymentTime().toInstant().atOffset(ZoneOffset.UTC);
      RuleDeployment record = recorded.get(definition.getVersion());
      if (record != null) {
        versions.add(new Version(definition.getVersion(), definition.getVersion() == latest, at,
            definition.getDeploymentId(), deployment == null ? null : deployment.getName(), record.kind().name(),
            record.author(), record.approver(), record.reason(), record.restoredVersion(), record.draftId()));
      } else {
        versions.add(new Version(definition.getVersion(), definition.getVersion() == latest, at,
            definition.getDeploymentId(), deployment == null ? null : deployment.getName(), "APPLICATION",
            "aplicación", null, "Desplegada con la aplicación (decisions/" + decisionKey + ".dmn)", null, null));
      }
    }
    return versions;
  }

  /** The DMN XML of a version ({@code null}: the latest). */
  public String dmn(String decisionKey, Integer version, CurrentUser user) {
    requirePolicy(user);
    return xmlOf(definition(decisionKey, version));
  }

  @Transactional
  public long createDraft(String decisionKey, String xml, CurrentUser user) {
    requirePolicy(user);
    DecisionDefinition latest = definition(decisionKey, null);
    List<RuleProblem> errors = new ArrayList<>();
    Optional<org.camunda.bpm.model.dmn.DmnModelInstance> model = validator.read(xml, errors);
    if (model.isPresent() && !(model.get().getModelElementById(decisionKey)
        instanceof org.camunda.bpm.model.dmn.instance.Decision)) {
      errors.add(RuleProblem.ofTable("El DMN no contiene la decisión «" + decisionKey + "»: el atributo id del "
          + "elemento <decision> debe ser «" + decisionKey + "»."));
    }
    if (!errors.isEmpty()) {
      throw new RuleRefusedException(HttpStatus.BAD_REQUEST, "No se guardó el borrador: "
          + errors.get(0).message(), errors);
    }
    long id = rules.insertDraft(decisionKey, latest.getVersion(), xml, user.userId());
    log.info("Rules draft {} of {} created by {}", id, decisionKey, user.userId());
    return id;
  }

  public RuleDraft draft(long id, CurrentUser user) {
    requirePolicy(user);
    return findDraft(id);
  }

  public List<RuleDraft> drafts(String decisionKey, CurrentUser user) {
    requirePolicy(user);
    definition(decisionKey, null);
    return rules.findDrafts(decisionKey);
  }

  public DraftValidation validation(long id, CurrentUser user) {
    requirePolicy(user);
    return validate(findDraft(id));
  }

  /** The draft's decision, parsed and free of errors: for the impact preview. */
  DmnDecision validDecision(RuleDraft draft) {
    Validation validation = validator.validate(draft.decisionKey(), draft.dmnXml());
    if (!validation.valid()) {
      throw new RuleRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "El borrador tiene errores: "
          + validation.errors().get(0).message(), validation.errors());
    }
    return validation.decision();
  }

  /** The decision as it is deployed now (latest version), parsed by the standalone engine. */
  DmnDecision deployedDecision(String decisionKey) {
    String xml = xmlOf(definition(decisionKey, null));
    return validator.dmnEngine().parseDecision(decisionKey,
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  RuleDraft findDraft(long id) {
    return rules.findDraft(id).orElseThrow(() -> new RuleRefusedException(HttpStatus.NOT_FOUND,
        "No existe el borrador " + id + "."));
  }

  @Transactional
  public DraftValidation submit(long id, String reason, CurrentUser user) {
    requirePolicy(user);
    RuleDraft draft = rules.lockDraft(id).orElseThrow(() -> new RuleRefusedException(HttpStatus.NOT_FOUND,
        "No existe el borrador " + id + "."));
    if (draft.status() != DraftStatus.DRAFT) {
      throw new RuleRefusedException(HttpStatus.CONFLICT, "El borrador " + id + " ya fue enviado ("
          + draft.status() + "); cree un borrador nuevo para otro cambio.");
    }
    if (!user.isAdmin() && !draft.author().equals(user.userId())) {
      throw new AccessDeniedException("Solo quien escribió el borrador (" + draft.author() + ") puede enviarlo a "
          + "aprobación.");
    }
    String why = requireReason(reason, "el motivo del cambio (reason)");
    DraftValidation validation = validate(draft);
    refuseUnlessSubmittable(validation, "No se envió el borrador a aprobación");
    rules.submitDraft(id, why);
    log.info("Rules draft {} of {} submitted by {}", id, draft.decisionKey(), user.userId());
    return validate(rules.findDraft(id).orElseThrow());
  }

  @Transactional
  public Version approve(long id, String comment, CurrentUser user) {
    requirePolicy(user);
    RuleDraft draft = submitted(id);
    if (draft.author().equals(user.userId())) {
      throw new RuleRefusedException(HttpStatus.FORBIDDEN, "No puede aprobar su propio borrador: otra persona del "
          + "personal de políticas debe revisarlo y aprobarlo (cuatro ojos).");
    }
    DraftValidation validation = validate(draft);
    refuseUnlessSubmittable(validation, "No se aprobó ni se desplegó el borrador");
    DecisionDefinition latest = definition(draft.decisionKey(), null);
    if (draft.baseVersion() != null && latest.getVersion() != draft.baseVersion()) {
      throw new RuleRefusedException(HttpStatus.CONFLICT, "No se desplegó el borrador: se escribió sobre la versión "
          + draft.baseVersion() + " y desde entonces se desplegó la versión " + latest.getVersion() + ". Rechácelo "
          + "y escriba un borrador nuevo a partir de la versión vigente, para no deshacer ese cambio.");
    }
    String why = draft.reason();
    Deployment deployment = deploy(draft.decisionKey(), draft.dmnXml(), why,
        "draft " + id + "; author " + draft.author() + "; approved by " + user.userId());
    int version = deployedVersion(deployment, draft.decisionKey());
    rules.insertDeployment(new RuleDeployment(null, draft.decisionKey(), version, deployment.getId(),
        RuleDeployment.Kind.APPROVED_DRAFT, id, null, draft.author(), user.userId(), why, null));
    rules.reviewDraft(id, DraftStatus.APPROVED, user.userId(), blankToNull(comment), deployment.getId(), version);
    log.info("Rules draft {} approved by {}: {} version {} deployed", id, user.userId(), draft.decisionKey(), version);
    return versions(draft.decisionKey(), user).get(0);
  }

  @Transactional
  public RuleDraft reject(long id, String comment, CurrentUser user) {
    requirePolicy(user);
    submitted(id);
    String why = requireReason(comment, "el motivo del rechazo (reason)");
    rules.reviewDraft(id, DraftStatus.REJECTED, user.userId(), why, null, null);
    log.info("Rules draft {} rejected by {}", id, user.userId());
    return findDraft(id);
  }

  @Transactional
  public Version rollback(String decisionKey, Integer version, String reason, CurrentUser user) {
    requirePolicy(user);
    if (version == null) {
      throw new RuleRefusedException(HttpStatus.BAD_REQUEST, "Indique la versión a restaurar (version).");
    }
    DecisionDefinition latest = definition(decisionKey, null);
    if (version == latest.getVersion()) {
      throw new RuleRefusedException(HttpStatus.CONFLICT, "La versión " + version + " ya es la vigente de «"
          + decisionKey + "».");
    }
    DecisionDefinition earlier = definition(decisionKey, version);
    String why = reason == null || reason.isBlank() ? "Restaura la versión " + version
        : requireReason(reason, "el motivo (reason)");
    Deployment deployment = deploy(decisionKey, xmlOf(earlier), why,
        "rollback to version " + version + " by " + user.userId());
    int deployed = deployedVersion(deployment, decisionKey);
    rules.insertDeployment(new RuleDeployment(null, decisionKey, deployed, deployment.getId(),
        RuleDeployment.Kind.ROLLBACK, null, version, user.userId(), null, why, null));
    log.info("Rules {} rolled back to version {} by {}: version {} deployed", decisionKey, version, user.userId(),
        deployed);
    return versions(decisionKey, user).get(0);
  }

  // --- test cases

  public List<RuleTestCase> testCases(String decisionKey, CurrentUser user) {
    requirePolicy(user);
    return rules.findTestCases(decisionKey);
  }

  @Transactional
  public RuleTestCase saveTestCase(String decisionKey, Long id, String name, Map<String, Object> inputs,
      Map<String, Object> expected, CurrentUser user) {
    requirePolicy(user);
    definition(decisionKey, null);
    List<RuleProblem> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(RuleProblem.ofColumn("name", "Dé un nombre al caso de prueba (name)."));
    }
    if (inputs == null) {
      errors.add(RuleProblem.ofColumn("inputs", "Indique las entradas (inputs) como objeto JSON."));
    }
    if (expected == null || expected.isEmpty()) {
      errors.add(RuleProblem.ofColumn("expected", "Indique al menos una salida esperada (expected)."));
    }
    DecisionContract.of(decisionKey).ifPresent(contract -> {
      if (inputs != null) {
        inputs.keySet().stream().filter(k -> !contract.inputs().containsKey(k)).forEach(k -> errors.add(
            RuleProblem.ofColumn(k, "«" + k + "» no es una entrada de «" + decisionKey + "»; use: "
                + String.join(", ", contract.inputs().keySet()) + ".")));
      }
      if (expected != null) {
        expected.keySet().stream().filter(k -> !contract.outputs().containsKey(k)).forEach(k -> errors.add(
            RuleProblem.ofColumn(k, "«" + k + "» no es una salida de «" + decisionKey + "»; use: "
                + String.join(", ", contract.outputs().keySet()) + ".")));
      }
    });
    if (!errors.isEmpty()) {
      throw new RuleRefusedException(HttpStatus.BAD_REQUEST, "No se guardó el caso de prueba: "
          + errors.get(0).message(), errors);
    }
    String in = write(inputs);
    String out = write(expected);
    long saved;
    if (id == null) {
      saved = rules.insertTestCase(decisionKey, name.trim(), in, out, user.userId());
    } else {
      if (rules.updateTestCase(decisionKey, id, name.trim(), in, out, user.userId()) == 0) {
        throw new RuleRefusedException(HttpStatus.NOT_FOUND, "No existe el caso de prueba " + id + " de «"
            + decisionKey + "».");
      }
      saved = id;
    }
    return rules.findTestCase(decisionKey, saved).orElseThrow();
  }

  @Transactional
  public void deleteTestCase(String decisionKey, long id, CurrentUser user) {
    requirePolicy(user);
    if (rules.deleteTestCase(decisionKey, id) == 0) {
      throw new RuleRefusedException(HttpStatus.NOT_FOUND, "No existe el caso de prueba " + id + " de «"
          + decisionKey + "».");
    }
  }

  TestCaseRunner runner() {
    return testCases;
  }

  // --- helpers

  private DraftValidation validate(RuleDraft draft) {
    Validation validation = validator.validate(draft.decisionKey(), draft.dmnXml());
    List<TestResult> results = validation.decision() == null ? List.of()
        : testCases.run(validation.decision(), rules.findTestCases(draft.decisionKey()));
    int passed = (int) results.stream().filter(TestResult::passed).count();
    int failed = validation.decision() == null ? rules.findTestCases(draft.decisionKey()).size()
        : results.size() - passed;
    return new DraftValidation(draft.id(), draft.decisionKey(), draft.status(), validation.valid(),
        validation.valid() && failed == 0, validation.errors(), validation.warnings(), passed, failed, results);
  }

  private static void refuseUnlessSubmittable(DraftValidation validation, String whatWasNotDone) {
    if (!validation.valid()) {
      throw new RuleRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, whatWasNotDone + ": la tabla tiene "
          + validation.errors().size() + " error(es). " + validation.errors().get(0).message(), validation.errors());
    }
    if (validation.testsFailed() > 0) {
      List<RuleProblem> failures = validation.testCases().stream().filter(t -> !t.passed())
          .map(t -> new RuleProblem(t.matchedRules().isEmpty() ? null : t.matchedRules().get(0), null, null,
              "Caso de prueba «" + t.name() + "» (" + t.id() + "): " + t.message()))
          .toList();
      throw new RuleRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, whatWasNotDone + ": " + failures.size()
          + " caso(s) de prueba fallan. " + failures.get(0).message() + " Corrija la tabla o, si el cambio es "
          + "intencionado, actualice el caso de prueba.", failures);
    }
  }

  private RuleDraft submitted(long id) {
    RuleDraft draft = rules.lockDraft(id).orElseThrow(() -> new RuleRefusedException(HttpStatus.NOT_FOUND,
        "No existe el borrador " + id + "."));
    if (draft.status() != DraftStatus.SUBMITTED) {
      throw new RuleRefusedException(HttpStatus.CONFLICT, "El borrador " + id + " no está pendiente de aprobación ("
          + draft.status() + ")" + (draft.status() == DraftStatus.DRAFT ? ": primero envíelo con un motivo." : "."));
    }
    return draft;
  }

  private Deployment deploy(String decisionKey, String xml, String reason, String source) {
    String name = truncate(DEPLOYMENT_NAME + " " + decisionKey + ": " + reason, 255);
    return system.call(() -> repository.createDeployment()
        .name(name)
        .source(truncate(DEPLOYMENT_NAME + "; " + source, 255))
        .addString(decisionKey + ".dmn", xml)
        .deploy());
  }

  private int deployedVersion(Deployment deployment, String decisionKey) {
    return system.call(() -> repository.createDecisionDefinitionQuery().deploymentId(deployment.getId())
        .decisionDefinitionKey(decisionKey).singleResult()).getVersion();
  }

  private List<DecisionDefinition> definitions(String decisionKey) {
    List<DecisionDefinition> definitions = system.call(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).list());
    if (definitions.isEmpty()) {
      throw new RuleRefusedException(HttpStatus.NOT_FOUND, "No hay ninguna decisión desplegada con la clave «"
          + decisionKey + "».");
    }
    return definitions.stream().sorted(Comparator.comparingInt(DecisionDefinition::getVersion).reversed()).toList();
  }

  private DecisionDefinition definition(String decisionKey, Integer version) {
    List<DecisionDefinition> definitions = definitions(decisionKey);
    if (version == null) {
      return definitions.get(0);
    }
    return definitions.stream().filter(d -> d.getVersion() == version).findFirst()
        .orElseThrow(() -> new RuleRefusedException(HttpStatus.NOT_FOUND, "«" + decisionKey + "» no tiene la "
            + "versión " + version + "; las versiones van de 1 a " + definitions.get(0).getVersion() + "."));
  }

  private String xmlOf(DecisionDefinition definition) {
    try (InputStream stream = system.call(() -> repository.getResourceAsStream(definition.getDeploymentId(),
        definition.getResourceName()))) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the deployed DMN of " + definition.getId(), e);
    }
  }

  private static String requireReason(String reason, String what) {
    if (reason == null || reason.isBlank()) {
      throw new RuleRefusedException(HttpStatus.BAD_REQUEST, "Indique " + what + ": queda en el historial de "
          + "versiones.", List.of(RuleProblem.ofColumn("reason", "Falta " + what + ".")));
    }
    if (reason.length() > MAX_REASON) {
      throw new RuleRefusedException(HttpStatus.BAD_REQUEST, "El motivo tiene más de " + MAX_REASON
          + " caracteres; resúmalo.", List.of(RuleProblem.ofColumn("reason", "Demasiado largo.")));
    }
    return reason.trim();
  }

  private String write(Map<String, Object> value) {
    try {
      return json.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
