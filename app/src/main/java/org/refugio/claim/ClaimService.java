package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.calendar.WorkingDays;
import org.refugio.security.ClaimAccessGrants;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers claims: validates them, gives them a case number, stores the people, and starts their procedure. A
 * registration is one transaction: if any part fails there is neither a claim nor a process instance.
 */
@Service
public class ClaimService {

  /** Mexico City time: deadlines fall due at the end of a business day there. */
  public static final ZoneId ZONE = WorkingDays.ZONE;
  private static final Logger log = LoggerFactory.getLogger(ClaimService.class);
  /** The COI tag of documents about children (V18__coi.sql). */
  static final String CHILDHOOD_TOPIC = "ninez";

  private final ClaimValidator validator;
  private final ClaimMapper claims;
  private final RuntimeService runtimeService;
  private final BusinessCalendar calendar;
  private final LegalDeadlines legal;
  private final ClaimAccessGrants accessGrants;

  ClaimService(ClaimValidator validator, ClaimMapper claims, RuntimeService runtimeService,
      BusinessCalendar calendar, LegalDeadlines legal, ClaimAccessGrants accessGrants) {
    this.validator = validator;
    this.claims = claims;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
    this.legal = legal;
    this.accessGrants = accessGrants;
  }

  /**
   * Registers a claim received through the API and starts its procedure. A request repeating an idempotency key
   * the same user already used returns that claim instead of registering a second one.
   */
  @Transactional
  public RegisteredClaim register(ClaimRegistration registration, String idempotencyKey, CurrentUser user) {
    boolean keyed = idempotencyKey != null && !idempotencyKey.isBlank();
    if (keyed) {
      claims.lockIdempotencyKey(user.userId(), idempotencyKey);
      var existing = claims.findCaseNumberByIdempotencyKey(user.userId(), idempotencyKey);
      if (existing.isPresent()) {
        ClaimRecord claim = claims.findByCaseNumber(existing.get()).orElseThrow();
        return new RegisteredClaim(claim.id(), claim.caseNumber(), false);
      }
    }
    NewClaim claim = validator.validate(registration);
    requireRegistrationRight(user, claim.office());
    Stored stored = store(claim, user.userId());
    ProcessInstance instance = runtimeService.createMessageCorrelation(MSG_CLAIM_REGISTERED)
        .processInstanceBusinessKey(stored.caseNumber())
        .setVariables(stored.variables())
        .correlateStartMessage();
    claims.setProcessInstance(stored.claimId(), instance.getId());
    accessGrants.grantOffice(instance.getId(), claim.office());
    if (keyed) {
      claims.insertIdempotencyKey(user.userId(), idempotencyKey, stored.claimId());
    }
    log.info("Claim {} registered through the API", stored.caseNumber());
    return new RegisteredClaim(stored.claimId(), stored.caseNumber(), true);
  }

  /**
   * Registers a claim submitted through the Tasklist start form, inside the process instance the form started: the
   * instance gets the case number as business key and the claim's variables.
   */
  @Transactional
  public RegisteredClaim registerInProcess(ClaimRegistration registration, CurrentUser user,
      DelegateExecution execution) {
    NewClaim claim = validator.validate(registration);
    requireRegistrationRight(user, claim.office());
    Stored stored = store(claim, user.userId());
    execution.setProcessBusinessKey(stored.caseNumber());
    execution.setVariables(stored.variables());
    claims.setProcessInstance(stored.claimId(), execution.getProcessInstanceId());
    accessGrants.grantOffice(execution.getProcessInstanceId(), claim.office());
    log.info("Claim {} registered through the start form", stored.caseNumber());
    return new RegisteredClaim(stored.claimId(), stored.caseNumber(), true);
  }

  private Stored store(NewClaim claim, String userId) {
    int year = claim.applicationDate().getYear();
    String caseNumber = "%s-%d-%06d".formatted(claim.office(), year, claims.nextSequence(claim.office(), year));
    boolean lateFiling = claim.applicationDate()
        .isAfter(calendar.addBusinessDays(claim.entryDate(), legal.businessDays(Milestone.FILING, null),
            claim.office()));
    LocalDate decisionDue = calendar.addBusinessDays(claim.applicationDate(),
        legal.businessDays(Milestone.DECISION, null), claim.office());
    long claimId = claims.insertClaim(claim, caseNumber, lateFiling, decisionDue, userId);
    claims.insertPerson(claimId, "PRINCIPAL", claim.applicant());
    for (NewClaim.NewPerson dependant : claim.dependants()) {
      claims.insertPerson(claimId, "DEPENDANT", dependant);
    }
    Map<String, Object> variables = new HashMap<>();
    CLAIM_ID.put(variables, claimId);
    CASE_NUMBER.put(variables, caseNumber);
    OFFICE.put(variables, claim.office());
    APPLICANT_NAME.put(variables, claim.applicant().displayName());
    NATIONALITY.put(variables, claim.applicant().nationality());
    LANGUAGE.put(variables, claim.applicant().languages().get(0));
    DETAINED.put(variables, claim.detained());
    LATE_FILING.put(variables, lateFiling);
    FILED_BY_REPRESENTATIVE.put(variables, claim.filedByRepresentative());
    SPECIFIC_NEEDS.put(variables, claim.hasSpecificNeeds());
    APPLICANT_SEX.put(variables, claim.applicant().sex());
    boolean child = claim.applicant().dateOfBirth().plusYears(18).isAfter(claim.applicationDate());
    CHILD_APPLICANT.put(variables, child);
    VIOLENCE_SURVIVOR.put(variables, claim.applicant().specificNeeds().contains(SpecificNeed.VIOLENCE_SURVIVOR.name()));
    String preference = claim.applicant().interpreterGenderPreference();
    INTERPRETER_GENDER_PREFERENCE.put(variables, preference == null ? ClaimValidator.NO_PREFERENCE : preference);
    COI_TOPICS.put(variables, String.join(",", coiTopics(claim.profile(), child)));
    PRIOR_CLAIM.put(variables, claim.priorClaim());
    EXCLUSION_INDICATORS.put(variables, claim.exclusionIndicators());
    DECISION_DUE.put(variables, endOfDay(decisionDue));
    return new Stored(claimId, caseNumber, variables);
  }

  /**
   * The COI topics of a claim: its profile as reported, and {@value #CHILDHOOD_TOPIC} for a child principal. Tag codes
   * only: nothing about the person reaches coi-request or SRE.
   */
  static List<String> coiTopics(List<String> profile, boolean childPrincipal) {
    Set<String> topics = new TreeSet<>(profile);
    if (childPrincipal) {
      topics.add(CHILDHOOD_TOPIC);
    }
    return List.copyOf(topics);
  }

  /** The end of a business day in Mexico City: when a deadline on that day runs out. */
  public static Date endOfDay(LocalDate day) {
    return WorkingDays.endOfDay(day);
  }

  private static void requireRegistrationRight(CurrentUser user, String office) {
    if (!user.hasRole(Role.REGISTRATION, office)) {
      throw new AccessDeniedException("El usuario " + user.userId()
          + " no puede registrar solicitudes en la oficina " + office + ".");
    }
  }

  private record Stored(long claimId, String caseNumber, Map<String, Object> variables) {
  }
}
