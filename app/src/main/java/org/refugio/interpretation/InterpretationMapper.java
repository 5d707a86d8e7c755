package org.refugio.interpretation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.interpretation_booking}. */
@Mapper
public interface InterpretationMapper {

  /** Stores the request, or keeps the row a previous try of the same reference stored. */
  void insertRequested(@Param("reference") String reference, @Param("claimId") long claimId,
      @Param("attempt") int attempt, @Param("language") String language,
      @Param("interpreterGender") String interpreterGender, @Param("office") String office,
      @Param("providerReference") String providerReference);

  Optional<Booking> find(@Param("reference") String reference);

  /** A claim's bookings, newest first. */
  List<Booking> findByClaim(@Param("claimId") long claimId);

  /** Records the provider's confirmation of a requested booking; the rows changed (0 when it was not requested). */
  int confirm(@Param("reference") String reference, @Param("providerReference") String providerReference,
      @Param("interpreterName") String interpreterName, @Param("startsAt") OffsetDateTime startsAt,
      @Param("costMxn") BigDecimal costMxn);

  /** Records a booking a coordinator made by hand: it replaces a provider's confirmation that came too late. */
  int recordManual(@Param("reference") String reference, @Param("interpreterName") String interpreterName,
      @Param("startsAt") OffsetDateTime startsAt, @Param("costMxn") BigDecimal costMxn);

  /** The claim's next booking attempt: one more than the latest. */
  int nextAttempt(@Param("claimId") long claimId);

  /** Keeps an event of a booking; 0 when the same event (reference and event id) was kept before. */
  int insertEvent(@Param("reference") String reference, @Param("eventId") String eventId, @Param("type") String type,
      @Param("interpreterName") String interpreterName, @Param("startsAt") OffsetDateTime startsAt,
      @Param("costMxn") BigDecimal costMxn, @Param("reason") String reason, @Param("recordedBy") String recordedBy);

  /** The events of a claim's bookings, oldest first. */
  List<BookingHistoryEvent> findEvents(@Param("claimId") long claimId);

  /** The provider cancelled a requested or confirmed booking; the rows changed. */
  int cancel(@Param("reference") String reference);

  /** The interpreter did not come to a confirmed or hand-made booking; the rows changed. */
  int markNoShow(@Param("reference") String reference);

  /** The provider moved a confirmed booking to another slot or interpreter; the rows changed. */
  int reschedule(@Param("reference") String reference, @Param("interpreterName") String interpreterName,
      @Param("startsAt") OffsetDateTime startsAt, @Param("costMxn") BigDecimal costMxn);
}
