package org.refugio.inclusion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.calendar.WorkingDays;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.Outcome;
import org.refugio.claim.PersonRecord;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals after recognition, as the {@code inclusion-referrals} process drives them: which referrals a family gets
 * (the {@code inclusion-referrals} decision, person by person), whether each may be sent (consent), sending, outcomes
 * and the gaps they leave. What users ask of it through the API is in {@link InclusionRequests}.
 */
@Service
public class InclusionService {

  public static final String DECISION_KEY = "inclusion-referrals";
  /** Specific needs that make a health registration urgent. */
  static final Set<String> HEALTH_NEEDS = Set.of("MEDICAL_URGENT", "DISABILITY", "TORTURE_SURVIVOR", "OLDER_PERSON");
  /** The Spanish names of the services the decision names, as the liaison's task shows them. */
  static final Map<String, String> SERVICE_NAMES = Map.of(
      "PERMANENT_CURP", "CURP permanente",
      "RESIDENCE_CARD", "Tarjeta de residente permanente",
      "SRE_DOCUMENT", "Documento de identidad y viaje",
      "EMPLOYMENT", "Vinculación laboral",
      "SCHOOL_ENROLMENT", "Inscripción escolar",
      "CERTIFICATE_REVALIDATION", "Revalidación de estudios",
      "HEALTH_REGISTRATION", "Afiliación a los servicios públicos de salud");
  /** When a follow-up task comes back on its day (Mexico City time). */
  private static final LocalTime FOLLOW_UP_TIME = LocalTime.of(8, 0);
  private static final int MAX_DETAIL = 1000;
  private static final Logger log = LoggerFactory.getLogger(InclusionService.class);

  private final InclusionMapper mapper;
  private final ClaimMapper claims;
  private final DecisionService decisionService;
  private final RuntimeService runtimeService;
  private final SystemAuthentication system;
  private final BusinessCalendar calendar;
  private final Clock clock;

