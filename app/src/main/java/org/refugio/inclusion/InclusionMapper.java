package org.refugio.inclusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads and writes the inclusion tables: {@code referral}, {@code referral_outcome}, {@code inclusion_consent},
 * {@code inclusion_gap}, {@code referral_reason}, and the residence of a claim.
 */
@Mapper
public interface InclusionMapper {

  /** Stores a planned referral; a referral for the same person and service already planned is kept. */
  int insertReferral(@Param("claimId") long claimId, @Param("personId") long personId, @Param("theme") String theme,
      @Param("service") String service, @Param("institution") String institution, @Param("state") String state,
      @Param("municipality") String municipality, @Param("dueBusinessDays") int dueBusinessDays,
      @Param("processInstanceId") String processInstanceId);

  Optional<Referral> findReferral(@Param("id") long id);

  List<Referral> findReferralsOfClaim(@Param("claimId") long claimId);

  /** The ids of the process instance's referrals still waiting for consent, in the order they were planned. */
  List<Long> findAwaitingConsent(@Param("processInstanceId") String processInstanceId);

  /** The latest consent that covers the person and theme (its theme or ALL, the person or the whole family). */
  Boolean latestConsent(@Param("claimId") long claimId, @Param("personId") long personId,
      @Param("theme") String theme);

  long insertConsent(@Param("claimId") long claimId, @Param("personId") Long personId, @Param("scope") String scope,
      @Param("given") boolean given, @Param("recordedBy") String recordedBy);

  /** AWAITING_CONSENT → SENT with its due date; the rows changed. */
  int markSent(@Param("id") long id, @Param("dueDate") LocalDate dueDate, @Param("interopKey") String interopKey);

  /** AWAITING_CONSENT → CANCELLED; the rows changed. */
  int markCancelled(@Param("id") long id);

  /** SENT or PENDING → OVERDUE; the rows changed. */
  int markOverdue(@Param("id") long id);

  int updateOutcome(@Param("id") long id, @Param("status") String status, @Param("reason") String reason,
      @Param("detail") String detail, @Param("followUpOn") LocalDate followUpOn, @Param("by") String by);

  void insertOutcome(@Param("referralId") long referralId, @Param("status") String status,
      @Param("reason") String reason, @Param("detail") String detail, @Param("followUpOn") LocalDate followUpOn,
      @Param("by") String by);

  /** Opens a gap of the kind for the referral, copying its theme, institution, state and municipality (once). */
  int openGap(@Param("referralId") long referralId, @Param("kind") String kind, @Param("reason") String reason,
      @Param("openedOn") LocalDate openedOn);

  /** Closes the referral's open gaps: it was attended. */
  int closeGaps(@Param("referralId") long referralId, @Param("closedOn") LocalDate closedOn);

  /** The RENAPO exchange of the claim's permanent CURP that asylum-claim made, if it was made. */
  Optional<String> findPermanentCurpExchange(@Param("claimId") long claimId);

  List<ReferralReason> findReasons(@Param("activeOnly") boolean activeOnly);

  Optional<ReferralReason> findReason(@Param("code") String code);

  int insertReason(@Param("code") String code, @Param("label") String label, @Param("createdBy") String createdBy);

  int setReasonActive(@Param("code") String code, @Param("active") boolean active);

  Optional<String> findStateName(@Param("code") String code);

  Optional<String> findOfficeState(@Param("officeCode") String officeCode);

  List<String> findStateCodes();

  int updateResidence(@Param("claimId") long claimId, @Param("state") String state,
      @Param("municipality") String municipality);

  /** Moves the claim's referrals still waiting for consent to the state and municipality. */
  int moveAwaitingReferrals(@Param("claimId") long claimId, @Param("state") String state,
      @Param("municipality") String municipality);

  int updateSchooling(@Param("claimId") long claimId, @Param("personId") long personId,
      @Param("schoolingLevel") String schoolingLevel, @Param("certificatesAbroad") boolean certificatesAbroad);

  /** The residence of a claim: its state (or null) and municipality. */
  Optional<Residence> findResidence(@Param("claimId") long claimId);

  /** What the decision needs to know of a person beyond the claim's record. */
  Optional<Schooling> findSchooling(@Param("personId") long personId);

  /** The contact the liaison needs: the claim's phone, unless marked confidential. */
  Optional<String> findContactPhone(@Param("claimId") long claimId);

  /** The demo's recognized family (InclusionDemoData): a closed claim with no asylum-claim behind it. */
  long insertDemoClaim(@Param("caseNumber") String caseNumber, @Param("office") String office,
      @Param("applicationDate") LocalDate applicationDate, @Param("outcome") String outcome);

  void insertDemoPerson(@Param("claimId") long claimId, @Param("role") String role,
      @Param("relationship") String relationship, @Param("givenNames") String givenNames,
      @Param("familyNames") String familyNames, @Param("sex") String sex, @Param("dateOfBirth") LocalDate dateOfBirth,
      @Param("specificNeed") String specificNeed, @Param("outcome") String outcome);

  /** Where a claim's family lives. */
  record Residence(String stateCode, String municipality) {
  }

  /** A person's schooling, as recorded for the decision. */
  record Schooling(String schoolingLevel, boolean certificatesAbroad) {
  }
}
