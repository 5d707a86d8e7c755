package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_FILED_ON;
import static org.refugio.claim.AsylumClaimProcess.CLOSURE_DETAIL;
import static org.refugio.claim.AsylumClaimProcess.CLOSURE_REASON;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a claim from outside its queues: an appeal filed at the desk, a withdrawal (desistimiento). Each
 * checks the claim's state first and refuses with the reason when the law does not allow it.
 */
@Service
public class ClaimProceedings {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ClaimStatusService statusService;
  private final ClaimMapper claims;
  private final RuntimeService runtimeService;
  private final SystemAuthentication system;
  private final Clock clock;

  ClaimProceedings(ClaimStatusService statusService, ClaimMapper claims, RuntimeService runtimeService,
      SystemAuthentication system, Clock clock) {
    this.statusService = statusService;
    this.claims = claims;
    this.runtimeService = runtimeService;
    this.system = system;
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
