package org.refugio.rules;

import static org.refugio.claim.AsylumClaimProcess.APPLICANT_SEX;
import static org.refugio.claim.AsylumClaimProcess.CHILD_APPLICANT;
import static org.refugio.claim.AsylumClaimProcess.CHILD_TRAINED_OFFICER;
import static org.refugio.claim.AsylumClaimProcess.DETAINED;
import static org.refugio.claim.AsylumClaimProcess.EXCLUSION_INDICATORS;
import static org.refugio.claim.AsylumClaimProcess.FILED_BY_REPRESENTATIVE;
import static org.refugio.claim.AsylumClaimProcess.INTERPRETER_GENDER;
import static org.refugio.claim.AsylumClaimProcess.INTERPRETER_GENDER_PREFERENCE;
import static org.refugio.claim.AsylumClaimProcess.INTERPRETER_NEEDED;
import static org.refugio.claim.AsylumClaimProcess.INTERVIEWER_GENDER;
import static org.refugio.claim.AsylumClaimProcess.LANGUAGE;
import static org.refugio.claim.AsylumClaimProcess.INTERVIEW_TYPE;
import static org.refugio.claim.AsylumClaimProcess.LATE_FILING;
import static org.refugio.claim.AsylumClaimProcess.MODALITY;
import static org.refugio.claim.AsylumClaimProcess.NATIONALITY;
import static org.refugio.claim.AsylumClaimProcess.OFFICE;
import static org.refugio.claim.AsylumClaimProcess.PRIORITY;
import static org.refugio.claim.AsylumClaimProcess.PRIOR_CLAIM;
import static org.refugio.claim.AsylumClaimProcess.SENIOR_REVIEW;
import static org.refugio.claim.AsylumClaimProcess.SPECIFIC_NEEDS;
import static org.refugio.claim.AsylumClaimProcess.VIOLENCE_SURVIVOR;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.refugio.claim.LegalDeadlines;

/**
 * What the application gives a decision and reads from it: the variables its input expressions may name (with their
 * DMN type) and the outputs the caller reads. A draft that names another input, or drops or retypes an output, would
 * fail at the next claim, so the validator refuses it. Decisions without a contract here are checked by the engine's
 * parser and FEEL only.
 */
public record DecisionContract(String decisionKey, Map<String, String> inputs, Map<String, String> outputs,
    String usedBy, boolean collects) {

  /** A contract of a decision whose caller reads one result. */
  public DecisionContract(String decisionKey, Map<String, String> inputs, Map<String, String> outputs, String usedBy) {
    this(decisionKey, inputs, outputs, usedBy, false);
  }

  /**
   * claim-triage: the registration variables ClaimService sets on asylum-claim before rule_triage_claim (which maps a
   * singleResult), except the applicant's name: a claim is never channeled by who the person is.
   */
  public static final DecisionContract CLAIM_TRIAGE = new DecisionContract("claim-triage",
      ordered(EXCLUSION_INDICATORS.name(), "boolean", PRIOR_CLAIM.name(), "boolean", DETAINED.name(), "boolean",
          SPECIFIC_NEEDS.name(), "boolean", NATIONALITY.name(), "string", LATE_FILING.name(), "boolean",
          FILED_BY_REPRESENTATIVE.name(), "boolean", LANGUAGE.name(), "string", OFFICE.name(), "string"),
      ordered(MODALITY.name(), "string", PRIORITY.name(), "integer", INTERVIEW_TYPE.name(), "string",
          SENIOR_REVIEW.name(), "boolean"),
      "el proceso asylum-claim (tarea rule_triage_claim)");

  /** legal-deadlines: LegalDeadlines evaluates it with milestone and modality and reads amount and unit. */
  public static final DecisionContract LEGAL_DEADLINES = new DecisionContract(LegalDeadlines.DECISION_KEY,
      ordered("milestone", "string", MODALITY.name(), "string"),
      ordered("amount", "integer", "unit", "string"),
      "el cálculo de plazos (LegalDeadlines)");

  /**
   * inclusion-referrals: InclusionService evaluates it for each protected person and reads every row (COLLECT, one
   * referral per row). The person's name is not an input: a referral is never decided by who the person is.
   */
  public static final DecisionContract INCLUSION_REFERRALS = new DecisionContract("inclusion-referrals",
      ordered("age", "integer", "householdRole", "string", "schoolingLevel", "string", "certificatesAbroad", "boolean",
          "healthNeeds", "boolean", "residenceState", "string", "outcome", "string"),
      ordered("service", "string", "theme", "string", "institution", "string", "dueBusinessDays", "integer"),
      "las derivaciones de inclusión (InclusionService)", true);

  /**
   * interview-requirements: the principal applicant's variables ClaimService sets on asylum-claim before
   * rule_determine_interview_requirements (a singleResult whose outputs the process maps to variables; the interpreter
   * gender goes to the provider in the booking request).
   */
  public static final DecisionContract INTERVIEW_REQUIREMENTS = new DecisionContract("interview-requirements",
      ordered(CHILD_APPLICANT.name(), "boolean", VIOLENCE_SURVIVOR.name(), "boolean", APPLICANT_SEX.name(), "string",
          LANGUAGE.name(), "string", INTERPRETER_GENDER_PREFERENCE.name(), "string"),
      ordered(INTERPRETER_NEEDED.name(), "boolean", INTERPRETER_GENDER.name(), "string", INTERVIEWER_GENDER.name(),
          "string", CHILD_TRAINED_OFFICER.name(), "boolean"),
      "el proceso asylum-claim (tarea rule_determine_interview_requirements)");

  public static Optional<DecisionContract> of(String decisionKey) {
    if (INTERVIEW_REQUIREMENTS.decisionKey().equals(decisionKey)) {
      return Optional.of(INTERVIEW_REQUIREMENTS);
    }
    if (CLAIM_TRIAGE.decisionKey().equals(decisionKey)) {
      return Optional.of(CLAIM_TRIAGE);
    }
    if (LEGAL_DEADLINES.decisionKey().equals(decisionKey)) {
      return Optional.of(LEGAL_DEADLINES);
    }
    if (INCLUSION_REFERRALS.decisionKey().equals(decisionKey)) {
      return Optional.of(INCLUSION_REFERRALS);
    }
    return Optional.empty();
  }

  private static Map<String, String> ordered(String... namesAndTypes) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      map.put(namesAndTypes[i], namesAndTypes[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
