package org.refugio.casefile;

import java.util.List;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimNotFoundException;
import org.refugio.claim.ClaimRecord;
import org.refugio.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The gate of every read of a case file: decides by office scope whether the user may read the claim, and writes an
 * audit event either way. Called outside any transaction, so that a refusal still leaves its trace.
 */
@Service
public class ReadAudit {

  /** What a read says when the reader gave no reason. */
  public static final String NO_REASON = "sin motivo indicado";
  private static final int MAX_REASON = 500;

  private final ReadAuditMapper mapper;
  private final ClaimMapper claims;

  public ReadAudit(ReadAuditMapper mapper, ClaimMapper claims) {
    this.mapper = mapper;
    this.claims = claims;
  }

  /**
   * The claim, if the user may read the claims of its office (their own office, or a national role); the read is
   * recorded, and so is a refusal, which is thrown on as {@link AccessDeniedException}.
   */
  public ClaimRecord read(String caseNumber, CurrentUser user, String what, String why) {
    ClaimRecord claim = claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
    boolean granted = user.mayReadOffice(claim.officeCode());
    mapper.insert(caseNumber, claim.id(), claim.officeCode(), user.userId(), what, reason(why), granted);
    if (!granted) {
      throw new AccessDeniedException("El expediente " + caseNumber + " pertenece a otra oficina.");
    }
    return claim;
  }

  /**
   * The claim, read by someone who may read its office's files, but only if {@code allowed} says so for what they
   * ask (a confidential document): the read is recorded as granted or refused accordingly, and a refusal thrown as
   * {@link AccessDeniedException} with the given message.
   */
  public ClaimRecord read(String caseNumber, CurrentUser user, String what, String why,
      java.util.function.Predicate<ClaimRecord> allowed, String refusal) {
    ClaimRecord claim = claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
    boolean office = user.mayReadOffice(claim.officeCode());
    boolean granted = office && allowed.test(claim);
    mapper.insert(caseNumber, claim.id(), claim.officeCode(), user.userId(), what, reason(why), granted);
    if (!office) {
      throw new AccessDeniedException("El expediente " + caseNumber + " pertenece a otra oficina.");
    }
    if (!granted) {
      throw new AccessDeniedException(refusal);
    }
    return claim;
  }

  /** Records a read that was decided elsewhere (the front desk's status-only view). */
  public void record(ClaimRecord claim, CurrentUser user, String what, String why) {
    mapper.insert(claim.caseNumber(), claim.id(), claim.officeCode(), user.userId(), what, reason(why), true);
  }

  /** Records a read granted or refused elsewhere (a liaison's view of the referrals of their state and theme). */
  public void record(ClaimRecord claim, CurrentUser user, String what, String why, boolean granted) {
    mapper.insert(claim.caseNumber(), claim.id(), claim.officeCode(), user.userId(), what, reason(why), granted);
  }

  /** The reads of a case file, newest first: for the admins and managers of its office. */
  public List<ReadEvent> ofCase(String caseNumber, CurrentUser user, int limit) {
    ClaimRecord claim = claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
    requireAuditor(user, claim.officeCode());
    return mapper.findByCase(caseNumber, limit);
  }

  /** The reads of an office's case files, newest first: for the admins and managers of the office. */
  public List<ReadEvent> ofOffice(String officeCode, CurrentUser user, int limit) {
    requireAuditor(user, officeCode);
    return mapper.findByOffice(officeCode, limit);
  }

  private static void requireAuditor(CurrentUser user, String officeCode) {
    if (!user.hasRole(org.refugio.security.Role.MANAGER, officeCode)) {
      throw new AccessDeniedException("Solo la administración y la gerencia de la oficina " + officeCode
          + " pueden consultar quién leyó sus expedientes.");
    }
  }

  private static String reason(String why) {
    String reason = why == null || why.isBlank() ? NO_REASON : why.strip();
    return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
  }
}
