package org.refugio.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugio.claim.AsylumClaimProcess.APPLICANT_SEX;
import static org.refugio.claim.AsylumClaimProcess.CHILD_APPLICANT;
import static org.refugio.claim.AsylumClaimProcess.CHILD_TRAINED_OFFICER;
import static org.refugio.claim.AsylumClaimProcess.INTERPRETER_GENDER;
import static org.refugio.claim.AsylumClaimProcess.INTERPRETER_GENDER_PREFERENCE;
import static org.refugio.claim.AsylumClaimProcess.INTERPRETER_NEEDED;
import static org.refugio.claim.AsylumClaimProcess.INTERVIEWER_GENDER;
import static org.refugio.claim.AsylumClaimProcess.LANGUAGE;
import static org.refugio.claim.AsylumClaimProcess.VIOLENCE_SURVIVOR;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code interview-requirements} decision, rule by rule and at its borders, on the standalone DMN engine. */
class InterviewRequirementsDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  /** What the decision says about an interview. */
  record Requirements(boolean interpreterNeeded, String interpreterGender, String interviewerGender,
      boolean childTrainedOfficer) {
  }

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = InterviewRequirementsDecisionTest.class.getClassLoader()
        .getResourceAsStream("decisions/interview-requirements.dmn")) {
      decision = engine.parseDecision("interview-requirements", dmn);
    }
  }

  // --- one test per rule, in the table's order

  @Test
  void shouldAskForAWomanInterviewerTrainedInChildhoodWhenASpanishSpeakingChildAsksForAWoman() {
    assertThat(decide(true, false, "M", "es", "F")).isEqualTo(new Requirements(false, "ANY", "F", true));
  }

  @Test
  void shouldAskForAWomanInterpreterAndInterviewerWhenAChildSpeakingAnotherLanguageAsksForAWoman() {
    assertThat(decide(true, true, "F", "mam", "F")).isEqualTo(new Requirements(true, "F", "F", true));
  }

  @Test
  void shouldAskForAManInterviewerTrainedInChildhoodWhenASpanishSpeakingChildAsksForAMan() {
    assertThat(decide(true, false, "M", "es", "M")).isEqualTo(new Requirements(false, "ANY", "M", true));
  }

  @Test
  void shouldAskForAManInterpreterAndInterviewerWhenAChildSpeakingAnotherLanguageAsksForAMan() {
    assertThat(decide(true, false, "M", "ht", "M")).isEqualTo(new Requirements(true, "M", "M", true));
  }

  @Test
  void shouldAskForAChildTrainedOfficerWithoutInterpreterWhenASpanishSpeakingChildApplies() {
    assertThat(decide(true, false, "M", "es")).isEqualTo(new Requirements(false, "ANY", "ANY", true));
  }

  @Test
  void shouldAskForAChildTrainedOfficerAndAnInterpreterWhenAChildSpeaksAnotherLanguage() {
    assertThat(decide(true, false, "F", "ht")).isEqualTo(new Requirements(true, "ANY", "ANY", true));
  }

  @Test
  void shouldAskForAWomanInterviewerWhenASpanishSpeakingAdultAsksForAWoman() {
    assertThat(decide(false, false, "F", "es", "F")).isEqualTo(new Requirements(false, "ANY", "F", false));
  }

  @Test
  void shouldAskForAWomanInterpreterAndInterviewerWhenAnAdultSpeakingAnotherLanguageAsksForAWoman() {
    assertThat(decide(false, true, "F", "fr", "F")).isEqualTo(new Requirements(true, "F", "F", false));
  }

  @Test
  void shouldAskForAManInterviewerWhenASpanishSpeakingAdultAsksForAMan() {
    assertThat(decide(false, false, "M", "es", "M")).isEqualTo(new Requirements(false, "ANY", "M", false));
  }

  @Test
  void shouldAskForAManInterpreterAndInterviewerWhenAnAdultSpeakingAnotherLanguageAsksForAMan() {
    assertThat(decide(false, false, "M", "ar", "M")).isEqualTo(new Requirements(true, "M", "M", false));
  }

  @Test
  void shouldAskForAWomanInterviewerWhenASpanishSpeakingWomanSurvivedViolence() {
    assertThat(decide(false, true, "F", "es")).isEqualTo(new Requirements(false, "ANY", "F", false));
  }

  @Test
  void shouldAskForAWomanInterviewerAndInterpreterWhenAWomanSurvivorSpeaksAnotherLanguage() {
    assertThat(decide(false, true, "F", "fr")).isEqualTo(new Requirements(true, "F", "F", false));
  }

  @Test
  void shouldAskForAManInterviewerWhenASpanishSpeakingManSurvivedViolence() {
    assertThat(decide(false, true, "M", "es")).isEqualTo(new Requirements(false, "ANY", "M", false));
  }

  @Test
  void shouldAskForAManInterviewerAndInterpreterWhenAManSurvivorSpeaksAnotherLanguage() {
    assertThat(decide(false, true, "M", "ar")).isEqualTo(new Requirements(true, "M", "M", false));
  }

  @Test
  void shouldNeedNothingSpecialWhenAnAdultSpeaksSpanish() {
    assertThat(decide(false, false, "F", "es")).isEqualTo(new Requirements(false, "ANY", "ANY", false));
  }

  @Test
  void shouldNeedAnInterpreterWhenAnAdultSpeaksAnotherLanguage() {
    assertThat(decide(false, false, "M", "ht")).isEqualTo(new Requirements(true, "ANY", "ANY", false));
  }

  // --- borders between rules

  @Test
  void shouldLetTheChildRulePrevailWhenAChildSurvivedViolence() {
    assertThat(decide(true, true, "F", "es")).isEqualTo(new Requirements(false, "ANY", "ANY", true));
  }

  @Test
  void shouldSetNoGenderWhenASurvivorIsRegisteredWithSexX() {
    assertThat(decide(false, true, "X", "es")).isEqualTo(new Requirements(false, "ANY", "ANY", false));
    assertThat(decide(false, true, "X", "ht")).isEqualTo(new Requirements(true, "ANY", "ANY", false));
  }

  @Test
  void shouldNeedAnInterpreterWhenTheLanguageIsUnknown() {
    assertThat(decide(false, false, "F", null)).isEqualTo(new Requirements(true, "ANY", "ANY", false));
  }

  // --- the applicant's own preference against what the sex alone would give

  @Test
  void shouldLetTheApplicantsPreferenceOutweighTheirSexWhenAManSurvivorAsksForAWoman() {
    assertThat(decide(false, true, "M", "ht", "F")).isEqualTo(new Requirements(true, "F", "F", false));
  }

  @Test
  void shouldHonourAPreferenceWhenTheApplicantIsRegisteredWithSexX() {
    assertThat(decide(false, true, "X", "es", "F")).isEqualTo(new Requirements(false, "ANY", "F", false));
  }

  @Test
  void shouldKeepTheRulesWithoutPreferenceWhenThePreferenceIsNoneOrMissing() {
    assertThat(decide(false, true, "F", "fr", "NONE")).isEqualTo(new Requirements(true, "F", "F", false));
    assertThat(decide(false, false, "M", "es", "NONE")).isEqualTo(new Requirements(false, "ANY", "ANY", false));
    assertThat(decide(true, false, "F", "ht", null)).isEqualTo(new Requirements(true, "ANY", "ANY", true));
  }

  @Test
  void shouldDecideAsBeforeWhenAClaimRegisteredBeforeThePreferenceExistedHasNoSuchVariable() {
    // claims registered before registration asked for it reach the decision without the variable
    VariableMap variables = Variables.createVariables();
    variables.putValue(CHILD_APPLICANT.name(), false);
    variables.putValue(VIOLENCE_SURVIVOR.name(), true);
    variables.putValue(APPLICANT_SEX.name(), "F");
    variables.putValue(LANGUAGE.name(), "fr");

    assertThat(requirements(engine.evaluateDecision(decision, variables).getSingleResult()))
        .isEqualTo(new Requirements(true, "F", "F", false));
  }

  @Test
  void shouldAskForAWomanInterpreterWhenAWomanWhoseLanguageIsUnknownAsksForAWoman() {
    assertThat(decide(false, false, "F", null, "F")).isEqualTo(new Requirements(true, "F", "F", false));
  }

  private static Requirements decide(boolean child, boolean survivor, String sex, String language) {
    return decide(child, survivor, sex, language, "NONE");
  }

  private static Requirements decide(boolean child, boolean survivor, String sex, String language,
      String preference) {
    VariableMap variables = Variables.createVariables();
    variables.putValue(INTERPRETER_GENDER_PREFERENCE.name(), preference);
    variables.putValue(CHILD_APPLICANT.name(), child);
    variables.putValue(VIOLENCE_SURVIVOR.name(), survivor);
    variables.putValue(APPLICANT_SEX.name(), sex);
    variables.putValue(LANGUAGE.name(), language);
    return requirements(engine.evaluateDecision(decision, variables).getSingleResult());
  }

  private static Requirements requirements(DmnDecisionResultEntries result) {
    Map<String, Object> entries = result.getEntryMap();
    return new Requirements((Boolean) entries.get(INTERPRETER_NEEDED.name()),
        (String) entries.get(INTERPRETER_GENDER.name()), (String) entries.get(INTERVIEWER_GENDER.name()),
        (Boolean) entries.get(CHILD_TRAINED_OFFICER.name()));
  }
}
