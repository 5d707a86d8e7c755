package org.refugio.claim;

import java.time.LocalDate;
import java.util.List;

/** A claim whose registration data passed validation, ready to be stored. */
record NewClaim(
    String office,
    LocalDate applicationDate,
    LocalDate entryDate,
    String entryPlace,
    boolean detained,
    boolean filedByRepresentative,
    boolean priorClaim,
    boolean exclusionIndicators,
    String address,
    String phone,
    String email,
    NewPerson applicant,
    List<NewPerson> dependants,
    List<String> profile) {

  record NewPerson(String givenNames, String familyNames, String sex, LocalDate dateOfBirth, String nationality,
      List<String> languages, String otherLanguages, List<String> specificNeeds, String relationship,
      String interpreterGenderPreference) {

    String displayName() {
      return givenNames + " " + familyNames;
    }
  }

  boolean hasSpecificNeeds() {
    return !applicant.specificNeeds().isEmpty()
        || dependants.stream().anyMatch(d -> !d.specificNeeds().isEmpty());
  }
}
