package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes gaps straight into the database as the referrals' follow-up would have left them: for each, a claim of its
 * own (case number starting with {@link #PREFIX}), its principal applicant, the referral and the gap.
 */
final class GapSeed {

  static final String PREFIX = "RTIT-";

  private final JdbcTemplate jdbc;

  GapSeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the gaps of this test run are in already (the Spring context, and the database, are shared). */
  boolean seeded(String caseNumber) {
    return jdbc.queryForObject("select count(*) from refugio.claim where case_number = ?", Integer.class,
        PREFIX + caseNumber) > 0;
  }

  /**
   * A gap of a referral of the given theme and institution in the state and municipality: REFUSED with the reason,
   * or OVERDUE when {@code reason} is null; closed on {@code closedOn} unless that is null. Returns the referral id.
   */
  long gap(String caseNumber, String theme, String institution, String state, String municipality, String reason,
      LocalDate openedOn, LocalDate closedOn) {
    Long claimId = jdbc.queryForObject("""
        insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, detained,
          filed_by_representative, late_filing, status, outcome, registered_by, residence_state,
          residence_municipality)
        values (?, 'TAP', ?, ?, 'Ciudad Hidalgo', false, false, false, 'OPEN', 'RECOGNIZED', 'gapSeed', ?, ?)
        returning id""", Long.class, PREFIX + caseNumber, openedOn.minusYears(1), openedOn.minusYears(1), state,
        municipality);
    Long personId = jdbc.queryForObject("""
        insert into refugio.person (claim_id, role, given_names, family_names, sex, date_of_birth, nationality,
          languages)
        values (?, 'PRINCIPAL', 'Persona', 'De Prueba', 'F', '1990-01-01', 'HN', '{es}')
        returning id""", Long.class, claimId);
    String status = closedOn != null ? "ATTENDED" : reason == null ? "OVERDUE" : "REFUSED";
    Long referralId = jdbc.queryForObject("""
        insert into refugio.referral (claim_id, person_id, theme, service, institution_code, state_code, municipality,
          status, due_date, reason_code)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        returning id""", Long.class, claimId, personId, theme, theme + "_SERVICE", institution, state, municipality,
        status, openedOn, reason);
    jdbc.update("""
        insert into refugio.inclusion_gap (referral_id, kind, theme, institution_code, state_code, municipality,
          reason_code, opened_on, closed_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", referralId, reason == null ? "OVERDUE" : "REFUSED", theme,
        institution, state, municipality, reason, openedOn, closedOn);
    return referralId;
  }
}
