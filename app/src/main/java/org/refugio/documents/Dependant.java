package org.refugio.documents;

import java.util.Objects;
import org.refugio.claim.Outcome;

/**
 * A member of the principal applicant's family case who is covered by the same claim.
 *
 * @param person the dependant
 * @param relationship the relationship to the principal applicant as the document prints it, in Spanish
 *     ("cónyuge", "hija")
 * @param outcome the dependant's own outcome when a resolution states one; {@code null} where the document states
 *     none, or where the dependant shares the principal applicant's outcome
 */
public record Dependant(Person person, String relationship, Outcome outcome) {

  public Dependant {
    Objects.requireNonNull(person, "person");
    if (relationship == null || relationship.isBlank()) {
      throw new IllegalArgumentException("relationship must not be blank");
    }
  }

  /** A dependant of a document that states no outcome for them (the constancia). */
  public Dependant(Person person, String relationship) {
    this(person, relationship, null);
  }
}
