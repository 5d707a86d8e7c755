package org.refugio.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A person named in a document, as the document prints them.
 *
 * @param givenNames given names, as registered
 * @param familyNames family names, as registered
 * @param sex as registered
 * @param dateOfBirth as registered
 * @param nationality ISO 3166-1 alpha-2 country code, upper case
 */
public record Person(String givenNames, String familyNames, Sex sex, LocalDate dateOfBirth, String nationality) {

  private static final Locale SPANISH_MEXICO = new Locale("es", "MX");

  public Person {
    requireText(givenNames, "givenNames");
    requireText(familyNames, "familyNames");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(nationality, "nationality");
    if (!nationality.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("nationality must be an ISO 3166-1 alpha-2 code");
    }
  }

  /** Given names then family names, the order Mexican documents use. */
  public String fullName() {
    return givenNames.strip() + " " + familyNames.strip();
  }

  /** The country of nationality, named in Spanish ("Honduras", "Haití"). */
  public String nationalityInSpanish() {
    return new Locale("", nationality).getDisplayCountry(SPANISH_MEXICO);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** Sex as registered: F, M or X (non-binary), printed in Spanish. */
  public enum Sex {
    F("Mujer"),
    M("Hombre"),
    X("No binario");

    private final String spanish;

    Sex(String spanish) {
      this.spanish = spanish;
    }

    /** How a document prints it. */
    public String spanish() {
      return spanish;
    }
  }
}
