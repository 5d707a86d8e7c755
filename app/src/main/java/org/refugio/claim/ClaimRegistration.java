package org.refugio.claim;

import java.util.List;

/**
 * A claim as it arrives for registration, from the API ({@code POST /api/claims}) or the Tasklist start form. Dates
 * are kept as text until validated, so that every wrong field can be reported at once. {@code profile} is the claim's
 * grounds as reported, in COI tag codes (e.g. {@code pandillas}).
 */
public record ClaimRegistration(
    String office,
    String applicationDate,
    String entryDate,
    String entryPlace,
    Boolean detained,
    Boolean filedByRepresentative,
    Boolean priorClaim,
    Boolean exclusionIndicators,
    String address,
    String phone,
    String email,
    PersonData applicant,
    List<PersonData> dependants,
    List<String> profile) {

  /**
   * The principal applicant or a dependant; {@code relationship} only for dependants. {@code otherLanguages} is free
   * text for languages without a code in the list (many indigenous languages). {@code interpreterGenderPreference}
   * ({@code F}, {@code M} or {@code NONE}) only for the principal applicant.
   */
  public record PersonData(
      String givenNames,
      String familyNames,
      String sex,
      String dateOfBirth,
      String nationality,
      List<String> languages,
      String otherLanguages,
      List<String> specificNeeds,
      String relationship,
      String interpreterGenderPreference) {
  }
}
