package org.refugio.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The legal procedure's milestones of a claim: ratification, prevención, decision extension and breach. */
@Mapper
public interface ClaimClockMapper {

  void setRatified(@Param("claimId") long claimId, @Param("ratifiedOn") LocalDate ratifiedOn);

  void insertPrevention(@Param("claimId") long claimId, @Param("issuedAt") Instant issuedAt,
      @Param("replyDue") LocalDate replyDue, @Param("inmNoticeDue") Instant inmNoticeDue);

  void setInmNotice(@Param("claimId") long claimId, @Param("sentOn") LocalDate sentOn,
      @Param("reference") String reference);

  void setPreventionAssessed(@Param("claimId") long claimId, @Param("replied") boolean replied,
      @Param("accepted") boolean accepted, @Param("assessedBy") String assessedBy);

  void setDecisionBreached(@Param("claimId") long claimId);

  boolean isDecisionBreached(@Param("claimId") long claimId);

  void insertExtension(@Param("claimId") long claimId, @Param("extension") DecisionExtension extension);

  Optional<DecisionExtension> findExtension(@Param("claimId") long claimId);
}
