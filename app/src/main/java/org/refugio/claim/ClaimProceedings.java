package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_DUE;
import static org.refugio.claim.AsylumClaimProcess.APPEAL_FILED_ON;
import static org.refugio.claim.AsylumClaimProcess.CLOSURE_DETAIL;
import static org.refugio.claim.AsylumClaimProcess.CLOSURE_REASON;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.refugio.appeal.AppealReviewProcess;
import org.refugio.calendar.Deadlines;
import org.refugio.engine.FieldError;
import org.refugio.security.ClaimAccessGrants;
import org.refugio.security.CurrentUser;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a claim from outside its queues: an appeal filed at the desk, a withdrawal (desistimiento), the
 * applicant's death, an authorized transfer to another state's office. Each checks the claim's state first and
 * refuses with the reason when the law does not allow it.
 */
@Service
public class ClaimProceedings {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Logger log = LoggerFactory.getLogger(ClaimProceedings.class);

  private final ClaimStatusService statusService;
  private final ClaimMapper claims;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final OfficeMapper offices;
  private final ClaimAccessGrants accessGrants;
  private final SystemAuthentication system;
  private final Deadlines deadlines;
  private final Clock clock;

  ClaimProceedings(ClaimStatusService statusService, ClaimMapper claims, RuntimeService runtimeService,
      TaskService taskService, IdentityService identityService, OfficeMapper offices, ClaimAccessGrants accessGrants,
      SystemAuthentication system, Deadlines deadlines, Clock clock) {
    this.statusService = statusService;
    this.claims = claims;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.offices = offices;
    this.accessGrants = accessGrants;
    this.system = system;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** Records a recurso de revisión filed on the given day (today if none) and sends it to the legal unit. */
  @Transactional
  public void fileAppeal(String caseNumber, LocalDate filedOn, CurrentUser user) {
    ClaimRecord claim = openClaimFor(caseNumber, user);
    LocalDate day = filedOn != null ? filedOn : today();
    if (day.isAfter(today())) {
      throw new ClaimConflictException("La fecha de presentación del recurso no puede ser futura.");
    }
    if (claim.appealDue() == null) {
      throw new ClaimConflictException("El expediente " + caseNumber + " no tiene una resolución notificada: "
          + "solo se puede recurrir una resolución después de su notificación.");
    }
    if (claim.appealFiledOn() != null) {
      throw new ClaimConflictException("Ya se interpuso un recurso de revisión el "
          + claim.appealFiledOn().format(DAY) + ".");
    }
    if (day.isAfter(claim.appealDue())) {
      throw new ClaimConflictException("El plazo de 15 días hábiles para interponer el recurso de revisión venció el "
          + claim.appealDue().format(DAY) + ": la resolución está firme.");
    }
    claims.setAppealFiled(claim.id(), day);
    deadlines.close(claim.processInstanceId(), APPEAL_DUE.name());
    system.call(() -> runtimeService.createMessageCorrelation(AsylumClaimProcess.MSG_APPEAL)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(Map.of(APPEAL_FILED_ON.name(), day.toString()))
        .correlateWithResult());
  }

  /** Closes the claim because the applicant withdrew it (desistimiento), at any point of the procedure. */
  @Transactional
  public void withdraw(String caseNumber, String detail, CurrentUser user) {
    openClaimFor(caseNumber, user);
    String text = detail == null || detail.isBlank() ? "Desistimiento presentado por la persona solicitante." : detail;
    system.call(() -> runtimeService.createMessageCorrelation(AsylumClaimProcess.MSG_CLAIM_CLOSED_EARLY)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(Map.of(CLOSURE_REASON.name(), ClosureReason.WITHDRAWAL.name(), CLOSURE_DETAIL.name(), text))
        .correlateWithResult());
  }

  /**
   * Closes the claim because the principal applicant died, through the same early closure as a withdrawal, at any
   * point of the procedure.
   */
  @Transactional
  public void recordDeath(String caseNumber, LocalDate dateOfDeath, String detail, CurrentUser user) {
    ClaimRecord claim = openClaimFor(caseNumber, user);
    if (dateOfDeath == null) {
      throw new InvalidRequestException("No se registró el fallecimiento; corrija los campos indicados.",
          List.of(new FieldError("dateOfDeath", "Indique la fecha del fallecimiento (AAAA-MM-DD).")));
    }
    if (dateOfDeath.isAfter(today())) {
      throw new InvalidRequestException("No se registró el fallecimiento; corrija los campos indicados.",
          List.of(new FieldError("dateOfDeath", "La fecha del fallecimiento no puede ser futura.")));
    }
    claims.recordDeath(claim.id(), dateOfDeath);
    String text = "Fallecimiento de la persona solicitante el " + dateOfDeath.format(DAY) + "."
        + (detail == null || detail.isBlank() ? "" : " " + detail.strip());
    system.call(() -> runtimeService.createMessageCorrelation(AsylumClaimProcess.MSG_CLAIM_CLOSED_EARLY)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(Map.of(CLOSURE_REASON.name(), ClosureReason.DEATH.name(), CLOSURE_DETAIL.name(), text))
        .correlateWithResult());
    log.info("Claim {} closed: death of the applicant", caseNumber);
  }

  /**
   * Moves the claim to another state's office after an authorized change of residence: the claim keeps its case
   * number, and its open tasks, its next tasks and its office's read access go to the new office.
   */
  @Transactional
  public ClaimTransfer transfer(String caseNumber, String officeCode, LocalDate authorizedOn, String reason,
      CurrentUser user) {
    ClaimRecord claim = openClaimFor(caseNumber, user);
    List<FieldError> errors = new ArrayList<>();
    String to = officeCode == null ? "" : officeCode.strip().toUpperCase(Locale.ROOT);
    Optional<Office> office = to.isEmpty() ? Optional.empty() : offices.findByCode(to);
    if (to.isEmpty()) {
      errors.add(new FieldError("office", "Indique la oficina de destino (por ejemplo: CDMX)."));
    } else if (office.isEmpty()) {
      errors.add(new FieldError("office", "La oficina " + to + " no existe; use el código de una oficina de la "
          + "COMAR (" + String.join(", ", offices.findAll().stream().map(Office::code).toList()) + ")."));
    }
    if (authorizedOn == null) {
      errors.add(new FieldError("authorizedOn", "Indique la fecha en que se autorizó el cambio de residencia."));
    } else if (authorizedOn.isAfter(today())) {
      errors.add(new FieldError("authorizedOn", "La fecha de autorización no puede ser futura."));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", "Indique el motivo del traslado autorizado."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró el traslado; corrija los campos indicados.", errors);
    }
    claims.lockClaim(claim.id());
    String from = claims.findById(claim.id()).orElseThrow().officeCode();
    if (from.equals(to)) {
      throw new ClaimConflictException("El expediente " + caseNumber + " ya pertenece a la oficina de "
          + office.get().name() + ": no hay nada que trasladar.");
    }
    claims.setOffice(claim.id(), to);
    claims.movePresentationSchedule(claim.id(), to);
    claims.insertTransfer(claim.id(), from, to, authorizedOn, reason.strip(), user.userId());
    system.call(() -> {
      moveInstances(caseNumber, from, to);
      moveTasks(caseNumber, from, to);
      return null;
    });
    if (claim.processInstanceId() != null) {
      accessGrants.moveOffice(claim.processInstanceId(), from, to);
    }
    log.info("Claim {} transferred from {} to {}", caseNumber, from, to);
    List<ClaimTransfer> transfers = claims.findTransfers(claim.id());
    return transfers.get(transfers.size() - 1);
  }

