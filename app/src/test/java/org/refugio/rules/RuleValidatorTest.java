package org.refugio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugio.rules.RuleValidator.Validation;

/** The validator on the shipped tables and on drafts with each kind of mistake a policy officer can make. */
class RuleValidatorTest {

  private static final String TRIAGE = "claim-triage";
  private static final String DEADLINES = "legal-deadlines";
  private static String triage;
  private static String deadlines;
  private static final String INTERVIEW = "interview-requirements";
  private static String interview;
  private final RuleValidator validator = new RuleValidator();

  @BeforeAll
  static void readShippedTables() throws IOException {
    triage = read("decisions/claim-triage.dmn");
    deadlines = read("decisions/legal-deadlines.dmn");
    interview = read("decisions/interview-requirements.dmn");
  }

  @Test
  void shouldAcceptTheShippedInterviewRequirementsWithoutProblems() {
    Validation validation = validator.validate(INTERVIEW, interview);

    assertThat(validation.errors()).isEmpty();
    assertThat(validation.warnings()).isEmpty();
  }

  @Test
  void shouldRefuseWhenAnInterviewRequirementsInputNamesAVariableTheProcessDoesNotProvide() {
    String draft = interview.replace("<text>interpreterGenderPreference</text>", "<text>preferenciaGenero</text>");

    Validation validation = validator.validate(INTERVIEW, draft);

    assertThat(validation.valid()).isFalse();
    assertThat(validation.errors()).anySatisfy(problem -> {
      assertThat(problem.column()).isEqualTo("preferenciaGenero");
      assertThat(problem.message()).contains("no proporciona").contains("interpreterGenderPreference");
    });
  }

  @Test
  void shouldRefuseWhenAnInterviewRequirementsGenderIsNotAllowed() {
    String draft = interview.replaceFirst(
        "(<outputEntry id=\"rule_prefers_woman_other_language_then_interpreter_gender\">\\s*<text>)[^<]*(</text>)",
        "$1&quot;MUJER&quot;$2");

    Validation validation = validator.validate(INTERVIEW, draft);

    assertThat(validation.valid()).isFalse();
    assertThat(validation.errors()).anySatisfy(problem ->
        assertThat(problem.message()).contains("\"MUJER\" no es un valor permitido"));
  }

  @Test
  void shouldRefuseWhenAnInterviewRequirementsOutputTheProcessReadsIsDropped() {
    String draft = interview.replace("name=\"childTrainedOfficer\"", "name=\"capacitadoNinez\"");

    Validation validation = validator.validate(INTERVIEW, draft);

    assertThat(validation.valid()).isFalse();
    assertThat(validation.errors()).anySatisfy(problem ->
        assertThat(problem.message()).contains("childTrainedOfficer"));
  }

  @Test
  void shouldAcceptTheShippedTablesWithoutErrorsWhenUnchanged() {
    Validation triageValidation = validator.validate(TRIAGE, triage);
    Validation deadlinesValidation = validator.validate(DEADLINES, deadlines);

    assertThat(triageValidation.errors()).isEmpty();
    assertThat(triageValidation.decision()).isNotNull();
    assertThat(deadlinesValidation.errors()).isEmpty();
    assertThat(deadlinesValidation.warnings()).isEmpty();
  }

  @Test
  void shouldRefuseWhenXmlIsMalformed() {
    Validation validation = validator.validate(TRIAGE, triage.substring(0, triage.length() / 2));

    assertThat(validation.valid()).isFalse();
    assertThat(validation.errors().get(0).message()).startsWith("El XML no es un DMN válido");
  }

