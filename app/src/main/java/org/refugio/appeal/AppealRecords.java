package org.refugio.appeal;

import java.time.LocalDate;
import org.refugio.claim.ClaimMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Keeps an appeal's notified result in the claim's record, beside its filing date. */
@Service
public class AppealRecords {

  private static final Logger log = LoggerFactory.getLogger(AppealRecords.class);

  private final ClaimMapper claims;

  AppealRecords(ClaimMapper claims) {
    this.claims = claims;
  }

  /** A juicio de nulidad is only recorded: Refugio does not follow court proceedings. */
  public void recordNotifiedResult(long claimId, AppealResult result, LocalDate notifiedOn,
      boolean nullitySuitReported, String nullitySuitDetail) {
    String detail = nullitySuitReported && nullitySuitDetail != null && !nullitySuitDetail.isBlank()
        ? nullitySuitDetail.strip() : null;
    claims.setAppealResult(claimId, result.name(), notifiedOn, nullitySuitReported, detail);
    log.info("Appeal result {} of claim {} notified on {}", result, claimId, notifiedOn);
  }
}
