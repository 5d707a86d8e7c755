package org.refugio.inclusion.roundtable;

import static org.refugio.inclusion.roundtable.RoundtableAgreementProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of a roundtable and their agreements: each agreement is followed up by a {@code roundtable-agreement}
 * process until it is closed.
 */
@Service
public class RoundtableAgreements {

  /** The priority of a follow-up task once its agreement is overdue (a new one has the engine's default, 50). */
  static final int OVERDUE_PRIORITY = 90;
  private static final int MAX_TEXT = 2000;
  private static final int MAX_MINUTES = 20000;
  private static final Logger log = LoggerFactory.getLogger(RoundtableAgreements.class);

  private final RoundtableService roundtables;
  private final RoundtableMapper mapper;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final SystemAuthentication system;
  private final Clock clock;

  RoundtableAgreements(RoundtableService roundtables, RoundtableMapper mapper, RuntimeService runtimeService,
      TaskService taskService, IdentityService identityService, SystemAuthentication system, Clock clock) {
    this.roundtables = roundtables;
    this.mapper = mapper;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.system = system;
    this.clock = clock;
  }

  /** Records a session and starts the follow-up of each of its agreements; every field error is reported at once. */
  @Transactional
  public RecordedSession recordSession(long id, NewSession body, CurrentUser user) {
    RoundtableRow row = roundtables.row(id);
    if (!roundtables.mayCoordinate(row, user)) {
      throw new AccessDeniedException("Solo la coordinación de la mesa «" + row.name() + "» y el personal nacional "
          + "de inclusión registran sus sesiones.");
    }
    LocalDate today = LocalDate.now(clock);
    List<FieldError> errors = new ArrayList<>();
    NewSession session = body == null ? new NewSession(null, null, null) : body;
    LocalDate heldOn = date("heldOn", session.heldOn(), errors);
    if (heldOn != null && heldOn.isAfter(today)) {
      errors.add(new FieldError("heldOn", "La sesión no puede ser posterior a hoy (" + today + ")."));
    }
    String minutes = session.minutesNote() == null ? "" : session.minutesNote().strip();
    if (minutes.isEmpty() || minutes.length() > MAX_MINUTES) {
      errors.add(new FieldError("minutesNote", "Resuma la minuta de la sesión (de 1 a " + MAX_MINUTES
          + " caracteres)."));
    }
    List<NewSession.NewAgreement> agreements = session.agreements() == null ? List.of() : session.agreements();
    List<Object[]> clean = new ArrayList<>();
    for (int i = 0; i < agreements.size(); i++) {
      String path = "agreements[" + i + "]";
      NewSession.NewAgreement agreement = agreements.get(i);
      if (agreement == null) {
        errors.add(new FieldError(path, "El acuerdo está vacío: quítelo o complételo."));
        continue;
      }
      String text = agreement.text() == null ? "" : agreement.text().strip();
      if (text.isEmpty() || text.length() > MAX_TEXT) {
        errors.add(new FieldError(path + ".text", "Escriba el acuerdo (de 1 a " + MAX_TEXT + " caracteres)."));
      }
      String institution = agreement.responsibleInstitution() == null ? ""
          : agreement.responsibleInstitution().strip().toUpperCase(Locale.ROOT);
      if (institution.isEmpty()) {
        errors.add(new FieldError(path + ".responsibleInstitution",
            "Indique la institución responsable, p. ej. IMSSB."));
      } else if (!mapper.institutionExists(institution)) {
        errors.add(new FieldError(path + ".responsibleInstitution", "La institución " + institution
            + " no existe en el catálogo."));
      }
      LocalDate due = date(path + ".dueDate", agreement.dueDate(), errors);
      if (due != null && heldOn != null && due.isBefore(heldOn)) {
        errors.add(new FieldError(path + ".dueDate", "La fecha compromiso (" + due + ") es anterior a la sesión ("
            + heldOn + ")."));
      }
      clean.add(new Object[] {text, institution, due});
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró la sesión.", errors);
    }
    long sessionId = mapper.insertSession(id, heldOn, minutes, user.userId());
    for (Object[] agreement : clean) {
      long agreementId = mapper.insertAgreement(sessionId, id, (String) agreement[0], (String) agreement[1],
          (LocalDate) agreement[2]);
      String processInstanceId = startFollowUp(row, agreementId);
      mapper.setAgreementProcess(agreementId, processInstanceId);
    }
    List<Agreement> recorded = mapper.findAgreements(id).stream().filter(a -> a.sessionId() == sessionId)
        .map(a -> Agreement.of(a, today)).toList();
    log.info("Roundtable {} session {} recorded with {} agreements", id, sessionId, recorded.size());
    return new RecordedSession(sessionId, id, heldOn, recorded);
  }

