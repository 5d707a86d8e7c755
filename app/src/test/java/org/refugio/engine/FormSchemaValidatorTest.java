package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refugio.claim.AsylumClaimProcess.ASSESSMENT;
import static org.refugio.claim.AsylumClaimProcess.DETAINED;
import static org.refugio.claim.AsylumClaimProcess.EXCLUSION_INDICATORS;
import static org.refugio.claim.AsylumClaimProcess.INTERVIEW_DATE;
import static org.refugio.claim.AsylumClaimProcess.INTERVIEW_SUMMARY;
import static org.refugio.claim.AsylumClaimProcess.NATIONALITY;
import static org.refugio.claim.AsylumClaimProcess.NOTIFICATION_DATE;
import static org.refugio.claim.AsylumClaimProcess.NOTIFICATION_METHOD;
import static org.refugio.claim.AsylumClaimProcess.OFFICE;
import static org.refugio.claim.AsylumClaimProcess.OUTCOME;
import static org.refugio.claim.AsylumClaimProcess.PRIOR_CLAIM;
import static org.refugio.claim.AsylumClaimProcess.PROPOSED_OUTCOME;
import static org.refugio.claim.AsylumClaimProcess.RESOLUTION_GROUNDS;
import static org.refugio.claim.AsylumClaimProcess.REVIEW_APPROVED;
import static org.refugio.claim.AsylumClaimProcess.REVIEW_NOTES;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.refugio.claim.Outcome;
import org.refugio.engine.FormSchemaValidator.Violation;

class FormSchemaValidatorTest {

  // Form keys that AsylumClaimProcess does not declare (yet): named once here.
  private static final String APPLICATION_DATE = "applicationDate";
  private static final String ENTRY_DATE = "entryDate";
  private static final String ENTRY_PLACE = "entryPlace";
  private static final String FILED_BY_REPRESENTATIVE = "filedByRepresentative";
  private static final String GIVEN_NAMES = "givenNames";
  private static final String FAMILY_NAMES = "familyNames";
  private static final String SEX = "sex";
  private static final String DATE_OF_BIRTH = "dateOfBirth";
  private static final String LANGUAGES = "languages";
  private static final String SPECIFIC_NEED_CODES = "specificNeedCodes";
  private static final String ADDRESS = "address";
  private static final String PHONE = "phone";
  private static final String EMAIL = "email";
  private static final String HAS_DEPENDANTS = "hasDependants";
  private static final String DEPENDANTS = "dependants";
  private static final String RELATIONSHIP = "relationship";
  private static final String CREDIBILITY = "credibility";
  private static final String INTERPRETER_USED = "interpreterUsed";
  private static final String APPLICANT_UNDERSTOOD = "applicantUnderstood";

  private static final String LONG_ENOUGH = "La persona relata amenazas de un grupo criminal que controla su barrio y que "
      + "asesinó a su hermano; denunció ante la policía local sin obtener protección.";

  private final FormSchemaValidator validator = new FormSchemaValidator();

  // --- every form

  @Test
  void shouldCheckEveryFormInTheFormsFolder() throws URISyntaxException {
    File folder = new File(getClass().getClassLoader().getResource("forms").toURI());
    List<String> ids = Arrays.stream(folder.listFiles((dir, name) -> name.endsWith(".form")))
        .map(file -> file.getName().replace(".form", ""))
        .toList();

    assertThat(ids).contains("register-claim", "conduct-interview", "conduct-merged-interview", "assess-claim",
        "review-assessment", "decide-claim", "notify-resolution");
    // loading fails on any rule, condition or component the server cannot enforce; every form requires something
    ids.forEach(id -> assertThat(validator.validate(id, Map.of())).as(id).isNotEmpty());
  }

  @Test
  void shouldAcceptValidSubmissionOfEveryForm() {
    assertThat(validator.validate("register-claim", registration())).isEmpty();
    assertThat(validator.validate("conduct-interview", interview())).isEmpty();
    assertThat(validator.validate("conduct-merged-interview", interview())).isEmpty();
    assertThat(validator.validate("assess-claim", assessment())).isEmpty();
    assertThat(validator.validate("review-assessment", Map.of(REVIEW_APPROVED.name(), true))).isEmpty();
    assertThat(validator.validate("decide-claim", decision())).isEmpty();
    assertThat(validator.validate("notify-resolution", notification())).isEmpty();
  }

