package org.refugio.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugio.claim.AsylumClaimProcess.APPLICANT_SEX;
import static org.refugio.claim.AsylumClaimProcess.CHILD_APPLICANT;
import static org.refugio.claim.AsylumClaimProcess.CHILD_TRAINED_OFFICER;
import static org.refugio.claim.AsylumClaimProcess.INTERPRETER_GENDER;
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
  void shouldAskForAChildTrainedOfficerWithoutInterpreterWhenASpanishSpeakingChildApplies() {
    assertThat(decide(true, false, "M", "es")).isEqualTo(new Requirements(false, "ANY", "ANY", true));
  }

  @Test
  void shouldAskForAChildTrainedOfficerAndAnInterpreterWhenAChildSpeaksAnotherLanguage() {
    assertThat(decide(true, false, "F", "ht")).isEqualTo(new Requirements(true, "ANY", "ANY", true));
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

  private static Requirements decide(boolean child, boolean survivor, String sex, String language) {
    VariableMap variables = Variables.createVariables();
    variables.putValue(CHILD_APPLICANT.name(), child);
    variables.putValue(VIOLENCE_SURVIVOR.name(), survivor);
    variables.putValue(APPLICANT_SEX.name(), sex);
    variables.putValue(LANGUAGE.name(), language);
    DmnDecisionResultEntries result = engine.evaluateDecision(decision, variables).getSingleResult();
    Map<String, Object> entries = result.getEntryMap();
    return new Requirements((Boolean) entries.get(INTERPRETER_NEEDED.name()),
        (String) entries.get(INTERPRETER_GENDER.name()), (String) entries.get(INTERVIEWER_GENDER.name()),
        (Boolean) entries.get(CHILD_TRAINED_OFFICER.name()));
  }
}
