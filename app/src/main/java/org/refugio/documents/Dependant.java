package org.refugio.documents;

import java.util.Objects;

/**
 * A member of the principal applicant's family case who is covered by the same claim.
 *
 * @param person the dependant
 * @param relationship the relationship to the principal applicant as the document prints it, in Spanish
 *     ("cónyuge", "hija")
 */
public record Dependant(Person person, String relationship) {

  public Dependant {
    Objects.requireNonNull(person, "person");
    if (relationship == null || relationship.isBlank()) {
      throw new IllegalArgumentException("relationship must not be blank");
    }
  }
}