  @Test
  void shouldAcceptTheInterpreterGenderPreferenceAndTheProfileWhenRegistering() {
    Map<String, Object> values = registration();
    values.put("interpreterGenderPreference", "F");
    values.put("profile", List.of("pandillas", "violencia-de-genero"));

    assertThat(validator.validate("register-claim", values)).isEmpty();
    values.put("interpreterGenderPreference", "NONE");
    values.put("profile", List.of());
    assertThat(validator.validate("register-claim", values)).isEmpty();
  }

  @Test
  void shouldRefuseAPreferenceAndAProfileCodeWhenTheFormDoesNotOfferThem() {
    Map<String, Object> values = registration();
    values.put("interpreterGenderPreference", "W");
    values.put("profile", List.of("pandillas", "gangs"));

    assertThat(validator.validate("register-claim", values)).extracting(Violation::field)
        .containsExactlyInAnyOrder("interpreterGenderPreference", "profile");
  }

  // --- each kind of violation, reported with the field's label

  @Test
  void shouldReportMissingRequiredFieldWithItsLabel() {
    Map<String, Object> values = interview();
    values.remove(INTERVIEW_DATE.name());

    assertThat(validator.validate("conduct-interview", values))
        .containsExactly(new Violation("interviewDate", "\"Fecha de la entrevista\" es obligatorio."));
  }

  @Test
  void shouldReportBlankTextAsMissing() {
    Map<String, Object> values = registration();
    values.put(ENTRY_PLACE, "   ");

    assertThat(validator.validate("register-claim", values))
        .containsExactly(new Violation("entryPlace", "\"Lugar de ingreso a México\" es obligatorio."));
  }

  @Test
  void shouldReportTextShorterThanMinLength() {
    Map<String, Object> values = interview();
    values.put(INTERVIEW_SUMMARY.name(), "  Sin datos.  ");

    assertThat(validator.validate("conduct-interview", values)).containsExactly(new Violation("interviewSummary",
        "\"Resumen de la entrevista\" debe tener al menos 50 caracteres (tiene 10)."));
  }

  @Test
  void shouldReportTextLongerThanMaxLength() {
    Map<String, Object> values = registration();
    values.put(FAMILY_NAMES, "A".repeat(101));

    assertThat(validator.validate("register-claim", values)).containsExactly(new Violation("familyNames",
        "\"Apellido(s)\" admite como máximo 100 caracteres (tiene 101); abrévielo."));
  }

  @Test
  void shouldReportTextNotMatchingPatternWithTheFieldsHint() {
    Map<String, Object> values = registration();
    values.put(EMAIL, "ana@correo");
    values.put(PHONE, "962-123-4567");

    List<Violation> violations = validator.validate("register-claim", values);

    assertThat(violations).extracting(Violation::field).containsExactly("phone", "email");
    assertThat(violations.get(1).message()).isEqualTo(
        "\"Correo electrónico\" no tiene el formato esperado. Indicación del campo: Opcional. Por ejemplo: nombre@dominio.com");
    assertThat(violations.get(0).message()).startsWith("\"Teléfono\" no tiene el formato esperado.");
  }

  @Test
  void shouldReportValueOutsideTheOptions() {
    Map<String, Object> values = registration();
    values.put(OFFICE.name(), "MEX");
    values.put(NATIONALITY.name(), "Honduras");

    assertThat(validator.validate("register-claim", values)).containsExactly(
        new Violation("office",
            "\"Oficina de la COMAR\" tiene un valor que no está entre las opciones; elija una de la lista."),
        new Violation("nationality",
            "\"Nacionalidad\" tiene un valor que no está entre las opciones; elija una de la lista."));
  }

  @Test
  void shouldReportMultipleChoiceOutsideTheOptionsOrEmptyWhenRequired() {
    Map<String, Object> values = registration();
    values.put(LANGUAGES, List.of());
    values.put(SPECIFIC_NEED_CODES, List.of("TORTURE_SURVIVOR", "HOMELESS"));

    assertThat(validator.validate("register-claim", values)).containsExactly(
        new Violation("languages", "\"Idiomas que habla\" es obligatorio: elija al menos una opción."),
        new Violation("specificNeedCodes", "\"Necesidades específicas\" contiene un valor que no está entre las "
            + "opciones; elija solo de la lista."));
  }

