package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;
import static org.refugio.claim.AsylumClaimProcess.DECISION_WARNING_DUE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.refugio.calendar.Deadlines;
import org.refugio.calendar.WorkingDays;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one extension of the decision deadline (Ley art. 24): granted by a reviewing supervisor of the claim's office,
 * for a reason the law lists, while the claim is still being decided and its deadline has not run out.
 */
@Service
public class DecisionExtensions {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ClaimStatusService statusService;
  private final ClaimMapper claims;
  private final ClaimClockMapper clocks;
  private final Deadlines deadlines;
  private final LegalDeadlines legal;
  private final RuntimeService runtimeService;
  private final SystemAuthentication system;
  private final Clock clock;

  DecisionExtensions(ClaimStatusService statusService, ClaimMapper claims, ClaimClockMapper clocks,
      Deadlines deadlines, LegalDeadlines legal, RuntimeService runtimeService, SystemAuthentication system,
      Clock clock) {
    this.statusService = statusService;
    this.claims = claims;
    this.clocks = clocks;
    this.deadlines = deadlines;
    this.legal = legal;
    this.runtimeService = runtimeService;
    this.system = system;
    this.clock = clock;
  }

  /** Body of {@code POST /api/claims/{caseNumber}/extension}. */
  public record ExtensionRequest(String reason, String detail) {
  }

  @Transactional
  public DecisionExtension grant(String caseNumber, ExtensionRequest request, CurrentUser user) {
    ExtensionReason reason = validate(request);
    ClaimRecord claim = statusService.readableClaim(caseNumber, user);
    if (!user.hasRole(Role.REVIEW, claim.officeCode())) {
      throw new AccessDeniedException("Solo una persona supervisora (revisión) de la oficina " + claim.officeCode()
          + " puede ampliar el plazo de resolución.");
    }
    if ("CLOSED".equals(claim.status())) {
      throw new ClaimConflictException("El expediente " + caseNumber + " está cerrado.");
    }
    var previous = clocks.findExtension(claim.id());
    if (previous.isPresent()) {
      throw new ClaimConflictException("El plazo de resolución ya se amplió el "
          + previous.get().grantedAt().format(DAY) + " (" + previous.get().businessDays()
          + " días hábiles): la ley permite una sola ampliación.");
    }
    boolean deciding = system.call(() -> {
      ActivityInstance tree = runtimeService.getActivityInstance(claim.processInstanceId());
      return tree != null && tree.getActivityInstances(AsylumClaimProcess.Elements.SUB_DECISION).length > 0;
    });
    var running = deadlines.running(claim.processInstanceId(), DECISION_DUE.name());
    if (!deciding || running.isEmpty()) {
      throw new ClaimConflictException("El expediente " + caseNumber + " no está en instrucción: solo se amplía el "
          + "plazo de una solicitud que aún no tiene resolución firmada.");
    }
    LocalDate previousDue = ClaimClocks.toDay(running.get().dueAt());
    if (today().isAfter(previousDue)) {
      throw new ClaimConflictException("El plazo de resolución venció el " + previousDue.format(DAY)
          + ": la ampliación debe acordarse antes de que venza.");
    }
    int days = legal.businessDays(Milestone.DECISION_EXTENSION, claim.modality());
    Date newDue = system.call(() -> deadlines.extend(claim.processInstanceId(), DECISION_DUE.name(), days));
    if (deadlines.running(claim.processInstanceId(), DECISION_WARNING_DUE.name()).isPresent()) {
      // The alert keeps its share of the longer time: the extension adds the same share of business days.
      int warningExtra = Math.round(days * (float) shareOfDecision(claim) / 100);
      system.call(() -> deadlines.extend(claim.processInstanceId(), DECISION_WARNING_DUE.name(), warningExtra));
    }
    DecisionExtension extension = new DecisionExtension(reason.name(), request.detail().trim(), days, previousDue,
        ClaimClocks.toDay(newDue), user.userId(), OffsetDateTime.now(clock));
    clocks.insertExtension(claim.id(), extension);
    claims.setDecisionDue(claim.id(), extension.newDue());
    return extension;
  }

  private int shareOfDecision(ClaimRecord claim) {
    return legal.of(Milestone.DECISION_WARNING, claim.modality()).amount();
  }

  private static ExtensionReason validate(ExtensionRequest request) {
    List<FieldError> errors = new ArrayList<>();
    ExtensionReason reason = null;
    if (request == null || request.reason() == null || request.reason().isBlank()) {
      errors.add(new FieldError("reason", "Indique el motivo de la ampliación: " + reasons() + "."));
    } else {
      try {
        reason = ExtensionReason.valueOf(request.reason());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("reason", "Motivo desconocido. La ley permite ampliar el plazo por: " + reasons()
            + "."));
      }
    }
    if (request == null || request.detail() == null || request.detail().trim().length() < 10) {
      errors.add(new FieldError("detail", "Explique en al menos 10 caracteres por qué se amplía el plazo."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("El plazo de resolución no se amplió.", errors);
    }
    return reason;
  }

  private static String reasons() {
    StringBuilder text = new StringBuilder();
    for (ExtensionReason reason : ExtensionReason.values()) {
      text.append(text.isEmpty() ? "" : ", ").append(reason.name()).append(" (").append(reason.spanish()).append(')');
    }
    return text.toString();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDays.ZONE));
  }
}
