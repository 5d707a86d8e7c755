package org.refugio.appeal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.refugio.claim.ClaimMapper;

/** What the claim keeps of a notified appeal result. */
class AppealRecordsTest {

  private final ClaimMapper claims = mock(ClaimMapper.class);
  private final AppealRecords records = new AppealRecords(claims);

  @Test
  void shouldKeepTheReportedNullitySuitWithWhatThePersonSaid() {
    records.recordNotifiedResult(7, AppealResult.REVOKED, LocalDate.of(2026, 12, 1), true, "  Sala Regional Chiapas. ");

    verify(claims).setAppealResult(7, "REVOKED", LocalDate.of(2026, 12, 1), true, "Sala Regional Chiapas.");
  }

  @Test
  void shouldDropTheSuitsDetailWhenNoSuitWasReported() {
    // a detail typed, then the box unticked: the form hides the field, a client may still send it
    records.recordNotifiedResult(7, AppealResult.CONFIRMED, LocalDate.of(2026, 12, 1), false, "borrador");

    verify(claims).setAppealResult(7, "CONFIRMED", LocalDate.of(2026, 12, 1), false, null);
  }
}