  @Test
  void shouldReadMultipleChoiceSubmittedAsJson() {
    Map<String, Object> values = registration();
    values.put(LANGUAGES, Spin.JSON("[\"ht\", \"fr\"]"));
    values.put(SPECIFIC_NEED_CODES, Variables.serializedObjectValue("[\"WOMAN_AT_RISK\"]")
        .serializationDataFormat("application/json").create());

    assertThat(validator.validate("register-claim", values)).isEmpty();
  }

  @Test
  void shouldReportDateNotWrittenAsIsoDate() {
    Map<String, Object> values = registration();
    values.put(ENTRY_DATE, "15/03/2024");
    values.put(DATE_OF_BIRTH, "1990-02-30");

    String message = " debe ser una fecha válida con formato AAAA-MM-DD (por ejemplo: 2024-03-15).";
    assertThat(validator.validate("register-claim", values)).containsExactly(
        new Violation("entryDate", "\"Fecha de ingreso a México\"" + message),
        new Violation("dateOfBirth", "\"Fecha de nacimiento\"" + message));
  }

  @Test
  void shouldReportRequiredCheckboxNotTicked() {
    Map<String, Object> values = notification();
    values.put(APPLICANT_UNDERSTOOD, false);

    assertThat(validator.validate("notify-resolution", values)).containsExactly(new Violation("applicantUnderstood",
        "\"La persona solicitante comprendió el contenido de la resolución, en su idioma\" debe estar marcado."));
  }

  @Test
  void shouldReportValueOfTheWrongType() {
    Map<String, Object> values = registration();
    values.put(DETAINED.name(), "sí");
    values.put(GIVEN_NAMES, 42);

    assertThat(validator.validate("register-claim", values)).containsExactly(
        new Violation("detained", "\"La persona se encuentra en una estación migratoria\" debe ser sí o no "
            + "(casilla marcada o sin marcar)."),
        new Violation("givenNames", "\"Nombre(s)\" debe ser un texto."));
  }

  @Test
  void shouldReportNumberOutsideMinAndMax() {
    FormSchemaValidator numbers = new FormSchemaValidator(id -> json("""
        {"id": "numbers", "type": "default", "components": [
          {"id": "number_age", "type": "number", "key": "age", "label": "Edad",
           "validate": {"required": true, "min": 0, "max": "120"}}]}"""));

    assertThat(numbers.validate("numbers", Map.of("age", -1)))
        .containsExactly(new Violation("age", "\"Edad\" debe ser al menos 0."));
    assertThat(numbers.validate("numbers", Map.of("age", "121")))
        .containsExactly(new Violation("age", "\"Edad\" no puede ser mayor que 120."));
    assertThat(numbers.validate("numbers", Map.of("age", "doce")))
        .containsExactly(new Violation("age", "\"Edad\" debe ser un número."));
    assertThat(numbers.validate("numbers", Map.of("age", 37L))).isEmpty();
  }

  // --- conditional visibility and display-only fields

  @Test
  void shouldNotRequireReviewNotesWhenAssessmentIsApproved() {
    assertThat(validator.validate("review-assessment", Map.of(REVIEW_APPROVED.name(), true))).isEmpty();
  }

  @Test
  void shouldRequireReviewNotesWhenAssessmentIsSentBack() {
    Map<String, Object> values = new HashMap<>();
    values.put(REVIEW_APPROVED.name(), false);

    assertThat(validator.validate("review-assessment", values))
        .containsExactly(new Violation("reviewNotes", "\"Observaciones para la corrección\" es obligatorio."));

    values.put(REVIEW_NOTES.name(), "Falta analizar la protección complementaria.");
    assertThat(validator.validate("review-assessment", values)).isEmpty();
  }

  @Test
  void shouldRequireOnlyTheReviewResultWhenNothingIsChosen() {
    assertThat(validator.validate("review-assessment", Map.of()))
        .containsExactly(new Violation("reviewApproved", "\"Resultado de la revisión\" es obligatorio."));
  }