  private String startFollowUp(RoundtableRow row, long agreementId) {
    AgreementRow agreement = mapper.findAgreement(agreementId).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    AGREEMENT_ID.put(variables, agreementId);
    ROUNDTABLE_ID.put(variables, row.id());
    ROUNDTABLE_NAME.put(variables, row.name());
    AGREEMENT_TEXT.put(variables, agreement.text());
    RESPONSIBLE_INSTITUTION.put(variables, agreement.responsibleInstitutionName());
    // due at the end of the day: the reminder goes out the morning after
    AGREEMENT_DUE.put(variables, Date.from(agreement.dueDate().plusDays(1).atStartOfDay(ZoneId.systemDefault())
        .toInstant().minusSeconds(1)));
    FOLLOW_UP_GROUPS.put(variables, String.join(",", followUpGroups(row, agreement.responsibleInstitution())));
    // Refugio decided above who may record the session; the engine starts the follow-up on its behalf
    return system.call(() -> runtimeService.startProcessInstanceByKey(KEY, "acuerdo-" + agreementId, variables)
        .getId());
  }

  /**
   * Who follows up an agreement: the roundtable's coordinators, and the liaisons of the responsible institution's
   * theme in the roundtable's state ({@code inclusionChpHealth}) when that group exists.
   */
  Set<String> followUpGroups(RoundtableRow row, String institution) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(row.coordinatorGroupId());
    String theme = mapper.referralTheme(institution).orElse(null);
    if (theme != null && row.stateCode() != null) {
      String liaisons = Role.INCLUSION.groupId() + Role.officeSuffix(row.stateCode())
          + RoundtableTheme.valueOf(theme).groupSuffix();
      if (system.call(() -> identityService.createGroupQuery().groupId(liaisons).count()) > 0) {
        groups.add(liaisons);
      }
    }
    return groups;
  }

  /** The agreements of a roundtable, open ones first, if the user may see the roundtable. */
  public List<Agreement> agreements(long id, CurrentUser user) {
    roundtables.visibleRow(id, user);
    LocalDate today = LocalDate.now(clock);
    return mapper.findAgreements(id).stream().map(a -> Agreement.of(a, today)).toList();
  }

  /** Records a follow-up of an agreement (from its task's form), closing it if so decided. */
  @Transactional
  public void recordProgress(long agreementId, String note, boolean closed, String userId) {
    mapper.findAgreement(agreementId).orElseThrow(() -> new RoundtableNotFoundException(
        "No existe el acuerdo " + agreementId + "."));
    String text = note == null ? "" : note.strip();
    mapper.insertProgress(agreementId, text, closed, userId == null ? "system" : userId);
    mapper.updateAgreement(agreementId, text, closed, closed ? LocalDate.now(clock) : null);
  }

  /** The overdue reminder: the agreement is marked escalated and its open follow-up task moves up the queue. */
  @Transactional
  public void escalate(long agreementId, String processInstanceId) {
    mapper.markEscalated(agreementId);
    taskService.createTaskQuery().processInstanceId(processInstanceId).list()
        .forEach(task -> taskService.setPriority(task.getId(), OVERDUE_PRIORITY));
    log.info("Agreement {} is overdue: its follow-up was escalated", agreementId);
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "Indique la fecha en formato AAAA-MM-DD, p. ej. 2026-12-15."));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "La fecha «" + value + "» no es válida: use el formato AAAA-MM-DD, "
          + "p. ej. 2026-12-15."));
      return null;
    }
  }
}