  InclusionService(InclusionMapper mapper, ClaimMapper claims, DecisionService decisionService,
      RuntimeService runtimeService, SystemAuthentication system, BusinessCalendar calendar, Clock clock) {
    this.mapper = mapper;
    this.claims = claims;
    this.decisionService = decisionService;
    this.runtimeService = runtimeService;
    this.system = system;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Today in Mexico City, where COMAR's days are counted. */
  LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDays.ZONE));
  }

  /**
   * Starts {@code inclusion-referrals} for a claim decided with protection, once: a repeated call (a retried job)
   * starts nothing more. Nothing starts for an outcome without protection.
   */
  public boolean start(long claimId, String caseNumber, String office, String outcome) {
    if (outcome == null || !Outcome.valueOf(outcome).isProtection()) {
      return false;
    }
    return system.call(() -> {
      boolean started = runtimeService.createProcessInstanceQuery().processDefinitionKey(InclusionReferralsProcess.KEY)
          .processInstanceBusinessKey(caseNumber).count() > 0 || !mapper.findReferralsOfClaim(claimId).isEmpty();
      if (started) {
        return false;
      }
      Map<String, Object> variables = new java.util.HashMap<>();
      InclusionReferralsProcess.CLAIM_ID.put(variables, claimId);
      InclusionReferralsProcess.CASE_NUMBER.put(variables, caseNumber);
      InclusionReferralsProcess.OFFICE.put(variables, office);
      InclusionReferralsProcess.OUTCOME.put(variables, outcome);
      runtimeService.startProcessInstanceByKey(InclusionReferralsProcess.KEY, caseNumber, variables);
      log.info("Inclusion referrals started for claim {}", caseNumber);
      return true;
    });
  }

  /**
   * Plans the referrals of every person of the claim who shares a protection outcome: one row per service the
   * decision names for them, in the state where the family lives (the office's state until recorded).
   */
  @Transactional
  public int plan(long claimId, String claimOutcome, String processInstanceId) {
    ClaimRecord claim = claims.findById(claimId).orElseThrow(() -> new IllegalStateException("No claim " + claimId));
    InclusionMapper.Residence residence = residence(claim);
    LocalDate today = today();
    int planned = 0;
    for (PersonRecord person : claims.findPeople(claimId)) {
      String outcome = person.outcome() != null ? person.outcome() : claimOutcome;
      if (outcome == null || !Outcome.valueOf(outcome).isProtection()) {
        continue;
      }
      for (PlannedReferral referral : decide(person, outcome, residence.stateCode(), today)) {
        planned += mapper.insertReferral(claimId, person.id(), referral.theme(), referral.service(),
            referral.institution(), residence.stateCode(), residence.municipality(), referral.dueBusinessDays(),
            processInstanceId);
      }
    }
    log.info("{} referrals planned for claim {}", planned, claim.caseNumber());
    return planned;
  }

  /** The claim's residence, or the office's state when none is recorded. */
  InclusionMapper.Residence residence(ClaimRecord claim) {
    Optional<InclusionMapper.Residence> recorded = mapper.findResidence(claim.id())
        .filter(r -> r.stateCode() != null);
    return recorded.orElseGet(() -> new InclusionMapper.Residence(
        mapper.findOfficeState(claim.officeCode()).orElseThrow(), null));
  }

  /** What the latest deployed {@code inclusion-referrals} decision says for one person. */
  List<PlannedReferral> decide(PersonRecord person, String outcome, String state, LocalDate today) {
    InclusionMapper.Schooling schooling = mapper.findSchooling(person.id())
        .orElse(new InclusionMapper.Schooling(null, false));
    VariableMap variables = Variables.createVariables()
        .putValue("age", Period.between(person.dateOfBirth(), today).getYears())
        .putValue("householdRole", person.role())
        .putValue("schoolingLevel", schooling.schoolingLevel())
        .putValue("certificatesAbroad", schooling.certificatesAbroad())
        .putValue("healthNeeds", person.specificNeeds().stream().anyMatch(HEALTH_NEEDS::contains))
        .putValue("residenceState", state)
        .putValue("outcome", outcome);
    DmnDecisionResult result = system.call(() -> decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(variables).evaluate());
    List<PlannedReferral> planned = new ArrayList<>();
    for (Map<String, Object> row : result.getResultList()) {
      planned.add(new PlannedReferral(person.id(), (String) row.get("service"), (String) row.get("theme"),
          (String) row.get("institution"), ((Number) row.get("dueBusinessDays")).intValue()));
    }
    return planned;
  }

  /** Records the family's residence and schooling; referrals not yet sent go to the new state's liaisons. */
  @Transactional
  public void setResidence(long claimId, String state, String municipality,
      List<InclusionRequests.PersonSchooling> people) {
    mapper.updateResidence(claimId, state, municipality);
    mapper.moveAwaitingReferrals(claimId, state, municipality);
    for (InclusionRequests.PersonSchooling person : people) {
      mapper.updateSchooling(claimId, person.personId(), person.schoolingLevel(),
          Boolean.TRUE.equals(person.certificatesAbroad()));
    }
  }

  /** The ids of the referrals the process instance planned that still wait for consent. */
  public List<Long> awaitingConsent(String processInstanceId) {
    return mapper.findAwaitingConsent(processInstanceId);
  }

  /** GIVEN, REFUSED or NONE: the latest consent that covers the referral's person and theme. */
  public String consentFor(long referralId) {
    Referral referral = referral(referralId);
    Boolean given = mapper.latestConsent(referral.claimId(), referral.personId(), referral.theme());
    return given == null ? "NONE" : given ? "GIVEN" : "REFUSED";
  }

  /** Records one consent and lets every referral of the claim waiting for it check again. */
  @Transactional
  public long recordConsent(long claimId, String caseNumber, Long personId, ConsentScope scope, boolean given,
      String recordedBy) {
    long id = mapper.insertConsent(claimId, personId, scope.name(), given, recordedBy);
    system.call(() -> runtimeService.createMessageCorrelation(InclusionReferralsProcess.CONSENT_RECORDED_MESSAGE)
        .processInstanceBusinessKey(caseNumber).correlateAllWithResult());
    return id;
  }

  /** Records consents entered in the consent task; no process needs telling, it goes on from the task. */
  @Transactional
  public void recordConsentsFromTask(long claimId, Map<Theme, String> answers, String recordedBy) {
    answers.forEach((theme, answer) -> {
      if ("GIVEN".equals(answer) || "REFUSED".equals(answer)) {
        mapper.insertConsent(claimId, null, theme.name(), "GIVEN".equals(answer), recordedBy);
      }
    });
  }

  /** The person refused consent for the referral's theme: it is never sent. */
  public void cancel(long referralId) {
    mapper.markCancelled(referralId);
  }

  /**
   * Sends a consented referral to the liaison of its state and theme, due in the decision's business days. A
   * permanent CURP is not asked of RENAPO again: the referral is linked to the exchange asylum-claim made.
   */
  @Transactional
  public Referral send(long referralId) {
    Referral referral = referral(referralId);
    if (ReferralStatus.AWAITING_CONSENT.name().equals(referral.status())) {
      LocalDate due = calendar.addBusinessDays(today(), referral.dueBusinessDays());
      // asylum-claim asks RENAPO for the principal applicant's permanent CURP: only that referral has an exchange
      long personId = referral.personId();
      boolean principal = claims.findPeople(referral.claimId()).stream()
          .anyMatch(p -> p.id() == personId && p.isPrincipal());
      String interopKey = "PERMANENT_CURP".equals(referral.service()) && principal
          ? mapper.findPermanentCurpExchange(referral.claimId()).orElse(null) : null;
      mapper.markSent(referralId, due, interopKey);
      referral = referral(referralId);
    }
    return referral;
  }

  /** How the liaison reaches the person: the claim's phone, unless it is marked confidential. */
  public Optional<String> contactOf(Referral referral) {
    return mapper.findContactPhone(referral.claimId());
  }

  /** The end of the referral's due day, for the liaison's task and its overdue timer. */
  public static Date dueOf(Referral referral) {
    return WorkingDays.endOfDay(referral.dueDate());
  }

  /**
   * Records the liaison's outcome: attended (closing its open gaps), pending with a reason and a follow-up day, or
   * refused with a reason (a REFUSED gap). Refuses bad input with what to correct, keeping the task open.
   *
   * @return when the follow-up task comes back, for a pending referral; otherwise null
   */
  @Transactional
  public Date recordOutcome(long referralId, String outcome, String reason, String detail, String followUpOn,
      String by) {
    List<String> problems = new ArrayList<>();
    ReferralStatus status = null;
    try {
      status = outcome == null ? null : ReferralStatus.valueOf(outcome);
    } catch (IllegalArgumentException e) {
      status = null;
    }
    if (status != ReferralStatus.ATTENDED && status != ReferralStatus.PENDING && status != ReferralStatus.REFUSED) {
      problems.add("Resultado: elija Atendida, Pendiente o Rechazada.");
    }
    boolean needsReason = status == ReferralStatus.PENDING || status == ReferralStatus.REFUSED;
    String reasonCode = needsReason ? blankToNull(reason) : null;
    if (needsReason && reasonCode == null) {
      problems.add("Motivo: indique por qué quedó pendiente o fue rechazada.");
    } else if (reasonCode != null && mapper.findReason(reasonCode).filter(ReferralReason::active).isEmpty()) {
      problems.add("Motivo: «" + reasonCode + "» no está en la lista de motivos vigentes; elija uno de la lista.");
    }
    LocalDate followUp = null;
    if (status == ReferralStatus.PENDING) {
      try {
        followUp = followUpOn == null || followUpOn.isBlank() ? null : LocalDate.parse(followUpOn.strip());
        if (followUp == null) {
          problems.add("Fecha de seguimiento: indique el día en que la tarea debe volver.");
        } else if (!followUp.isAfter(today()) || followUp.isAfter(today().plusYears(1))) {
          problems.add("Fecha de seguimiento: debe ser posterior a hoy y dentro de un año.");
        }
      } catch (DateTimeParseException e) {
        problems.add("Fecha de seguimiento: use el formato AAAA-MM-DD.");
      }
    }
    String text = blankToNull(detail);
    if (text != null && text.length() > MAX_DETAIL) {
      problems.add("Detalle: máximo " + MAX_DETAIL + " caracteres.");
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("No se registró el resultado de la derivación. Corrija: "
          + String.join(" ", problems));
    }
    if (mapper.updateOutcome(referralId, status.name(), reasonCode, text, followUp, by) == 0) {
      throw new BadUserRequestException("La derivación " + referralId + " ya no espera un resultado.");
    }
    mapper.insertOutcome(referralId, status.name(), reasonCode, text, followUp, by);
    if (status == ReferralStatus.REFUSED) {
      mapper.openGap(referralId, "REFUSED", reasonCode, today());
    } else if (status == ReferralStatus.ATTENDED) {
      mapper.closeGaps(referralId, today());
    }
    return followUp == null ? null : Date.from(followUp.atTime(FOLLOW_UP_TIME).atZone(WorkingDays.ZONE).toInstant());
  }

  /** The due date passed without the referral being attended: an OVERDUE gap; the liaison's task stays. */
  @Transactional
  public void markOverdue(long referralId) {
    mapper.markOverdue(referralId);
    mapper.openGap(referralId, "OVERDUE", null, today());
  }

  public Referral referral(long referralId) {
    return mapper.findReferral(referralId)
        .orElseThrow(() -> new ReferralNotFoundException("No existe la derivación " + referralId + "."));
  }

  public static String serviceName(String service) {
    return SERVICE_NAMES.getOrDefault(service, service);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