  @Test
  void shouldNotCheckDisabledDisplayFields() {
    Map<String, Object> values = decision();
    values.put(PROPOSED_OUTCOME.name(), "SOMETHING_ELSE");
    values.put(ASSESSMENT.name(), "");

    assertThat(validator.validate("decide-claim", values)).isEmpty();
  }

  // --- dynamic lists

  @Test
  void shouldValidateEachDependant() {
    Map<String, Object> values = registration();
    Map<String, Object> incomplete = dependant();
    incomplete.remove(GIVEN_NAMES);
    incomplete.put(RELATIONSHIP, "COUSIN");
    values.put(DEPENDANTS, List.of(dependant(), incomplete));

    assertThat(validator.validate("register-claim", values)).containsExactly(
        new Violation("dependants[1].givenNames", "\"Familiares dependientes\" n.º 2: \"Nombre(s)\" es obligatorio."),
        new Violation("dependants[1].relationship", "\"Familiares dependientes\" n.º 2: \"Parentesco con la persona "
            + "principal\" tiene un valor que no está entre las opciones; elija una de la lista."));
  }

  @Test
  void shouldValidateDependantsSubmittedAsJson() {
    Map<String, Object> values = registration();
    values.put(DEPENDANTS, "[{\"givenNames\": \"Luis\", \"familyNames\": \"Pérez\", \"sex\": \"M\", "
        + "\"dateOfBirth\": \"2016-13-01\", \"nationality\": \"HN\", \"relationship\": \"CHILD\"}]");
    assertThat(validator.validate("register-claim", values)).extracting(Violation::field)
        .containsExactly("dependants[0].dateOfBirth");

    values.put(DEPENDANTS, Spin.JSON("[{\"givenNames\": \"Luis\", \"familyNames\": \"Pérez\", \"sex\": \"M\", "
        + "\"dateOfBirth\": \"2016-12-01\", \"nationality\": \"MX\", \"relationship\": \"CHILD\"}]"));
    assertThat(validator.validate("register-claim", values)).isEmpty();
  }

  @Test
  void shouldReportDependantsThatAreNotAList() {
    Map<String, Object> values = registration();
    values.put(DEPENDANTS, "Luis Pérez");

    assertThat(validator.validate("register-claim", values)).containsExactly(new Violation("dependants",
        "\"Familiares dependientes\" tiene un formato no válido: se esperaba una lista."));
  }

  @Test
  void shouldIgnoreDependantsWhenTheListIsHidden() {
    Map<String, Object> values = registration();
    values.put(HAS_DEPENDANTS, false);
    values.put(DEPENDANTS, List.of(Map.of()));

    assertThat(validator.validate("register-claim", values)).isEmpty();
  }

  // --- check

  @Test
  void shouldRefuseInvalidSubmissionWithReadableMessage() {
    Map<String, Object> values = interview();
    values.remove(INTERVIEW_DATE.name());
    values.put(INTERVIEW_SUMMARY.name(), "Breve.");

    assertThatThrownBy(() -> validator.check("conduct-interview", values))
        .isInstanceOfSatisfying(FormValidationException.class, e -> {
          assertThat(e.formId()).isEqualTo("conduct-interview");
          assertThat(e.violations()).hasSize(2);
        })
        .hasMessage("Corrija el formulario y vuelva a enviarlo (2 datos por corregir): "
            + "\"Fecha de la entrevista\" es obligatorio. "
            + "\"Resumen de la entrevista\" debe tener al menos 50 caracteres (tiene 6).");
  }

  @Test
  void shouldNotRepeatSubmittedValuesInTheMessage() {
    Map<String, Object> values = registration();
    values.put(DATE_OF_BIRTH, "31/12/1985");
    values.put(NATIONALITY.name(), "Hondureña");

    assertThatThrownBy(() -> validator.check("register-claim", values))
        .hasMessageStartingWith("Corrija el formulario y vuelva a enviarlo (2 datos por corregir): ")
        .hasMessageNotContaining("31/12/1985")
        .hasMessageNotContaining("Hondureña");
  }

  @Test
  void shouldAcceptValidSubmissionInCheck() {
    validator.check("decide-claim", decision());
  }

