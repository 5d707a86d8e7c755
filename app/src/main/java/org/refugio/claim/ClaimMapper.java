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

  /** Serializes requests that carry the same idempotency key, until the transaction ends. */
  void lockIdempotencyKey(@Param("user") String user, @Param("key") String key);

  Optional<String> findCaseNumberByIdempotencyKey(@Param("user") String user, @Param("key") String key);

  void insertIdempotencyKey(@Param("user") String user, @Param("key") String key, @Param("claimId") long claimId);
}
