package org.refugio.presentation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.presentation} and {@code refugio.presentation_schedule}. */
@Mapper
public interface PresentationMapper {

  /** The weekday and office assigned to a claim, if front desk assigned them. */
  record AssignedSchedule(long claimId, int weekday, String officeCode, String assignedBy, OffsetDateTime assignedAt) {
  }

  /** An open claim whose applicant has missed presentations: what the sweep needs to signal it. */
  record OverdueClaim(long claimId, String caseNumber, LocalDate registeredOn, LocalDate lastPresentedOn) {
  }

  Optional<AssignedSchedule> findSchedule(long claimId);

  void saveSchedule(@Param("claimId") long claimId, @Param("weekday") int weekday,
      @Param("officeCode") String officeCode, @Param("assignedBy") String assignedBy);

  /** Stores a presentation and returns its id; empty when the claim already has one on that day. */
  Optional<Long> insertIfAbsent(@Param("claimId") long claimId, @Param("presentedOn") LocalDate presentedOn,
      @Param("officeCode") String officeCode, @Param("method") PresentationMethod method,
      @Param("recordedBy") String recordedBy);

  Optional<Presentation> findOnDay(@Param("claimId") long claimId, @Param("presentedOn") LocalDate presentedOn);

  /** The claim's presentations, latest first. */
  List<Presentation> findByClaim(long claimId);

  /**
   * Open claims of applicants not held by INM that were registered before {@code cutoff} (a day in the time zone
   * {@code zone}) and have no presentation on or after it.
   */
  List<OverdueClaim> findOverdue(@Param("cutoff") LocalDate cutoff, @Param("zone") String zone);
}
