package org.refugio.inclusion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.refugio.casefile.ReadAudit;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimNotFoundException;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.PersonRecord;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.LiaisonGroups;
import org.refugio.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What staff ask of referrals through the API, with who may ask: consents, a claim's referrals, the family's
 * residence and schooling, and the maintained list of reasons. Every read of a claim's referrals is audited.
 */
@Service
public class InclusionRequests {

  private static final Pattern REASON_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
  private static final List<String> SCHOOLING_LEVELS = List.of("NONE", "PRIMARY", "SECONDARY", "UPPER_SECONDARY",
      "HIGHER");

  private final InclusionService inclusion;
  private final InclusionMapper mapper;
  private final ClaimMapper claims;
  private final ReadAudit readAudit;

  InclusionRequests(InclusionService inclusion, InclusionMapper mapper, ClaimMapper claims, ReadAudit readAudit) {
    this.inclusion = inclusion;
    this.mapper = mapper;
    this.claims = claims;
    this.readAudit = readAudit;
  }

  /** Body of {@code POST /api/claims/{caseNumber}/consents}. */
  public record ConsentRequest(String scope, Boolean given, Long personId) {
  }

  /** A consent as recorded. */
  public record RecordedConsent(long id, String caseNumber, Long personId, String scope, boolean given,
      String recordedBy) {
  }

  /** One referral as the API shows it; the contact only to those who work on it. */
  public record ReferralView(long id, Person person, String service, String serviceName, String theme,
      Institution institution, String state, String stateName, String municipality, String status, Outcome outcome,
      java.time.LocalDate dueDate, java.time.OffsetDateTime sentAt) {
  }

  /** The person referred: their name and how to reach them (the claim's phone, unless marked confidential). */
  public record Person(long id, String name, String phone) {
  }

  public record Institution(String code, String name) {
  }

  /** The latest outcome a liaison recorded. */
  public record Outcome(String reason, String detail, java.time.LocalDate followUp, java.time.OffsetDateTime at,
      String by) {
  }

  /** Body of {@code PUT /api/claims/{caseNumber}/residence}. */
  public record ResidenceRequest(String state, String municipality, List<PersonSchooling> people) {
  }

  public record PersonSchooling(Long personId, String schoolingLevel, Boolean certificatesAbroad) {
  }

  /** Body of {@code POST /api/inclusion/referral-reasons}. */
  public record NewReason(String code, String label) {
  }

