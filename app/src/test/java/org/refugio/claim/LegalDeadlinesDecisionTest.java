package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code legal-deadlines} decision, rule by rule, on the standalone DMN engine: the numbers the law gives. */
class LegalDeadlinesDecisionTest {

  /** app/pom.xml copies decisions/ onto the classpath, so the test reads the file policy staff edit. */
  private static final String RESOURCE = "decisions/legal-deadlines.dmn";

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = LegalDeadlinesDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(dmn).as("%s on the classpath", RESOURCE).isNotNull();
      decision = engine.parseDecision(LegalDeadlines.DECISION_KEY, dmn);
    }
  }

  @ParameterizedTest(name = "{0} in {1}: {2} {3}")
  @CsvSource({
      // the law's time limits, the same in every modality
      "FILING, REGULAR, 30, BUSINESS_DAYS",
      "FILING, ACCELERATED, 30, BUSINESS_DAYS",
      "PREVENTION_REPLY, REGULAR, 5, BUSINESS_DAYS",
      "INM_NOTICE, MERGED, 72, HOURS",
      "RATIFICATION, REGULAR, 3, BUSINESS_DAYS",
      "DECISION, REGULAR, 45, BUSINESS_DAYS",
      "DECISION, ACCELERATED, 45, BUSINESS_DAYS",
      "DECISION_EXTENSION, SIMPLIFIED, 45, BUSINESS_DAYS",
      "DECISION_WARNING, REGULAR, 80, PERCENT",
      "APPEAL, PRIMA_FACIE, 15, BUSINESS_DAYS",
      // the internal targets: shorter for the accelerated modalities, the legal deadline for the regular one
      "INTERNAL_TARGET, ACCELERATED, 20, BUSINESS_DAYS",
      "INTERNAL_TARGET, SIMPLIFIED, 30, BUSINESS_DAYS",
      "INTERNAL_TARGET, MERGED, 30, BUSINESS_DAYS",
      "INTERNAL_TARGET, PRIMA_FACIE, 15, BUSINESS_DAYS",
      "INTERNAL_TARGET, REGULAR, 45, BUSINESS_DAYS"
  })
  void shouldGiveTheLimitOfEachMilestone(Milestone milestone, Modality modality, int amount,
      LegalDeadlines.Unit unit) {
    DmnDecisionResultEntries result = evaluate(milestone, modality);

    assertThat(result).as("a rule for %s in %s", milestone, modality).isNotNull();
    assertThat(((Number) result.getEntry("amount")).intValue()).isEqualTo(amount);
    assertThat((String) result.getEntry("unit")).isEqualTo(unit.name());
  }

  @ParameterizedTest
  @EnumSource(Milestone.class)
  void shouldHaveALimitForEveryMilestoneInEveryModality(Milestone milestone) {
    for (Modality modality : Modality.values()) {
      assertThat(evaluate(milestone, modality)).as("a rule for %s in %s", milestone, modality).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Modality.class)
  void shouldNeverSetATargetLaterThanTheLegalDeadline(Modality modality) {
    int target = ((Number) evaluate(Milestone.INTERNAL_TARGET, modality).getEntry("amount")).intValue();
    int decision = ((Number) evaluate(Milestone.DECISION, modality).getEntry("amount")).intValue();

    assertThat(target).isLessThanOrEqualTo(decision);
  }

  private static DmnDecisionResultEntries evaluate(Milestone milestone, Modality modality) {
    return engine.evaluateDecision(decision, Variables.createVariables()
        .putValue("milestone", milestone.name())
        .putValue("modality", modality.name())).getSingleResult();
  }
}