  @Test
  void shouldPointAtRuleAndColumnWhenAnInputCellHasAFeelSyntaxError() {
    String draft = triage.replaceFirst("(<inputEntry id=\"rule_simplified_nationality_if_nationality\">\\s*<text>)"
        + "[^<]*(</text>)", "$1&quot;VE&quot;,,&quot;HN&quot;$2");

    Validation validation = validator.validate(TRIAGE, draft);

    assertThat(validation.errors()).anySatisfy(problem -> {
      assertThat(problem.rule()).isEqualTo("rule_simplified_nationality");
      assertThat(problem.column()).isEqualTo("nationality");
      assertThat(problem.message()).contains("FEEL").contains("Regla");
    });
  }

  @Test
  void shouldAskForQuotesWhenATextCellNamesAnUnquotedValue() {
    String draft = triage.replaceFirst("(<inputEntry id=\"rule_simplified_nationality_if_nationality\">\\s*<text>)"
        + "[^<]*(</text>)", "$1GT$2");

    Validation validation = validator.validate(TRIAGE, draft);

    assertThat(validation.errors()).anySatisfy(problem -> {
      assertThat(problem.column()).isEqualTo("nationality");
      assertThat(problem.message()).contains("«GT» no está entre comillas").contains("\"GT\"");
    });
  }

  @Test
  void shouldRefuseWhenAnInputNamesAVariableTheProcessDoesNotProvide() {
    String draft = triage.replace("<text>nationality</text>", "<text>nacionalidad</text>");

    Validation validation = validator.validate(TRIAGE, draft);

    assertThat(validation.errors()).anySatisfy(problem -> {
      assertThat(problem.column()).isEqualTo("nacionalidad");
      assertThat(problem.message()).contains("no proporciona").contains("nationality");
    });
  }

  @Test
  void shouldRefuseWhenAnOutputCellHasTheWrongType() {
    String draft = deadlines.replaceFirst("(<outputEntry id=\"rule_filing_amount\">\\s*<text>)30(</text>)",
        "$1&quot;treinta&quot;$2");

    Validation validation = validator.validate(DEADLINES, draft);

    assertThat(validation.errors()).anySatisfy(problem -> {
      assertThat(problem.rule()).isEqualTo("rule_filing");
      assertThat(problem.ruleNumber()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo("amount");
      assertThat(problem.message()).contains("no es de tipo integer");
    });
  }

  @Test
  void shouldRefuseWhenAnOutputValueIsNotAllowed() {
    String draft = deadlines.replaceFirst("(<outputEntry id=\"rule_filing_unit\">\\s*<text>)[^<]*(</text>)",
        "$1&quot;WEEKS&quot;$2");

    Validation validation = validator.validate(DEADLINES, draft);

    assertThat(validation.errors()).anySatisfy(problem ->
        assertThat(problem.message()).contains("\"WEEKS\" no es un valor permitido"));
  }

  @Test
  void shouldRefuseHitPoliciesWithSeveralResultsWhenTheProcessExpectsOne() {
    String draft = triage.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"RULE ORDER\"");

    Validation validation = validator.validate(TRIAGE, draft);

    assertThat(validation.errors()).anySatisfy(problem ->
        assertThat(problem.message()).contains("RULE ORDER").contains("FIRST"));
  }

  @Test
  void shouldReportOverlappingRulesWhenHitPolicyIsUnique() {
    String draft = triage.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"");

    Validation validation = validator.validate(TRIAGE, draft);

    assertThat(validation.errors()).anySatisfy(problem ->
        assertThat(problem.message()).contains("varias reglas se aplican a la vez"));
  }

  @Test
  void shouldReportUncoveredCombinationsWhenARuleIsMissing() {
    // legal-deadlines without its APPEAL rule: no rule for that milestone
    String draft = deadlines.replaceFirst("(?s)<rule id=\"rule_appeal\">.*?</rule>", "");

    Validation validation = validator.validate(DEADLINES, draft);

    assertThat(validation.errors()).anySatisfy(problem ->
        assertThat(problem.message()).contains("Ninguna regla se aplica").contains("\"APPEAL\""));
  }

  private static String read(String resource) throws IOException {
    try (InputStream stream = RuleValidatorTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(stream).as(resource).isNotNull();
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
