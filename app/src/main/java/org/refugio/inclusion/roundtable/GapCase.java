package org.refugio.inclusion.roundtable;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One case behind a number of a gap report. {@code reference} (R-000123, from the referral) is pseudonymous;
 * {@code caseNumber} and the dates are given to internal users only, never to external members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GapCase(String reference, String caseNumber, String theme, String themeLabel, String institutionCode,
    String institutionName, String reasonCode, String reasonLabel, String stateCode, String municipality,
    LocalDate openedOn, LocalDate closedOn, boolean open) {

  /** The pseudonymous reference of a referral: stable, and meaningless outside Refugio. */
  static String reference(long referralId) {
    return String.format("R-%06d", referralId);
  }
}
