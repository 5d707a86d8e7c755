package org.refugio.presentation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimNotFoundException;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.ClaimService;
import org.refugio.claim.Outcome;
import org.refugio.documents.DocumentService;
import org.refugio.documents.DocumentType;
import org.refugio.documents.IssuedDocument;
import org.refugio.presentation.PresentationMapper.AssignedSchedule;
import org.refugio.presentation.PresentationWeeks.Misses;
import org.refugio.security.CurrentUser;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;
import org.refugio.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly presentations at the desk: records them (by case number or by the constancia's verification code), shows a
 * claim's record and misses, and lets front desk change the presentation day and office. Front desk (national) and
 * the registration officers of the claim's office record them; everyone who may read the claim sees them.
 */
@Service
public class PresentationService {

  private static final Logger log = LoggerFactory.getLogger(PresentationService.class);

  private final ClaimMapper claims;
  private final PresentationMapper presentations;
  private final DocumentService documents;
  private final OfficeMapper offices;
  private final PresentationPolicy policy;
  private final Clock clock;

  PresentationService(ClaimMapper claims, PresentationMapper presentations, DocumentService documents,
      OfficeMapper offices, PresentationPolicy policy, Clock clock) {
    this.claims = claims;
    this.presentations = presentations;
    this.documents = documents;
    this.offices = offices;
    this.policy = policy;
    this.clock = clock;
  }

  /** The outcome of recording: the presentation, and whether it is new or was already recorded for that day. */
  public record Recorded(PresentationView presentation, boolean created) {
  }

  /** Records that the claim's applicant presented on the day (today, in Mexico City, when {@code null}). */
  @Transactional
  public Recorded record(String caseNumber, LocalDate presentedOn, CurrentUser user) {
    return record(claim(caseNumber), presentedOn, PresentationMethod.DESK, user);
  }

  /** Records today's presentation of the claim whose constancia carries the verification code. */
  @Transactional
  public Recorded recordByCode(String code, CurrentUser user) {
    if (code == null || code.isBlank()) {
      throw new InvalidPresentationException("code", "Indique el código de verificación de la constancia de trámite.");
    }
    IssuedDocument constancia = documents.findByVerificationCode(code)
        .filter(document -> document.type() == DocumentType.CONSTANCIA)
        .orElseThrow(ConstanciaNotFoundException::new);
    ClaimRecord claim = claims.findById(constancia.claimId()).orElseThrow();
    return record(claim, null, PresentationMethod.CONSTANCIA_CODE, user);
  }

  /** The claim's presentations, its schedule, the next expected date and the consecutive misses so far. */
  @Transactional(readOnly = true)
  public PresentationOverview overview(String caseNumber, CurrentUser user) {
    ClaimRecord claim = claim(caseNumber);
    Schedule schedule = schedule(claim);
    if (!mayRecord(user, claim, schedule) && !user.mayReadOffice(claim.officeCode())) {
      throw new AccessDeniedException("El expediente " + caseNumber + " pertenece a otra oficina.");
    }
    return overview(claim, schedule);
  }

  /**
   * Assigns the claim's presentation weekday (Monday to Friday) and office; either may be {@code null} to keep it.
   * The office must be in the claim's state: moving to another state is a transfer that must be authorized.
   */
  @Transactional
  public PresentationOverview assignSchedule(String caseNumber, DayOfWeek weekday, String officeCode,
      CurrentUser user) {
    ClaimRecord claim = claim(caseNumber);
    Schedule current = schedule(claim);
    requireRecordingRight(user, claim, current);
    requireOpen(claim);
    DayOfWeek day = weekday != null ? weekday : current.weekday();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      throw new InvalidPresentationException("weekday",
          "Las oficinas atienden de lunes a viernes: asigne un día entre MONDAY y FRIDAY.");
    }
    String office = officeCode != null ? officeCode : current.officeCode();
    if (!office.equals(claim.officeCode())) {
      Office claimOffice = offices.findByCode(claim.officeCode()).orElseThrow();
      Office wanted = offices.findByCode(office).orElseThrow(() -> new InvalidPresentationException("office",
          "No existe la oficina " + office + "."));
      if (!wanted.state().equals(claimOffice.state())) {
        throw new InvalidPresentationException("office", "La oficina " + wanted.name() + " está en " + wanted.state()
            + " y el expediente en " + claimOffice.state() + ": un cambio de estado requiere autorizar el traslado "
            + "del expediente.");
      }
    }
    presentations.saveSchedule(claim.id(), day.getValue(), office, user.userId());
    log.info("Presentation schedule of claim {} set to {} at {}", claim.caseNumber(), day, office);
    return overview(claim, schedule(claim));
  }

  private Recorded record(ClaimRecord claim, LocalDate presentedOn, PresentationMethod method, CurrentUser user) {
    Schedule schedule = schedule(claim);
    requireRecordingRight(user, claim, schedule);
    requireOpen(claim);
    LocalDate today = today();
    LocalDate day = presentedOn != null ? presentedOn : today;
    if (day.isAfter(today)) {
      throw new InvalidPresentationException("presentedOn", "La fecha de presentación " + day
          + " es posterior a hoy (" + today + "): solo se registran presentaciones ya realizadas.");
    }
    if (day.isBefore(claim.applicationDate())) {
      throw new InvalidPresentationException("presentedOn", "La fecha de presentación " + day
          + " es anterior a la solicitud (" + claim.applicationDate() + ").");
    }
    Optional<Long> inserted = presentations.insertIfAbsent(claim.id(), day, schedule.officeCode(), method,
        user.userId());
    Presentation presentation = presentations.findOnDay(claim.id(), day).orElseThrow();
    if (inserted.isPresent()) {
      log.info("Weekly presentation of claim {} on {} recorded ({})", claim.caseNumber(), day, method);
    }
    return new Recorded(PresentationView.of(claim.caseNumber(), presentation), inserted.isPresent());
  }

  private PresentationOverview overview(ClaimRecord claim, Schedule schedule) {
    List<PresentationView> recorded = presentations.findByClaim(claim.id()).stream()
        .map(p -> PresentationView.of(claim.caseNumber(), p)).toList();
    LocalDate last = recorded.isEmpty() ? null : recorded.get(0).presentedOn();
    boolean required = isOpen(claim) && !claim.detained();
    LocalDate today = today();
    LocalDate registeredOn = registeredOn(claim);
    Misses misses = required ? PresentationWeeks.misses(registeredOn, last, today) : Misses.NONE;
    LocalDate next = required ? PresentationWeeks.nextExpected(registeredOn, schedule.weekday(), last, today) : null;
    return new PresentationOverview(claim.caseNumber(), required,
        new PresentationOverview.Schedule(schedule.weekday(), schedule.officeCode(), schedule.assignedBy(),
            schedule.assignedAt()),
        next, misses.count(), misses.from(), misses.to(), policy.missedForAbandonment(), recorded);
  }

  private ClaimRecord claim(String caseNumber) {
    return claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
  }

  private Schedule schedule(ClaimRecord claim) {
    return presentations.findSchedule(claim.id())
        .map(Schedule::of)
        .orElseGet(() -> new Schedule(PresentationWeeks.defaultWeekday(registeredOn(claim)), claim.officeCode(),
            null, null));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClaimService.ZONE));
  }

  private static LocalDate registeredOn(ClaimRecord claim) {
    return claim.registeredAt().atZoneSameInstant(ClaimService.ZONE).toLocalDate();
  }

  private static boolean isOpen(ClaimRecord claim) {
    return !"CLOSED".equals(claim.status());
  }

  private static void requireOpen(ClaimRecord claim) {
    if (!isOpen(claim)) {
      throw new ClaimClosedException(claim.caseNumber(), closureReason(claim.outcome()));
    }
  }

  private static String closureReason(String outcome) {
    if (outcome == null) {
      return "sin motivo registrado";
    }
    for (Outcome known : Outcome.values()) {
      if (known.name().equals(outcome)) {
        return known.spanish();
      }
    }
    return outcome;
  }

  /** Front desk (a national group), and the registration officers of the claim's office or presentation office. */
  private static boolean mayRecord(CurrentUser user, ClaimRecord claim, Schedule schedule) {
    return user.hasRole(Role.FRONT_DESK, claim.officeCode())
        || user.hasRole(Role.REGISTRATION, claim.officeCode())
        || user.hasRole(Role.REGISTRATION, schedule.officeCode());
  }

  private static void requireRecordingRight(CurrentUser user, ClaimRecord claim, Schedule schedule) {
    if (!mayRecord(user, claim, schedule)) {
      throw new AccessDeniedException("Solo ventanilla y el personal de registro de la oficina "
          + claim.officeCode() + " registran las presentaciones del expediente " + claim.caseNumber() + ".");
    }
  }

  /** The claim's presentation weekday and office: assigned by front desk, or the default. */
  private record Schedule(DayOfWeek weekday, String officeCode, String assignedBy,
      OffsetDateTime assignedAt) {

    static Schedule of(AssignedSchedule assigned) {
      return new Schedule(DayOfWeek.of(assigned.weekday()), assigned.officeCode(), assigned.assignedBy(),
          assigned.assignedAt());
    }
  }
}
