package org.refugio.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.refugio.claim.Outcome;

/**
 * What a first-instance resolution states, mapped by the caller from its claim.
 *
 * @param caseNumber the claim's case number
 * @param officeName the COMAR office that decided ("Tapachula")
 * @param officeState the state of that office ("Chiapas")
 * @param principal the principal applicant
 * @param dependants the family members covered by the claim, possibly none
 * @param outcome the decision
 * @param grounds the reasoning, as the officer wrote it; blank lines separate paragraphs
 * @param decidedBy user id of the officer who decided
 * @param decidedAt when the decision was taken, in the office's local time; the resolution's date
 * @param issuedAt when this document is issued, in the office's local time
 */
public record ResolutionData(
    String caseNumber,
    String officeName,
    String officeState,
    Person principal,
    List<Dependant> dependants,
    Outcome outcome,
    String grounds,
    String decidedBy,
    OffsetDateTime decidedAt,
    OffsetDateTime issuedAt) {

  public ResolutionData {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(officeName, "officeName");
    Objects.requireNonNull(officeState, "officeState");
    Objects.requireNonNull(principal, "principal");
    dependants = List.copyOf(dependants);
    Objects.requireNonNull(outcome, "outcome");
    if (grounds == null || grounds.isBlank()) {
      throw new IllegalArgumentException("a resolution must state its grounds");
    }
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
