package org.refugio.inclusion.roundtable;

import java.time.LocalDate;

/** One gap with the referral and claim behind it, as read for the cases behind a number. */
public record GapCaseRow(long gapId, long referralId, long claimId, String caseNumber, String officeCode,
    String kind, String theme, String institutionCode, String institutionName, String reasonCode,
    String reasonLabel, String stateCode, String municipality, LocalDate openedOn, LocalDate closedOn) {
}
