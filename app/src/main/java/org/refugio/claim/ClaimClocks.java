package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;
import static org.refugio.claim.AsylumClaimProcess.DECISION_WARNING_DUE;
import static org.refugio.claim.AsylumClaimProcess.PREVENTION_REPLY_DUE;
import static org.refugio.claim.AsylumClaimProcess.RATIFICATION_DUE;
import static org.refugio.claim.AsylumClaimProcess.TARGET_DUE;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.refugio.calendar.Deadlines;
import org.refugio.calendar.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * Starts and stops a claim's legal clocks: the decision deadline and its alert, the internal target of the modality,
 * ratification, and the prevención of a late filing. The numbers come from the {@code legal-deadlines} decision; the
 * business days from the calendar, so a declared non-working day moves every running clock.
 */
@Service
public class ClaimClocks {

  private final LegalDeadlines legal;
  private final Deadlines deadlines;
  private final WorkingDays workingDays;
  private final ClaimMapper claims;
  private final ClaimClockMapper clocks;
  private final Clock clock;

  ClaimClocks(LegalDeadlines legal, Deadlines deadlines, WorkingDays workingDays, ClaimMapper claims,
      ClaimClockMapper clocks, Clock clock) {
    this.legal = legal;
    this.deadlines = deadlines;
    this.workingDays = workingDays;
    this.claims = claims;
    this.clocks = clocks;
    this.clock = clock;
  }

  /** The decision deadline and when the office's reviewers are alerted. */
  public record DecisionClock(Date due, Date warningDue) {
  }

  /** The prevención's reply deadline and the time by which INM must have been told. */
  public record PreventionClock(Date replyDue, int replyBusinessDays, Date inmNoticeDue) {
  }

  /** Starts the decision deadline from the application (Ley art. 24). */
  public DecisionClock startDecision(String processInstanceId, long claimId) {
    ClaimRecord claim = claim(claimId);
    return startDecision(processInstanceId, claim, claim.applicationDate());
  }

  /**
   * Starts the decision deadline again from today, after an appeal remanded the claim for a new assessment; the
   * internal target becomes the legal deadline.
   */
  public DecisionClock restartDecision(String processInstanceId, long claimId) {
    ClaimRecord claim = claim(claimId);
    DecisionClock decision = startDecision(processInstanceId, claim, today());
    deadlines.start(processInstanceId, claim.caseNumber(), TARGET_DUE.name(), today(),
        legal.businessDays(Milestone.DECISION, claim.modality()), claim.officeCode());
    return decision;
  }

  /** The decision was signed: its deadline, alert and target stop. */
  public void stopDecision(String processInstanceId) {
    deadlines.close(processInstanceId, DECISION_DUE.name());
    deadlines.close(processInstanceId, DECISION_WARNING_DUE.name());
    deadlines.close(processInstanceId, TARGET_DUE.name());
  }

  /**
   * The modality's internal target, counted from the application; never later than the legal deadline, which is the
   * target when the modality has none shorter.
   */
  public Date startTarget(String processInstanceId, long claimId, String modality, Date decisionDue) {
    ClaimRecord claim = claim(claimId);
    int targetDays = legal.businessDays(Milestone.INTERNAL_TARGET, modality);
    Date target = deadlines.start(processInstanceId, claim.caseNumber(), TARGET_DUE.name(), claim.applicationDate(),
        Math.min(targetDays, legal.businessDays(Milestone.DECISION, modality)), claim.officeCode());
    return decisionDue != null && target.after(decisionDue) ? decisionDue : target;
  }

  /** Ratification in person of a claim a representative filed, counted from the application (Reglamento art. 20). */
  public Date startRatification(String processInstanceId, long claimId) {
    ClaimRecord claim = claim(claimId);
    return deadlines.start(processInstanceId, claim.caseNumber(), RATIFICATION_DUE.name(), claim.applicationDate(),
        legal.businessDays(Milestone.RATIFICATION, claim.modality()), claim.officeCode());
  }

  public void ratified(String processInstanceId, long claimId, LocalDate ratifiedOn) {
    clocks.setRatified(claimId, ratifiedOn);
    deadlines.close(processInstanceId, RATIFICATION_DUE.name());
  }

  /**
   * Issues the prevención for a late filing: the applicant has so many business days from today to explain the
   * causes, and INM must be told within the hours the decision gives.
   */
  public PreventionClock issuePrevention(String processInstanceId, long claimId) {
    ClaimRecord claim = claim(claimId);
    int replyDays = legal.businessDays(Milestone.PREVENTION_REPLY, claim.modality());
    Date replyDue = deadlines.start(processInstanceId, claim.caseNumber(), PREVENTION_REPLY_DUE.name(), today(),
        replyDays, claim.officeCode());
    LegalDeadlines.Limit notice = legal.of(Milestone.INM_NOTICE, claim.modality());
    Date inmNoticeDue = switch (notice.unit()) {
      case HOURS -> Date.from(clock.instant().plus(Duration.ofHours(notice.amount())));
      case BUSINESS_DAYS -> workingDays.after(today(), notice.amount());
      case PERCENT -> throw new IllegalStateException("The INM notice cannot be a percentage: correct the "
          + LegalDeadlines.DECISION_KEY + " decision");
    };
    clocks.insertPrevention(claimId, clock.instant(), toDay(replyDue), inmNoticeDue.toInstant());
    return new PreventionClock(replyDue, replyDays, inmNoticeDue);
  }

  public void inmNotified(long claimId, LocalDate sentOn, String reference) {
    clocks.setInmNotice(claimId, sentOn, reference);
  }

  public void preventionAssessed(String processInstanceId, long claimId, boolean replied, boolean accepted,
      String assessedBy) {
    clocks.setPreventionAssessed(claimId, replied, accepted, assessedBy);
    deadlines.close(processInstanceId, PREVENTION_REPLY_DUE.name());
  }

  /** The decision deadline ran out before the resolution was signed. */
  public void decisionBreached(long claimId) {
    clocks.setDecisionBreached(claimId);
  }

  /** The share of the decision time after which reviewers are alerted, in business days, at least one. */
  int warningDays(int decisionDays) {
    LegalDeadlines.Limit share = legal.of(Milestone.DECISION_WARNING, null);
    if (share.unit() != LegalDeadlines.Unit.PERCENT || share.amount() <= 0 || share.amount() > 100) {
      throw new IllegalStateException("The decision alert must be a percentage from 1 to 100: correct the "
          + LegalDeadlines.DECISION_KEY + " decision");
    }
    return Math.max(1, (int) Math.ceil(decisionDays * share.amount() / 100.0));
  }

  private DecisionClock startDecision(String processInstanceId, ClaimRecord claim, LocalDate from) {
    int days = legal.businessDays(Milestone.DECISION, claim.modality());
    Date due = deadlines.start(processInstanceId, claim.caseNumber(), DECISION_DUE.name(), from, days,
        claim.officeCode());
    Date warning = deadlines.start(processInstanceId, claim.caseNumber(), DECISION_WARNING_DUE.name(), from,
        warningDays(days), claim.officeCode());
    claims.setDecisionDue(claim.id(), toDay(due));
    return new DecisionClock(due, warning);
  }

  private ClaimRecord claim(long claimId) {
    return claims.findById(claimId).orElseThrow(() -> new IllegalStateException("No claim with id " + claimId));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDays.ZONE));
  }

  static LocalDate toDay(Date date) {
    return date.toInstant().atZone(WorkingDays.ZONE).toLocalDate();
  }
}
