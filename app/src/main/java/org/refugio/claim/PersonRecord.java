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
    List<String> specificNeeds) {

  public boolean isPrincipal() {
    return "PRINCIPAL".equals(role);
  }
}
