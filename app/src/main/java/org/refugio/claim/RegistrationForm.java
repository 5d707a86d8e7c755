package org.refugio.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.refugio.engine.UnrecordedVariables;
import org.springframework.stereotype.Component;

/**
 * The fields of the {@code register-claim} start form, and their translation into a {@link ClaimRegistration}. The
 * form is flat for the officer; the registration nests the principal applicant as the API does.
 */
@Component
public class RegistrationForm implements UnrecordedVariables {

  public static final String FORM_ID = "register-claim";

  /** Claim-level fields: the same names as {@link ClaimRegistration}'s. */
  static final List<String> CLAIM_FIELDS = List.of("office", "applicationDate", "entryDate", "entryPlace", "detained",
      "filedByRepresentative", "priorClaim", "exclusionIndicators", "address", "phone", "email", "profile");
  /** The principal applicant's fields: the same names as {@link ClaimRegistration.PersonData}'s. */
  static final List<String> APPLICANT_FIELDS = List.of("givenNames", "familyNames", "sex", "dateOfBirth",
      "nationality", "languages", "otherLanguages", "interpreterGenderPreference");
  /** The checklist of the applicant's specific needs (the process variable {@code specificNeeds} is a flag). */
  static final String SPECIFIC_NEED_CODES = "specificNeedCodes";
  /** Ticked to show the dependants' list; unticked, the form submits no dependants. */
  static final String HAS_DEPENDANTS = "hasDependants";
  static final String DEPENDANTS = "dependants";

  private final ObjectMapper objectMapper;

  public RegistrationForm(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** Reads what the start form submitted. */
  public ClaimRegistration read(VariableScope scope) {
    Map<String, Object> claim = new LinkedHashMap<>();
    for (String field : CLAIM_FIELDS) {
      claim.put(field, plain(scope.getVariable(field)));
    }
    Map<String, Object> applicant = new LinkedHashMap<>();
    for (String field : APPLICANT_FIELDS) {
      applicant.put(field, plain(scope.getVariable(field)));
    }
    applicant.put("specificNeeds", plain(scope.getVariable(SPECIFIC_NEED_CODES)));
    claim.put("applicant", applicant);
    boolean hasDependants = Boolean.TRUE.equals(scope.getVariable(HAS_DEPENDANTS));
    claim.put(DEPENDANTS, hasDependants ? plain(scope.getVariable(DEPENDANTS)) : null);
    return objectMapper.convertValue(claim, ClaimRegistration.class);
  }

  /**
   * The names of the submitted fields that hold personal data: once the claim is stored in Refugio's tables they are
   * removed from the process instance.
   */
  @Override
  public List<String> names() {
    return intakeVariables();
  }

  public List<String> intakeVariables() {
    List<String> names = new ArrayList<>(CLAIM_FIELDS);
    names.addAll(APPLICANT_FIELDS);
    names.addAll(List.of(SPECIFIC_NEED_CODES, HAS_DEPENDANTS, DEPENDANTS));
    names.removeAll(List.of("office", "detained", "filedByRepresentative", "priorClaim", "exclusionIndicators",
        "nationality", "interpreterGenderPreference"));
    return names;
  }

  /** Camunda Forms submit multi-selects and dynamic lists as JSON variables; turn them into lists and maps. */
  private Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      try {
        return objectMapper.readValue(json.toString(), Object.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("Unreadable JSON form value", e);
      }
    }
    if (value instanceof String text && text.isBlank()) {
      return null;
    }
    return value;
  }
}
