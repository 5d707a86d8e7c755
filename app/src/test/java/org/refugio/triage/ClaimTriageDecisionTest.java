package org.refugio.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugio.claim.AsylumClaimProcess.DETAINED;
import static org.refugio.claim.AsylumClaimProcess.EXCLUSION_INDICATORS;
import static org.refugio.claim.AsylumClaimProcess.INTERVIEW_TYPE;
import static org.refugio.claim.AsylumClaimProcess.LATE_FILING;
import static org.refugio.claim.AsylumClaimProcess.MODALITY;
import static org.refugio.claim.AsylumClaimProcess.NATIONALITY;
import static org.refugio.claim.AsylumClaimProcess.PRIORITY;
import static org.refugio.claim.AsylumClaimProcess.PRIOR_CLAIM;
import static org.refugio.claim.AsylumClaimProcess.SENIOR_REVIEW;
import static org.refugio.claim.AsylumClaimProcess.SPECIFIC_NEEDS;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refugio.claim.Modality;

/** The {@code claim-triage} decision, rule by rule and at the borders between rules, on the standalone DMN engine. */
class ClaimTriageDecisionTest {

  private static final String DECISION_KEY = "claim-triage";
  /** app/pom.xml copies decisions/ onto the classpath, so the test reads the file policy staff edit. */
  private static final String RESOURCE = "decisions/claim-triage.dmn";

