package org.refugio.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a prevención for a late filing states, mapped by the caller from its claim.
 *
 * @param caseNumber the claim's case number
 * @param officeName the COMAR office where the claim was filed
 * @param officeState the state of that office
 * @param applicationDate the day the claim was filed
 * @param entryDate the day the applicant says they entered Mexico
 * @param principal the principal applicant
 * @param dependants the family members covered by the claim, possibly none
 * @param replyDays the business days the applicant has to explain the delay
 * @param replyDue the last day to explain it
 * @param issuedAt when the prevención is issued, in the office's local time
 */
public record PreventionData(
    String caseNumber,
    String officeName,
    String officeState,
    LocalDate applicationDate,
    LocalDate entryDate,
    Person principal,
    List<Dependant> dependants,
    int replyDays,
    LocalDate replyDue,
    OffsetDateTime issuedAt) {

  public PreventionData {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(officeName, "officeName");
    Objects.requireNonNull(officeState, "officeState");
    Objects.requireNonNull(applicationDate, "applicationDate");
    Objects.requireNonNull(entryDate, "entryDate");
    Objects.requireNonNull(principal, "principal");
    dependants = List.copyOf(dependants);
    if (replyDays < 1) {
      throw new IllegalArgumentException("replyDays must be at least 1, was " + replyDays);
    }
    Objects.requireNonNull(replyDue, "replyDue");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
