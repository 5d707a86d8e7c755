package org.refugio.claim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.refugio.security.SystemAuthentication;
import org.springframework.stereotype.Service;

/**
 * The procedure's time limits, from the latest deployed {@code legal-deadlines} decision: policy staff change the
 * numbers there, and the next deadline started uses them.
 *
 * <p>A deployed version of a decision never changes and the table's outputs depend on its two inputs alone, so each
 * milestone and modality is evaluated once per version (and recorded once in the decision history) rather than once
 * per deadline of every claim; which version is the latest is asked at every call, so a rule deployed from the
 * workbench, on any node, applies to the next deadline started.
 */
@Service
public class LegalDeadlines {

  public static final String DECISION_KEY = "legal-deadlines";

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  private final SystemAuthentication system;
  /** The limits the latest version gave, by milestone and modality; replaced when another version is deployed. */
  private volatile Evaluated evaluated = new Evaluated("", new ConcurrentHashMap<>());

  LegalDeadlines(DecisionService decisionService, RepositoryService repositoryService, SystemAuthentication system) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
    this.system = system;
  }

  /** The unit a limit is given in. */
  public enum Unit {
    BUSINESS_DAYS, HOURS, PERCENT
  }

  /** A time limit: so many units. */
  public record Limit(int amount, Unit unit) {
  }

  /** The limit of a milestone for a modality (null when the claim is not yet triaged). */
  public Limit of(Milestone milestone, String modality) {
    String triaged = modality == null ? Modality.REGULAR.name() : modality;
    String definitionId = latestDefinitionId();
    Evaluated current = evaluated;
    if (!current.definitionId().equals(definitionId)) {
      current = new Evaluated(definitionId, new ConcurrentHashMap<>());
      evaluated = current;
    }
    return current.limits().computeIfAbsent(milestone.name() + "/" + triaged,
        key -> evaluate(definitionId, milestone, triaged));
  }

  /** A limit that must be in business days, as every legal deadline of the procedure is. */
  public int businessDays(Milestone milestone, String modality) {
    Limit limit = of(milestone, modality);
    if (limit.unit() != Unit.BUSINESS_DAYS) {
      throw new IllegalStateException("The " + DECISION_KEY + " decision gives " + milestone + " in " + limit.unit()
          + ", not in business days");
    }
    return limit.amount();
  }

  private String latestDefinitionId() {
    DecisionDefinition latest = system.call(() -> repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).withoutTenantId().latestVersion().singleResult());
    if (latest == null) {
      throw new IllegalStateException("The " + DECISION_KEY + " decision is not deployed");
    }
    return latest.getId();
  }

  private Limit evaluate(String definitionId, Milestone milestone, String modality) {
    Map<String, Object> inputs = Variables.createVariables()
        .putValue("milestone", milestone.name())
        .putValue("modality", modality);
    DmnDecisionResultEntries result = system.call(() -> decisionService.evaluateDecisionById(definitionId)
        .variables(inputs).evaluate().getSingleResult());
    if (result == null) {
      throw new IllegalStateException("The " + DECISION_KEY + " decision has no rule for " + milestone
          + " in modality " + modality + ": policy staff must add one");
    }
    Number amount = result.getEntry("amount");
    String unit = result.getEntry("unit");
    return new Limit(amount.intValue(), Unit.valueOf(unit));
  }

  private record Evaluated(String definitionId, Map<String, Limit> limits) {
  }
}
