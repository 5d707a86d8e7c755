package org.refugio.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes claims and their people in {@code refugio.claim} and {@code refugio.person}. */
@Mapper
public interface ClaimMapper {

  /** Takes the next case number of an office and year; the row stays locked until the transaction ends. */
  int nextSequence(@Param("office") String office, @Param("year") int year);

  long insertClaim(@Param("claim") NewClaim claim, @Param("caseNumber") String caseNumber,
      @Param("lateFiling") boolean lateFiling, @Param("decisionDue") LocalDate decisionDue,
      @Param("registeredBy") String registeredBy);

  void insertPerson(@Param("claimId") long claimId, @Param("role") String role,
      @Param("person") NewClaim.NewPerson person);

  void setProcessInstance(@Param("claimId") long claimId, @Param("processInstanceId") String processInstanceId);

  void setTriage(@Param("claimId") long claimId, @Param("modality") String modality,
      @Param("priority") int priority);

  void close(@Param("claimId") long claimId, @Param("outcome") String outcome, @Param("reason") String reason,
      @Param("detail") String detail);

  void setAppealWindow(@Param("claimId") long claimId, @Param("notifiedOn") LocalDate notifiedOn,
      @Param("appealDue") LocalDate appealDue);

  void setDecisionDue(@Param("claimId") long claimId, @Param("decisionDue") LocalDate decisionDue);

  void setDecisionDueOfCase(@Param("caseNumber") String caseNumber, @Param("decisionDue") LocalDate decisionDue);

  void setAppealDueOfCase(@Param("caseNumber") String caseNumber, @Param("appealDue") LocalDate appealDue);

  void setAppealFiled(@Param("claimId") long claimId, @Param("filedOn") LocalDate filedOn);

  Optional<ClaimRecord> findByCaseNumber(String caseNumber);

  Optional<ClaimRecord> findById(long id);

  List<PersonRecord> findPeople(long claimId);

  /** Gives the principal's outcome to the principal and to every dependant not decided separately. */
  void applyPrincipalOutcome(@Param("claimId") long claimId, @Param("outcome") String outcome);

  void decideDependantSeparately(@Param("personId") long personId, @Param("outcome") String outcome,
      @Param("grounds") String grounds, @Param("decidedBy") String decidedBy);

  void recordDeath(@Param("claimId") long claimId, @Param("dateOfDeath") LocalDate dateOfDeath);

  void setAppealResult(@Param("claimId") long claimId, @Param("result") String result,
      @Param("notifiedOn") LocalDate notifiedOn, @Param("nullitySuitReported") boolean nullitySuitReported,
      @Param("nullitySuitDetail") String nullitySuitDetail);

  /** Locks the claim's row until the transaction ends, so that two changes of its office do not interleave. */
  long lockClaim(@Param("claimId") long claimId);

  void setOffice(@Param("claimId") long claimId, @Param("office") String office);

  /** The applicant's weekly presentations move to the new office, on the same weekday. */
  void movePresentationSchedule(@Param("claimId") long claimId, @Param("office") String office);

  void insertTransfer(@Param("claimId") long claimId, @Param("fromOffice") String fromOffice,
      @Param("toOffice") String toOffice, @Param("authorizedOn") LocalDate authorizedOn,
      @Param("reason") String reason, @Param("transferredBy") String transferredBy);

  List<ClaimTransfer> findTransfers(long claimId);

  /** Serializes requests that carry the same idempotency key, until the transaction ends. */
  void lockIdempotencyKey(@Param("user") String user, @Param("key") String key);

  Optional<String> findCaseNumberByIdempotencyKey(@Param("user") String user, @Param("key") String key);

  void insertIdempotencyKey(@Param("user") String user, @Param("key") String key, @Param("claimId") long claimId);
}
