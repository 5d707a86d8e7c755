package org.refugio.interop;

import java.time.LocalDate;

/**
 * What INM and RENAPO need to identify the applicant: Mexican authorities of protection and identity, never the
 * country of origin.
 */
public record InteropPerson(String caseNumber, String givenNames, String familyNames, String sex, LocalDate dateOfBirth,
    String nationality, String office) {
}
