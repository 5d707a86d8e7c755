package org.refugio.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.refugio.appeal.AppealResult;
import org.refugio.claim.Outcome;

/**
 * What the resolution of a recurso de revisión states, mapped by the caller from its claim.
 *
 * @param caseNumber the claim's case number
 * @param officeName the COMAR office whose resolution was appealed ("Tapachula")
 * @param officeState the state of that office ("Chiapas")
 * @param principal the principal applicant, who appealed
 * @param dependants the family members covered by the claim, possibly none
 * @param appealedOutcome the outcome of the resolution appealed against
 * @param appealFiledOn the day the appeal was filed
 * @param result what the legal unit decided
 * @param newOutcome the outcome the appeal decides when it revokes; {@code null} otherwise
 * @param grounds the legal unit's reasoning; blank lines separate paragraphs
 * @param decidedBy user id of the member of the legal unit who decided
 * @param decidedAt when the appeal was decided, in local time; the appeal resolution's date
 * @param issuedAt when this document is issued, in local time
 */
public record AppealResolutionData(
    String caseNumber,
    String officeName,
    String officeState,
    Person principal,
    List<Dependant> dependants,
    Outcome appealedOutcome,
    LocalDate appealFiledOn,
    AppealResult result,
    Outcome newOutcome,
    String grounds,
    String decidedBy,
    OffsetDateTime decidedAt,
    OffsetDateTime issuedAt) {

  public AppealResolutionData {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(officeName, "officeName");
    Objects.requireNonNull(officeState, "officeState");
    Objects.requireNonNull(principal, "principal");
    dependants = List.copyOf(dependants);
    Objects.requireNonNull(appealedOutcome, "appealedOutcome");
    Objects.requireNonNull(appealFiledOn, "appealFiledOn");
    Objects.requireNonNull(result, "result");
    if (result == AppealResult.REVOKED && newOutcome == null) {
      throw new IllegalArgumentException("an appeal that revokes must state the new outcome");
    }
    if (result != AppealResult.REVOKED && newOutcome != null) {
      throw new IllegalArgumentException("only an appeal that revokes states a new outcome");
    }
    if (grounds == null || grounds.isBlank()) {
      throw new IllegalArgumentException("an appeal resolution must state its grounds");
    }
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