  public RecordedConsent recordConsent(String caseNumber, ConsentRequest request, CurrentUser user) {
    ClaimRecord claim = claim(caseNumber);
    requireCaseStaff(claim, user, "registrar el consentimiento");
    List<FieldError> errors = new ArrayList<>();
    ConsentScope scope = null;
    if (request == null || request.scope() == null || request.scope().isBlank()) {
      errors.add(new FieldError("scope", "Indique el alcance: ALL, IDENTITY, LABOR, EDUCATION o HEALTH."));
    } else {
      try {
        scope = ConsentScope.valueOf(request.scope().strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("scope", "El alcance «" + request.scope()
            + "» no existe: use ALL, IDENTITY, LABOR, EDUCATION o HEALTH."));
      }
    }
    if (request == null || request.given() == null) {
      errors.add(new FieldError("given", "Indique si la persona otorga (true) o niega (false) su consentimiento."));
    }
    Long personId = request == null ? null : request.personId();
    if (personId != null && claims.findPeople(claim.id()).stream().noneMatch(p -> p.id() == personId)) {
      errors.add(new FieldError("personId", "La persona " + personId + " no pertenece al expediente " + caseNumber
          + "; omita personId para toda la familia."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró el consentimiento.", errors);
    }
    long id = inclusion.recordConsent(claim.id(), caseNumber, personId, scope, request.given(), user.userId());
    return new RecordedConsent(id, caseNumber, personId, scope.name(), request.given(), user.userId());
  }

  /**
   * The claim's referrals: all of them for the claim's office staff and inclusion staff; for a liaison, only those
   * of their state and theme; for anyone else, none (refused). The read is audited either way.
   */
  public List<ReferralView> referrals(String caseNumber, CurrentUser user, String why) {
    ClaimRecord claim = claim(caseNumber);
    List<Referral> all = mapper.findReferralsOfClaim(claim.id());
    boolean caseStaff = isCaseStaff(claim, user);
    List<Referral> visible = caseStaff ? all
        : all.stream().filter(r -> LiaisonGroups.isLiaison(user, r.stateCode(), r.theme()) && wasSent(r)).toList();
    boolean granted = caseStaff || !visible.isEmpty();
    readAudit.record(claim, user, "referrals", why, granted);
    if (!granted) {
      throw new AccessDeniedException("Solo el personal de la oficina " + claim.officeCode()
          + ", el de inclusión y el enlace del estado y tema de una derivación pueden consultar las derivaciones del "
          + "expediente " + caseNumber + ".");
    }
    String phone = mapper.findContactPhone(claim.id()).orElse(null);
    return visible.stream().map(r -> new ReferralView(r.id(), new Person(r.personId(), r.personName(), phone),
        r.service(), InclusionService.serviceName(r.service()), r.theme(),
        new Institution(r.institutionCode(), r.institutionName()), r.stateCode(), r.stateName(), r.municipality(),
        r.status(), r.outcomeAt() == null ? null
            : new Outcome(r.reasonCode(), r.outcomeDetail(), r.followUpOn(), r.outcomeAt(), r.outcomeBy()),
        r.dueDate(), r.sentAt())).toList();
  }

  /** Records where the family lives (and each person's schooling); referrals not yet sent move with them. */
  public InclusionMapper.Residence setResidence(String caseNumber, ResidenceRequest request, CurrentUser user) {
    ClaimRecord claim = claim(caseNumber);
    requireCaseStaff(claim, user, "registrar la residencia");
    List<FieldError> errors = new ArrayList<>();
    String state = request == null || request.state() == null ? null : request.state().strip().toUpperCase();
    if (state == null || state.isEmpty()) {
      errors.add(new FieldError("state", "Indique el estado de residencia con su clave ISO 3166-2:MX sin «MX-» "
          + "(p. ej. CHP para Chiapas)."));
    } else if (mapper.findStateName(state).isEmpty()) {
      errors.add(new FieldError("state", "«" + request.state() + "» no es la clave de un estado (p. ej. CHP, TAB, "
          + "BCN, CMX)."));
    }
    String municipality = request == null || request.municipality() == null || request.municipality().isBlank()
        ? null : request.municipality().strip();
    if (municipality != null && municipality.length() > 120) {
      errors.add(new FieldError("municipality", "El municipio admite como máximo 120 caracteres."));
    }
    List<PersonSchooling> people = request == null || request.people() == null ? List.of() : request.people();
    List<Long> ids = claims.findPeople(claim.id()).stream().map(PersonRecord::id).toList();
    for (int i = 0; i < people.size(); i++) {
      PersonSchooling person = people.get(i);
      if (person.personId() == null || !ids.contains(person.personId())) {
        errors.add(new FieldError("people[" + i + "].personId", "Indique una persona del expediente " + caseNumber
            + "."));
      }
      if (person.schoolingLevel() != null && !SCHOOLING_LEVELS.contains(person.schoolingLevel())) {
        errors.add(new FieldError("people[" + i + "].schoolingLevel", "Use " + String.join(", ", SCHOOLING_LEVELS)
            + "."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró la residencia.", errors);
    }
    inclusion.setResidence(claim.id(), state, municipality, people);
    return new InclusionMapper.Residence(state, municipality);
  }

  /** The maintained reasons, for anyone who records or reads outcomes (SRE staff have no business here). */
  public List<ReferralReason> reasons(CurrentUser user, boolean activeOnly) {
    if (!user.isAdmin() && user.groupIds().stream().allMatch(Role.SRE.groupId()::equals)) {
      throw new AccessDeniedException("La lista de motivos de derivación no es parte de la información de países "
          + "de origen.");
    }
    return mapper.findReasons(activeOnly);
  }

  public ReferralReason addReason(NewReason request, CurrentUser user) {
    requireListKeeper(user);
    List<FieldError> errors = new ArrayList<>();
    String code = request == null || request.code() == null ? null : request.code().strip();
    if (code == null || !REASON_CODE.matcher(code).matches()) {
      errors.add(new FieldError("code", "Use de 2 a 40 mayúsculas, dígitos o «_», empezando por una letra "
          + "(p. ej. NO_INTERPRETER)."));
    }
    String label = request == null || request.label() == null ? null : request.label().strip();
    if (label == null || label.length() < 3 || label.length() > 200) {
      errors.add(new FieldError("label", "Escriba la etiqueta en español, de 3 a 200 caracteres (p. ej. «No hubo "
          + "intérprete»)."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se agregó el motivo.", errors);
    }
    if (mapper.insertReason(code, label, user.userId()) == 0) {
      throw new InclusionConflictException("El motivo " + code + " ya existe; para volver a usarlo, actívelo.");
    }
    return mapper.findReason(code).orElseThrow();
  }

  public ReferralReason setReasonActive(String code, boolean active, CurrentUser user) {
    requireListKeeper(user);
    if (mapper.setReasonActive(code, active) == 0) {
      throw new ReferralNotFoundException("No existe el motivo " + code + ".");
    }
    return mapper.findReason(code).orElseThrow();
  }

  /** A liaison sees a referral only once the person consented and it was sent to them. */
  private static boolean wasSent(Referral referral) {
    return !ReferralStatus.AWAITING_CONSENT.name().equals(referral.status())
        && !ReferralStatus.CANCELLED.name().equals(referral.status());
  }

  private ClaimRecord claim(String caseNumber) {
    return claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
  }

  /** The claim's office staff (or a national role that reads every office) and inclusion staff of its office. */
  private static boolean isCaseStaff(ClaimRecord claim, CurrentUser user) {
    return user.mayReadOffice(claim.officeCode()) || user.hasRole(Role.INCLUSION, claim.officeCode());
  }

  private static void requireCaseStaff(ClaimRecord claim, CurrentUser user, String what) {
    if (!isCaseStaff(claim, user)) {
      throw new AccessDeniedException("Solo el personal de la oficina " + claim.officeCode()
          + " y el de inclusión pueden " + what + " del expediente " + claim.caseNumber() + ".");
    }
  }

  private static void requireListKeeper(CurrentUser user) {
    if (!user.isAdmin() && !user.groupIds().contains(Role.POLICY.groupId())
        && !user.groupIds().contains(Role.INCLUSION.groupId())) {
      throw new AccessDeniedException("Solo administración, políticas o inclusión nacional mantienen la lista de "
          + "motivos.");
    }
  }
}
