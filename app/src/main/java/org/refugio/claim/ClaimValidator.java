package org.refugio.claim;

import org.refugio.engine.FieldError;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.refugio.claim.ClaimRegistration.PersonData;
import org.refugio.claim.NewClaim.NewPerson;
import org.refugio.coi.CoiService;
import org.refugio.security.OfficeMapper;
import org.springframework.stereotype.Component;

/** Checks a registration and reports every wrong field at once, in words an officer can act on. */
@Component
class ClaimValidator {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> SEXES = Set.of("F", "M", "X");
  /** The applicant's preference for the gender of interpreter and interviewer; NONE (or nothing): no preference. */
  static final List<String> GENDER_PREFERENCES = List.of("F", "M", "NONE");
  static final String NO_PREFERENCE = "NONE";
  private static final Pattern THREE_LETTER_LANGUAGE = Pattern.compile("^[a-z]{3}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final int MAX_NAME = 100;
  private static final int MAX_TEXT = 500;

  private final OfficeMapper offices;
  private final Clock clock;
  private final CoiService coi;

  ClaimValidator(OfficeMapper offices, Clock clock, CoiService coi) {
    this.offices = offices;
    this.clock = clock;
    this.coi = coi;
  }

  NewClaim validate(ClaimRegistration r) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (blank(r.office())) {
      errors.add(new FieldError("office", "Indique la oficina donde se presenta la solicitud (p. ej. TAP)."));
    } else if (offices.findByCode(r.office()).isEmpty()) {
      errors.add(new FieldError("office", "La oficina '" + r.office() + "' no existe. Use un código de oficina "
          + "registrado (CDMX, TAP, MTY, ...)."));
    }
    LocalDate applicationDate = date(errors, "applicationDate", r.applicationDate(), "la fecha de la solicitud");
    LocalDate entryDate = date(errors, "entryDate", r.entryDate(), "la fecha de ingreso a México");
    if (applicationDate != null && applicationDate.isAfter(today)) {
      errors.add(new FieldError("applicationDate", "La fecha de la solicitud no puede ser futura."));
    }
    if (applicationDate != null && entryDate != null && entryDate.isAfter(applicationDate)) {
      errors.add(new FieldError("entryDate",
          "La fecha de ingreso a México no puede ser posterior a la fecha de la solicitud."));
    }
    text(errors, "entryPlace", r.entryPlace(), "el lugar de ingreso a México", true, MAX_TEXT);
    text(errors, "address", r.address(), "el domicilio", false, MAX_TEXT);
    text(errors, "phone", r.phone(), "el teléfono", false, 40);
    if (!blank(r.email()) && !EMAIL.matcher(r.email()).matches()) {
      errors.add(new FieldError("email", "El correo electrónico no es válido (ejemplo: nombre@dominio.org)."));
    }
    NewPerson applicant = null;
    if (r.applicant() == null) {
      errors.add(new FieldError("applicant", "Faltan los datos de la persona solicitante principal."));
    } else {
      applicant = person(errors, "applicant", r.applicant(), false, today, List.of());
    }
    List<NewPerson> dependants = new ArrayList<>();
    List<PersonData> given = r.dependants() == null ? List.of() : r.dependants();
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) == null) {
        errors.add(new FieldError("dependants[" + i + "]", "El dependiente está vacío: elimínelo o complete sus datos."));
      } else {
        dependants.add(person(errors, "dependants[" + i + "]", given.get(i), true, today,
            applicant == null ? List.of() : applicant.languages()));
      }
    }
    List<String> profile = profile(errors, r.profile());
    if (!errors.isEmpty()) {
      throw new InvalidClaimException(errors);
    }
    return new NewClaim(r.office(), applicationDate, entryDate, r.entryPlace().trim(), isTrue(r.detained()),
        isTrue(r.filedByRepresentative()), isTrue(r.priorClaim()), isTrue(r.exclusionIndicators()),
        trimmed(r.address()), trimmed(r.phone()), trimmed(r.email()), applicant, dependants, profile);
  }

  /** The claim's grounds as reported, in COI tag codes: every unknown code is named. */
  private List<String> profile(List<FieldError> errors, List<String> given) {
    if (given == null || given.isEmpty()) {
      return List.of();
    }
    List<String> known = coi.tagCodes();
    List<String> unknown = given.stream().filter(code -> code == null || !known.contains(code))
        .map(code -> "'" + code + "'").distinct().toList();
    if (!unknown.isEmpty()) {
      errors.add(new FieldError("profile", (unknown.size() == 1 ? "El perfil " + unknown.get(0) + " no existe"
          : "Los perfiles " + String.join(", ", unknown) + " no existen") + ". Valores posibles: "
          + String.join(", ", known) + "."));
    }
    return given.stream().filter(known::contains).distinct().toList();
  }

  /** A dependant who speaks no other language is taken to speak the principal applicant's. */
  private NewPerson person(List<FieldError> errors, String path, PersonData p, boolean dependant, LocalDate today,
      List<String> inheritedLanguages) {
    text(errors, path + ".givenNames", p.givenNames(), "el nombre o los nombres", true, MAX_NAME);
    text(errors, path + ".familyNames", p.familyNames(), "los apellidos", true, MAX_NAME);
    if (blank(p.sex()) || !SEXES.contains(p.sex())) {
      errors.add(new FieldError(path + ".sex", "Indique el sexo: F (mujer), M (hombre) o X (no binario u otro)."));
    }
    LocalDate dateOfBirth = date(errors, path + ".dateOfBirth", p.dateOfBirth(), "la fecha de nacimiento");
    if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
      errors.add(new FieldError(path + ".dateOfBirth", "La fecha de nacimiento no puede ser futura."));
    }
    if (blank(p.nationality())) {
      errors.add(new FieldError(path + ".nationality",
          "Indique la nacionalidad con el código de país de dos letras (ISO 3166-1, p. ej. HN)."));
    } else if (!COUNTRIES.contains(p.nationality())) {
      errors.add(new FieldError(path + ".nationality", "La nacionalidad '" + p.nationality()
          + "' no es un código de país ISO 3166-1 de dos letras en mayúsculas (p. ej. HN, VE, HT)."));
    }
    List<String> languages = p.languages() == null || p.languages().isEmpty() ? inheritedLanguages : p.languages();
    if (languages.isEmpty()) {
      errors.add(new FieldError(path + ".languages",
          "Indique al menos un idioma que la persona habla (código ISO 639-1, p. ej. es, ht, fr)."));
    }
    if (languages.isEmpty() && !blank(p.otherLanguages())) {
      errors.remove(errors.size() - 1);
      errors.add(new FieldError(path + ".languages", "Elija de la lista al menos un idioma que la persona hable "
          + "(además de los que escribió en «otros idiomas»), p. ej. es para quien entienda español."));
    }
    for (String language : languages) {
      if (!isLanguageCode(language)) {
        errors.add(new FieldError(path + ".languages", "El idioma '" + language + "' no es un código de idioma: use "
            + "ISO 639-1 de dos letras (es, ht, fr) o, si no tiene, ISO 639-3 de tres letras (mam, quc)."));
      }
    }
    List<String> needs = p.specificNeeds() == null ? List.of() : p.specificNeeds();
    Set<String> knownNeeds = Arrays.stream(SpecificNeed.values()).map(Enum::name).collect(Collectors.toSet());
    for (String need : needs) {
      if (!knownNeeds.contains(need)) {
        errors.add(new FieldError(path + ".specificNeeds", "La necesidad específica '" + need
            + "' no existe. Valores posibles: " + String.join(", ", knownNeeds.stream().sorted().toList()) + "."));
      }
    }
    String relationship = null;
    if (dependant) {
      Set<String> known = Arrays.stream(Relationship.values()).map(Enum::name).collect(Collectors.toSet());
      if (blank(p.relationship()) || !known.contains(p.relationship())) {
        errors.add(new FieldError(path + ".relationship",
            "Indique el parentesco con la persona solicitante: SPOUSE, CHILD, PARENT, SIBLING u OTHER."));
      }
      relationship = p.relationship();
    }
    text(errors, path + ".otherLanguages", p.otherLanguages(), "otros idiomas", false, 200);
    String preference = blank(p.interpreterGenderPreference()) ? null : p.interpreterGenderPreference().trim();
    if (preference != null && dependant) {
      errors.add(new FieldError(path + ".interpreterGenderPreference", "La preferencia de género del intérprete y de "
          + "quien entrevista se indica solo para la persona solicitante principal."));
    } else if (preference != null && !GENDER_PREFERENCES.contains(preference)) {
      errors.add(new FieldError(path + ".interpreterGenderPreference", "La preferencia '" + preference
          + "' no existe. Valores posibles: F (mujer), M (hombre) o NONE (sin preferencia)."));
    }
    return new NewPerson(trimmed(p.givenNames()), trimmed(p.familyNames()), p.sex(), dateOfBirth, p.nationality(),
        List.copyOf(languages.stream().filter(l -> l != null).toList()), trimmed(p.otherLanguages()),
        List.copyOf(needs), relationship,
        preference == null || NO_PREFERENCE.equals(preference) || dependant ? null : preference);
  }

  /** ISO 639-1, or ISO 639-3 for a language with no two-letter code (the BCP 47 rule: many indigenous languages). */
  private static boolean isLanguageCode(String code) {
    return code != null && (LANGUAGES.contains(code) || THREE_LETTER_LANGUAGE.matcher(code).matches());
  }

  private static LocalDate date(List<FieldError> errors, String field, String value, String what) {
    if (blank(value)) {
      errors.add(new FieldError(field, "Indique " + what + " (AAAA-MM-DD)."));
      return null;
    }
    try {
      // the Tasklist date picker may send a date-time at midnight
      boolean dateTime = value.length() > 10 && value.charAt(10) == 'T';
      return LocalDate.parse(dateTime ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "'" + value + "' no es una fecha válida: use AAAA-MM-DD, p. ej. 2026-11-20."));
      return null;
    }
  }

  private static void text(List<FieldError> errors, String field, String value, String what, boolean required,
      int max) {
    if (blank(value)) {
      if (required) {
        errors.add(new FieldError(field, "Indique " + what + "."));
      }
    } else if (value.trim().length() > max) {
      errors.add(new FieldError(field, "El texto es demasiado largo: máximo " + max + " caracteres."));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trimmed(String value) {
    return blank(value) ? null : value.trim();
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}