  @Test
  void shouldRefuseFormsWithRulesTheServerCannotEnforce() {
    FormSchemaValidator phone = new FormSchemaValidator(id -> json("""
        {"id": "phone", "type": "default", "components": [{"id": "text_phone", "type": "textfield",
          "key": "phone", "label": "Teléfono", "validate": {"validationType": "phone"}}]}"""));
    FormSchemaValidator feel = new FormSchemaValidator(id -> json("""
        {"id": "feel", "type": "default", "components": [{"id": "text_notes", "type": "textfield",
          "key": "notes", "label": "Notas", "conditional": {"hide": "=count(items) > 0"}}]}"""));

    assertThatThrownBy(() -> phone.validate("phone", Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("validationType 'phone' is not supported");
    assertThatThrownBy(() -> feel.validate("feel", Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text_notes");
  }

  @Test
  void shouldRefuseUnknownForm() {
    assertThatThrownBy(() -> validator.validate("no-such-form", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-form");
    assertThatThrownBy(() -> validator.validate("../application", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- valid submissions, as Tasklist sends them

  private static Map<String, Object> registration() {
    Map<String, Object> values = new HashMap<>();
    values.put(OFFICE.name(), "TAP");
    values.put(APPLICATION_DATE, "2024-03-15");
    values.put(ENTRY_DATE, "2024-03-01");
    values.put(ENTRY_PLACE, "Ciudad Hidalgo, Chiapas");
    values.put(DETAINED.name(), false);
    values.put(FILED_BY_REPRESENTATIVE, false);
    values.put(PRIOR_CLAIM.name(), false);
    values.put(EXCLUSION_INDICATORS.name(), false);
    values.put(GIVEN_NAMES, "Ana María");
    values.put(FAMILY_NAMES, "Pérez López");
    values.put(SEX, "F");
    values.put(DATE_OF_BIRTH, "1990-07-21");
    values.put(NATIONALITY.name(), "HN");
    values.put(LANGUAGES, List.of("es", "mam"));
    values.put(SPECIFIC_NEED_CODES, List.of("WOMAN_AT_RISK", "VIOLENCE_SURVIVOR"));
    values.put(ADDRESS, "Calle 5 Norte 12, Col. Centro, Tapachula");
    values.put(PHONE, "+52 962 123 4567");
    values.put(EMAIL, "ana.perez@correo.mx");
    values.put(HAS_DEPENDANTS, true);
    values.put(DEPENDANTS, new ArrayList<>(List.of(dependant())));
    return values;
  }

  private static Map<String, Object> dependant() {
    Map<String, Object> values = new HashMap<>();
    values.put(GIVEN_NAMES, "Luis");
    values.put(FAMILY_NAMES, "Pérez");
    values.put(SEX, "M");
    values.put(DATE_OF_BIRTH, "2016-12-01");
    values.put(NATIONALITY.name(), "HN");
    values.put(RELATIONSHIP, "CHILD");
    return values;
  }

  private static Map<String, Object> interview() {
    Map<String, Object> values = new HashMap<>();
    values.put(INTERVIEW_DATE.name(), "2024-04-02");
    values.put(INTERPRETER_USED, true);
    values.put(INTERVIEW_SUMMARY.name(), LONG_ENOUGH);
    return values;
  }

  private static Map<String, Object> assessment() {
    Map<String, Object> values = new HashMap<>();
    values.put(CREDIBILITY, "CREDIBLE");
    values.put(PROPOSED_OUTCOME.name(), Outcome.RECOGNIZED_CARTAGENA.name());
    values.put(ASSESSMENT.name(), LONG_ENOUGH + " " + LONG_ENOUGH);
    return values;
  }

  private static Map<String, Object> decision() {
    Map<String, Object> values = new HashMap<>();
    values.put(OUTCOME.name(), Outcome.COMPLEMENTARY_PROTECTION.name());
    values.put(RESOLUTION_GROUNDS.name(), LONG_ENOUGH + " " + LONG_ENOUGH);
    return values;
  }

  private static Map<String, Object> notification() {
    Map<String, Object> values = new HashMap<>();
    values.put(NOTIFICATION_DATE.name(), "2024-05-20");
    values.put(NOTIFICATION_METHOD.name(), "IN_PERSON");
    values.put(APPLICANT_UNDERSTOOD, true);
    values.put(INTERPRETER_USED, false);
    return values;
  }

  private static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
