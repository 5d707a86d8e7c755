package org.refugio.claim;

import java.time.LocalDate;
import java.util.List;

/** The principal applicant or a dependant of a stored claim. */
public record PersonRecord(
    long id,
    long claimId,
    String role,
    String relationship,
    String givenNames,
    String familyNames,
    String sex,
    LocalDate dateOfBirth,
    String nationality,
    List<String> languages,
    List<String> specificNeeds,
    String outcome,
    boolean decidedSeparately) {

  public String displayName() {
    return givenNames + " " + familyNames;
  }

  public boolean isPrincipal() {
    return "PRINCIPAL".equals(role);
  }
}