  private static final String FULL = "FULL";
  private static final String SIMPLIFIED_INTERVIEW = "SIMPLIFIED";

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = resource()) {
      decision = engine.parseDecision(DECISION_KEY, dmn);
    }
  }

  // --- one test per rule, in the table's order

  @Test
  void shouldExamineRegularlyWithSeniorReviewAndDetentionPriorityWhenExclusionIndicatorsAndDetained() {
    // Given
    Claim claim = Claim.ordinary().withExclusionIndicators().withDetained();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 90, FULL, true));
  }

  @Test
  void shouldExamineRegularlyWithSeniorReviewAndNeedsPriorityWhenExclusionIndicatorsAndSpecificNeeds() {
    // Given
    Claim claim = Claim.ordinary().withExclusionIndicators().withSpecificNeeds();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 80, FULL, true));
  }

  @Test
  void shouldExamineRegularlyWithSeniorReviewWhenExclusionIndicators() {
    // Given
    Claim claim = Claim.ordinary().withExclusionIndicators();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 50, FULL, true));
  }

  @Test
  void shouldExamineRegularlyWithSeniorReviewAndDetentionPriorityWhenPriorClaimAndDetained() {
    // Given
    Claim claim = Claim.ordinary().withPriorClaim().withDetained();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 90, FULL, true));
  }

  @Test
  void shouldExamineRegularlyWithSeniorReviewAndNeedsPriorityWhenPriorClaimAndSpecificNeeds() {
    // Given
    Claim claim = Claim.ordinary().withPriorClaim().withSpecificNeeds();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 80, FULL, true));
  }

  @Test
  void shouldExamineRegularlyWithSeniorReviewWhenPriorClaim() {
    // Given
    Claim claim = Claim.ordinary().withPriorClaim();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 50, FULL, true));
  }

  @Test
  void shouldMergeRegistrationAndInterviewWithTopPriorityWhenDetained() {
    // Given
    Claim claim = Claim.ordinary().withDetained();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.MERGED, 90, FULL, false));
  }

  @Test
  void shouldAccelerateWithFullInterviewWhenSpecificNeeds() {
    // Given
    Claim claim = Claim.ordinary().withSpecificNeeds();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.ACCELERATED, 80, FULL, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"VE", "HN", "SV"})
  void shouldSimplifyWhenCartagenaPresumptionNationalityFiledInTime(String nationality) {
    // Given
    Claim claim = Claim.ordinary().withNationality(nationality);
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.SIMPLIFIED, 50, SIMPLIFIED_INTERVIEW, false));
  }

  @Test
  void shouldExamineRegularlyWithLowerPriorityWhenLateFiling() {
    // Given
    Claim claim = Claim.ordinary().withLateFiling();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 40, FULL, false));
  }

  @Test
  void shouldExamineRegularlyWhenNothingSetsTheClaimApart() {
    // Given
    Claim claim = Claim.ordinary();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 50, FULL, false));
  }

  // --- the borders between rules

  @Test
  void shouldLetExclusionIndicatorsBeatEverythingWhenEveryOtherCriterionAlsoApplies() {
    // Given a detained Venezuelan with specific needs, a prior claim and a late filing
    Claim claim = Claim.ordinary().withNationality("VE").withExclusionIndicators().withPriorClaim().withDetained()
        .withSpecificNeeds().withLateFiling();
    // When
    Triage triage = triage(claim);
    // Then individual examination with senior review, keeping the detention priority
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 90, FULL, true));
  }

  @Test
  void shouldNotSimplifyWhenCartagenaPresumptionNationalityHasExclusionIndicators() {
    // Given
    Claim claim = Claim.ordinary().withNationality("HN").withExclusionIndicators();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 50, FULL, true));
  }

  @Test
  void shouldNotMergeWhenDetainedApplicantHasPriorClaim() {
    // Given
    Claim claim = Claim.ordinary().withPriorClaim().withDetained().withSpecificNeeds();
    // When
    Triage triage = triage(claim);
    // Then detention outranks specific needs for the priority
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 90, FULL, true));
  }

  @Test
  void shouldNotSimplifyWhenCartagenaPresumptionNationalityHasPriorClaim() {
    // Given
    Claim claim = Claim.ordinary().withNationality("VE").withPriorClaim();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 50, FULL, true));
  }

  @Test
  void shouldMergeWithTopPriorityWhenDetainedAndSpecificNeeds() {
    // Given
    Claim claim = Claim.ordinary().withDetained().withSpecificNeeds();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.MERGED, 90, FULL, false));
  }

  @Test
  void shouldMergeWhenDetainedCartagenaPresumptionNationalityFiledLate() {
    // Given
    Claim claim = Claim.ordinary().withNationality("SV").withDetained().withLateFiling();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.MERGED, 90, FULL, false));
  }

  @Test
  void shouldAccelerateRatherThanSimplifyWhenCartagenaPresumptionNationalityHasSpecificNeeds() {
    // Given
    Claim claim = Claim.ordinary().withNationality("VE").withSpecificNeeds();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.ACCELERATED, 80, FULL, false));
  }

  @Test
  void shouldAccelerateWhenSpecificNeedsAndLateFiling() {
    // Given
    Claim claim = Claim.ordinary().withSpecificNeeds().withLateFiling();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.ACCELERATED, 80, FULL, false));
  }

  @Test
  void shouldNotSimplifyWhenCartagenaPresumptionNationalityFiledLate() {
    // Given
    Claim claim = Claim.ordinary().withNationality("VE").withLateFiling();
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 40, FULL, false));
  }

  @Test
  void shouldExamineRegularlyWhenNationalityIsNotRecorded() {
    // Given
    Claim claim = Claim.ordinary().withNationality(null);
    // When
    Triage triage = triage(claim);
    // Then
    assertThat(triage).isEqualTo(new Triage(Modality.REGULAR, 50, FULL, false));
  }

  @Test
  void shouldGiveThePriorityAsIntegerWhenUsedAsTaskPriority() {
    // Given
    Claim claim = Claim.ordinary().withDetained();
    // When
    Map<String, Object> result = evaluate(claim);
    // Then the engine can take it as a task priority without conversion
    assertThat(result.get(PRIORITY.name())).isInstanceOf(Integer.class).isEqualTo(90);
  }

  // --- the table's contract with the process

  @Test
  void shouldReadAndWriteTheProcessVariablesWhenParsed() throws IOException {
    // Given
    DecisionTable table = table();
    // When
    Set<String> inputs = table.getInputs().stream()
        .map(input -> input.getInputExpression().getText().getTextContent().trim()).collect(Collectors.toSet());
    Set<String> outputs = table.getOutputs().stream().map(Output::getName).collect(Collectors.toSet());
    // Then
    assertThat(inputs).containsExactlyInAnyOrder(NATIONALITY.name(), SPECIFIC_NEEDS.name(), DETAINED.name(),
        LATE_FILING.name(), PRIOR_CLAIM.name(), EXCLUSION_INDICATORS.name());
    assertThat(outputs).containsExactlyInAnyOrder(MODALITY.name(), PRIORITY.name(), INTERVIEW_TYPE.name(),
        SENIOR_REVIEW.name());
  }

  @Test
  void shouldAllowExactlyTheModalitiesTheApplicationKnowsWhenParsed() throws IOException {
    // Given
    Output modality = output(table(), MODALITY.name());
    // When
    List<String> allowed = allowedValues(modality);
    // Then PRIMA_FACIE is allowed although no default rule produces it
    assertThat(allowed).containsExactlyInAnyOrder(
        Arrays.stream(Modality.values()).map(Modality::name).toArray(String[]::new));
  }

  @Test
  void shouldOnlyProduceAllowedValuesWhenAnyRuleMatches() throws IOException {
    // Given
    DecisionTable table = table();
    List<Output> outputs = List.copyOf(table.getOutputs());
    // When / Then
    for (Rule rule : table.getRules()) {
      List<String> entries = rule.getOutputEntries().stream().map(entry -> entry.getText().getTextContent().trim())
          .toList();
      for (int column = 0; column < outputs.size(); column++) {
        Output output = outputs.get(column);
        if (output.getOutputValues() != null) {
          assertThat(entries.get(column)).as("%s of %s", output.getName(), rule.getId())
              .isIn(allowedValues(output).stream().map(value -> '"' + value + '"').toList());
        }
      }
      assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull();
    }
  }

  // --- helpers

  private static Map<String, Object> evaluate(Claim claim) {
    DmnDecisionResult result = engine.evaluateDecision(decision, claim.variables());
    return result.getSingleResult().getEntryMap();
  }

  private static Triage triage(Claim claim) {
    Map<String, Object> result = evaluate(claim);
    return new Triage(Modality.valueOf(MODALITY.from(result)), PRIORITY.from(result), INTERVIEW_TYPE.from(result),
        SENIOR_REVIEW.from(result));
  }

  private static InputStream resource() {
    InputStream dmn = ClaimTriageDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(dmn).as("%s on the classpath", RESOURCE).isNotNull();
    return dmn;
  }

  private static DecisionTable table() throws IOException {
    try (InputStream dmn = resource()) {
      DmnModelInstance model = Dmn.readModelFromStream(dmn);
      Decision parsed = model.getModelElementById(DECISION_KEY);
      return (DecisionTable) parsed.getExpression();
    }
  }

  private static Output output(DecisionTable table, String name) {
    return table.getOutputs().stream().filter(output -> name.equals(output.getName())).findFirst().orElseThrow();
  }

  private static List<String> allowedValues(Output output) {
    return Arrays.stream(output.getOutputValues().getText().getTextContent().split(","))
        .map(value -> value.trim().replace("\"", "")).toList();
  }

  /** What the triage decides, as a user reads it off the case. */
  private record Triage(Modality modality, Integer priority, String interviewType, Boolean seniorReview) {
  }

  /** A claim as registration describes it; {@link #ordinary()} is a Guatemalan filing in time with nothing special. */
  private record Claim(String nationality, boolean specificNeeds, boolean detained, boolean lateFiling,
      boolean priorClaim, boolean exclusionIndicators) {

    static Claim ordinary() {
      return new Claim("GT", false, false, false, false, false);
    }

    Claim withNationality(String code) {
      return new Claim(code, specificNeeds, detained, lateFiling, priorClaim, exclusionIndicators);
    }

    Claim withSpecificNeeds() {
      return new Claim(nationality, true, detained, lateFiling, priorClaim, exclusionIndicators);
    }

    Claim withDetained() {
      return new Claim(nationality, specificNeeds, true, lateFiling, priorClaim, exclusionIndicators);
    }

    Claim withLateFiling() {
      return new Claim(nationality, specificNeeds, detained, true, priorClaim, exclusionIndicators);
    }

    Claim withPriorClaim() {
      return new Claim(nationality, specificNeeds, detained, lateFiling, true, exclusionIndicators);
    }

    Claim withExclusionIndicators() {
      return new Claim(nationality, specificNeeds, detained, lateFiling, priorClaim, true);
    }

    VariableMap variables() {
      return Variables.createVariables()
          .putValue(NATIONALITY.name(), nationality)
          .putValue(SPECIFIC_NEEDS.name(), specificNeeds)
          .putValue(DETAINED.name(), detained)
          .putValue(LATE_FILING.name(), lateFiling)
          .putValue(PRIOR_CLAIM.name(), priorClaim)
          .putValue(EXCLUSION_INDICATORS.name(), exclusionIndicators);
    }
  }
}