  /** The claim's instances (its asylum-claim and an appeal it called) take their next tasks from the new office. */
  private void moveInstances(String caseNumber, String from, String to) {
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list()) {
      Map<String, Object> variables = runtimeService.getVariables(instance.getId());
      if (AsylumClaimProcess.OFFICE.from(variables) == null) {
        continue;
      }
      if (instance.getProcessDefinitionId().startsWith(AppealReviewProcess.KEY + ":")
          && AppealReviewProcess.DECIDING_OFFICE.from(variables) == null) {
        // the appeal is still decided by a unit other than the office that decided, which is the old one
        runtimeService.setVariable(instance.getId(), AppealReviewProcess.DECIDING_OFFICE.name(),
            from);
      }
      runtimeService.setVariable(instance.getId(), AsylumClaimProcess.OFFICE.name(), to);
    }
  }

  /** Every open task queued for an office group of the old office goes to the same role's group at the new one. */
  private void moveTasks(String caseNumber, String from, String to) {
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (link.getGroupId() == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        for (Role role : Role.values()) {
          if (role.officeScoped() && role.groupId(from).equals(link.getGroupId())) {
            taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
            accessGrants.revokeTask(task.getId(), link.getGroupId());
            taskService.addCandidateGroup(task.getId(), role.groupId(to));
          }
        }
      }
      if (task.getAssignee() != null && movedAway(task.getAssignee(), from)) {
        // an officer of the old office had taken it: it goes back to the new office's queue
        String assignee = task.getAssignee();
        taskService.setAssignee(task.getId(), null);
        accessGrants.revokeTaskForUser(task.getId(), assignee);
      }
    }
  }

  /** Whether the user works at the old office (in any of its groups): such a user keeps no task of the claim. */
  private boolean movedAway(String userId, String from) {
    for (Role role : Role.values()) {
      if (role.officeScoped()
          && identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId(from)).count() > 0) {
        return true;
      }
    }
    return false;
  }

  private ClaimRecord openClaimFor(String caseNumber, CurrentUser user) {
    ClaimRecord claim = statusService.readableClaim(caseNumber, user);
    if (!user.hasRole(Role.REGISTRATION, claim.officeCode()) && !user.hasRole(Role.LEGAL, claim.officeCode())) {
      throw new AccessDeniedException("Solo el personal de registro de la oficina o la unidad jurídica pueden "
          + "registrar esta actuación.");
    }
    if ("CLOSED".equals(claim.status())) {
      throw new ClaimConflictException("El expediente " + caseNumber + " está cerrado.");
    }
    return claim;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClaimService.ZONE));
  }
}
