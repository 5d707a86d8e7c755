package org.refugio.claim;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.refugio.security.SystemAuthentication;
import org.springframework.stereotype.Service;

/**
 * The procedure's time limits, from the latest deployed {@code legal-deadlines} decision: policy staff change the
 * numbers there, and the next deadline started uses them.
 */
@Service
public class LegalDeadlines {

  public static final String DECISION_KEY = "legal-deadlines";

  private final DecisionService decisionService;
  private final SystemAuthentication system;

  LegalDeadlines(DecisionService decisionService, SystemAuthentication system) {
    this.decisionService = decisionService;
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
    Map<String, Object> inputs = Variables.createVariables()
        .putValue("milestone", milestone.name())
        .putValue("modality", modality == null ? Modality.REGULAR.name() : modality);
    DmnDecisionResultEntries result = system.call(() -> decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(inputs).evaluate().getSingleResult());
    if (result == null) {
      throw new IllegalStateException("The " + DECISION_KEY + " decision has no rule for " + milestone
          + " in modality " + modality + ": policy staff must add one");
    }
    Number amount = result.getEntry("amount");
    String unit = result.getEntry("unit");
    return new Limit(amount.intValue(), Unit.valueOf(unit));
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
}
