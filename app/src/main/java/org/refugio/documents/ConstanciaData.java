package org.refugio.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a constancia de trámite states, mapped by the caller from its claim.
 *
 * @param caseNumber the claim's case number
 * @param officeName the COMAR office where the claim was filed ("Tapachula")
 * @param officeState the state of that office ("Chiapas"): the only state where the constancia is valid
 * @param applicationDate the day the claim was filed
 * @param principal the principal applicant
 * @param dependants the family members covered by the claim, possibly none
 * @param issuedAt when the constancia is issued, in the office's local time
 */
public record ConstanciaData(
    String caseNumber,
    String officeName,
    String officeState,
    LocalDate applicationDate,
    Person principal,
    List<Dependant> dependants,
    OffsetDateTime issuedAt) {

  public ConstanciaData {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(officeName, "officeName");
    Objects.requireNonNull(officeState, "officeState");
    Objects.requireNonNull(applicationDate, "applicationDate");
    Objects.requireNonNull(principal, "principal");
    dependants = List.copyOf(dependants);
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
