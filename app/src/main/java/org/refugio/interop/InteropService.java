package org.refugio.interop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.refugio.claim.ClaimClocks;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchanges with INM and RENAPO for a claim and each of its people, each made once: the idempotency key is
 * derived from the claim, the person and the step, and an exchange already recorded is not repeated.
 */
@Service
public class InteropService {

  static final String CLAIM_NOTICE = "CLAIM_NOTICE";
  static final String TEMPORARY_CURP = "TEMPORARY_CURP";
  static final String PERMANENT_CURP = "PERMANENT_CURP";
  static final String LATE_FILING_NOTICE = "LATE_FILING_NOTICE";
  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final Logger log = LoggerFactory.getLogger(InteropService.class);

  private final InmClient inm;
  private final RenapoClient renapo;
  private final InteropMapper exchanges;
  private final ClaimMapper claims;
  private final ClaimClocks clocks;
  private final Clock clock;

  InteropService(InmClient inm, RenapoClient renapo, InteropMapper exchanges, ClaimMapper claims, ClaimClocks clocks,
      Clock clock) {
    this.inm = inm;
    this.renapo = renapo;
    this.exchanges = exchanges;
    this.claims = claims;
    this.clocks = clocks;
    this.clock = clock;
  }

  /** The idempotency key of a claim's exchange of a kind: the same on every retry of the step. */
  public static String key(long claimId, String kind) {
    return "CLAIM-" + claimId + "-" + kind;
  }

  /**
   * The idempotency key of a person's exchange of a kind: the principal applicant's is the claim's (as before
   * dependants got their own, so a step retried across the upgrade asks nothing twice), a dependant's names them.
   */
  public static String key(long claimId, PersonRecord person, String kind) {
    return person.isPrincipal() ? key(claimId, kind) : key(claimId, kind) + "-P" + person.id();
  }

  /** Notifies INM of the claim (for the humanitarian visitor card); INM's reference. */
  @Transactional
  public String notifyInm(long claimId) {
    ClaimRecord claim = claim(claimId);
    PersonRecord principal = people(claimId).stream().filter(PersonRecord::isPrincipal).findFirst()
        .orElseThrow(() -> new IllegalStateException("Claim " + claimId + " has no principal applicant"));
    return exchanges.findAnswer(principal.id(), CLAIM_NOTICE).orElseGet(() -> {
      InteropAnswer answer = inm.notifyClaim(key(claimId, CLAIM_NOTICE), person(claim, principal));
      exchanges.insert(key(claimId, CLAIM_NOTICE), claimId, principal.id(), "INM", CLAIM_NOTICE, answer.value(),
          answer.status());
      log.info("INM notified of claim {}: status {}", claimId, answer.status());
      return answer.value();
    });
  }

  /**
   * Tells INM that the claim was filed late (within 72 hours of the prevención), once, and records the notice in the
   * claim's prevención as an officer's notice would be: sent today, under INM's reference. INM's reference.
   */
  @Transactional
  public String notifyInmOfLateFiling(long claimId) {
    ClaimRecord claim = claim(claimId);
    PersonRecord principal = people(claimId).stream().filter(PersonRecord::isPrincipal).findFirst()
        .orElseThrow(() -> new IllegalStateException("Claim " + claimId + " has no principal applicant"));
    return exchanges.findAnswer(principal.id(), LATE_FILING_NOTICE).orElseGet(() -> {
      String key = key(claimId, LATE_FILING_NOTICE);
      InteropAnswer answer = inm.notifyLateFiling(key, person(claim, principal),
          new InmClient.LateFiling(claim.entryDate(), claim.applicationDate()));
      exchanges.insert(key, claimId, principal.id(), "INM", LATE_FILING_NOTICE, answer.value(), answer.status());
      clocks.inmNotified(claimId, LocalDate.now(clock.withZone(MEXICO_CITY)), answer.value());
      log.info("INM told of the late filing of claim {}: status {}", claimId, answer.status());
      return answer.value();
    });
  }

  /**
   * Asks RENAPO for the CURP of the given kind ({@code TEMPORARY_CURP}, {@code PERMANENT_CURP}) of every person of the
   * claim who needs it and has none yet: everyone for the temporary CURP, those whose own outcome grants protection for
   * the permanent one. One exchange per person and kind; a retried step asks again only for whom no answer was
   * recorded, under the same idempotency key, so RENAPO issues nothing twice. The number of people asked for.
   */
  @Transactional
  public int requestCurps(long claimId, String kind) {
    ClaimRecord claim = claim(claimId);
    int asked = 0;
    for (PersonRecord person : people(claimId)) {
      if (PERMANENT_CURP.equals(kind) && !grantsProtection(person.outcome())) {
        continue;
      }
      if (exchanges.findAnswer(person.id(), kind).isEmpty()) {
        requestCurp(claim, person, kind);
        asked++;
      }
    }
    log.info("RENAPO {} for claim {}: {} people asked for", kind, claimId, asked);
    return asked;
  }

  private String requestCurp(ClaimRecord claim, PersonRecord person, String kind) {
    String key = key(claim.id(), person, kind);
    InteropAnswer answer = renapo.requestCurp(key, kind.replace("_CURP", ""), person(claim, person));
    exchanges.insert(key, claim.id(), person.id(), "RENAPO", kind, answer.value(), answer.status());
    return answer.value();
  }

  static boolean grantsProtection(String outcome) {
    return outcome != null && org.refugio.claim.Outcome.valueOf(outcome).isProtection();
  }

  private ClaimRecord claim(long claimId) {
    return claims.findById(claimId).orElseThrow(() -> new IllegalStateException("No claim " + claimId));
  }

  private java.util.List<PersonRecord> people(long claimId) {
    return claims.findPeople(claimId);
  }

  private static InteropPerson person(ClaimRecord claim, PersonRecord person) {
    return new InteropPerson(claim.caseNumber(), person.givenNames(), person.familyNames(), person.sex(),
        person.dateOfBirth(), person.nationality(), claim.officeCode());
  }
}
