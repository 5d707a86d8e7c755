package org.refugio.interop;

import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchanges with INM and RENAPO for a claim, each made once: the idempotency key is derived from the claim and the
 * step, and an exchange already recorded is not repeated.
 */
@Service
public class InteropService {

  static final String CLAIM_NOTICE = "CLAIM_NOTICE";
  static final String TEMPORARY_CURP = "TEMPORARY_CURP";
  static final String PERMANENT_CURP = "PERMANENT_CURP";
  private static final Logger log = LoggerFactory.getLogger(InteropService.class);

  private final InmClient inm;
  private final RenapoClient renapo;
  private final InteropMapper exchanges;
  private final ClaimMapper claims;

  InteropService(InmClient inm, RenapoClient renapo, InteropMapper exchanges, ClaimMapper claims) {
    this.inm = inm;
    this.renapo = renapo;
    this.exchanges = exchanges;
    this.claims = claims;
  }

  /** The idempotency key of a claim's exchange of a kind: the same on every retry of the step. */
  public static String key(long claimId, String kind) {
    return "CLAIM-" + claimId + "-" + kind;
  }

  /** Notifies INM of the claim (for the humanitarian visitor card); INM's reference. */
  @Transactional
  public String notifyInm(long claimId) {
    return exchanges.findAnswer(claimId, CLAIM_NOTICE).orElseGet(() -> {
      InteropAnswer answer = inm.notifyClaim(key(claimId, CLAIM_NOTICE), principal(claimId));
      exchanges.insert(key(claimId, CLAIM_NOTICE), claimId, "INM", CLAIM_NOTICE, answer.value(), answer.status());
      log.info("INM notified of claim {}: status {}", claimId, answer.status());
      return answer.value();
    });
  }

  /** The principal applicant's CURP of the given kind from RENAPO ({@code TEMPORARY_CURP}, {@code PERMANENT_CURP}). */
  @Transactional
  public String requestCurp(long claimId, String kind) {
    return exchanges.findAnswer(claimId, kind).orElseGet(() -> {
      InteropAnswer answer = renapo.requestCurp(key(claimId, kind), kind.replace("_CURP", ""), principal(claimId));
      exchanges.insert(key(claimId, kind), claimId, "RENAPO", kind, answer.value(), answer.status());
      log.info("RENAPO {} for claim {}: status {}", kind, claimId, answer.status());
      return answer.value();
    });
  }

  private InteropPerson principal(long claimId) {
    ClaimRecord claim = claims.findById(claimId)
        .orElseThrow(() -> new IllegalStateException("No claim " + claimId));
    PersonRecord person = claims.findPeople(claimId).stream().filter(p -> "PRINCIPAL".equals(p.role())).findFirst()
        .orElseThrow(() -> new IllegalStateException("Claim " + claimId + " has no principal applicant"));
    return new InteropPerson(claim.caseNumber(), person.givenNames(), person.familyNames(), person.sex(),
        person.dateOfBirth(), person.nationality(), claim.officeCode());
  }
}
