package org.refugio.presentation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refugio.claim.ClaimService;
import org.refugio.presentation.PresentationMapper.OverdueClaim;
import org.refugio.presentation.PresentationWeeks.Misses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds the open claims whose applicants missed the configured number of consecutive weekly presentations and signals
 * each one's abandonment. A claim whose signal fails is reported and skipped; it does not stop the others.
 */
@Service
public class PresentationSweep {

  private static final Logger log = LoggerFactory.getLogger(PresentationSweep.class);
  private static final DateTimeFormatter SPANISH_DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));

  private final PresentationMapper presentations;
  private final PresentationPolicy policy;
  private final Clock clock;
  private final AbandonmentSignal signal;

  public PresentationSweep(PresentationMapper presentations, PresentationPolicy policy, Clock clock,
      AbandonmentSignal signal) {
    this.presentations = presentations;
    this.policy = policy;
    this.clock = clock;
    this.signal = signal;
  }

  /** A claim due for abandonment and the weeks its applicant missed. */
  public record Abandonment(String caseNumber, int missedWeeks, LocalDate from, LocalDate to) {

    /** The closure detail, in Spanish, for the claim's file. */
    public String detail() {
      return missedWeeks == 1
          ? "1 presentación semanal no realizada (semana del " + SPANISH_DATE.format(from) + " al "
              + SPANISH_DATE.format(to) + ")"
          : missedWeeks + " presentaciones semanales consecutivas no realizadas (semanas del "
              + SPANISH_DATE.format(from) + " al " + SPANISH_DATE.format(to) + ")";
    }
  }

  /** What a sweep did: the case numbers signalled and those whose signal failed. */
  public record Report(List<String> signalled, List<String> notSignalled) {
  }

  /** The claims due for abandonment today (Mexico City). */
  public List<Abandonment> findDue() {
    LocalDate today = LocalDate.now(clock.withZone(ClaimService.ZONE));
    int threshold = policy.missedForAbandonment();
    List<Abandonment> due = new ArrayList<>();
    for (OverdueClaim claim : presentations.findOverdue(PresentationWeeks.cutoff(today, threshold),
        ClaimService.ZONE.getId())) {
      Misses misses = PresentationWeeks.misses(claim.registeredOn(), claim.lastPresentedOn(), today);
      if (misses.count() >= threshold) {
        due.add(new Abandonment(claim.caseNumber(), misses.count(), misses.from(), misses.to()));
      }
    }
    return due;
  }

  /** Signals every claim due for abandonment; a failure is logged with the case number only and reported. */
  public Report run() {
    List<String> signalled = new ArrayList<>();
    List<String> notSignalled = new ArrayList<>();
    for (Abandonment abandonment : findDue()) {
      try {
        signal.signal(abandonment.caseNumber(), abandonment.detail());
        signalled.add(abandonment.caseNumber());
        log.info("Abandonment of claim {} signalled: {} weeks without presentation", abandonment.caseNumber(),
            abandonment.missedWeeks());
      } catch (RuntimeException e) {
        // the exception's message may quote the claim's variables: the log keeps the case number and the kind only
        notSignalled.add(abandonment.caseNumber());
        log.warn("Abandonment of claim {} could not be signalled ({})", abandonment.caseNumber(),
            e.getClass().getSimpleName());
      }
    }
    if (!notSignalled.isEmpty()) {
      log.warn("Presentation sweep: {} claims signalled, {} could not be signalled", signalled.size(),
          notSignalled.size());
    }
    return new Report(List.copyOf(signalled), List.copyOf(notSignalled));
  }
}
