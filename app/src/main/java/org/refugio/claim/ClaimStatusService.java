package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_DUE;
import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;
import static org.refugio.claim.AsylumClaimProcess.PREVENTION_REPLY_DUE;
import static org.refugio.claim.AsylumClaimProcess.RATIFICATION_DUE;
import static org.refugio.claim.AsylumClaimProcess.TARGET_DUE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.refugio.calendar.Deadlines;
import org.refugio.calendar.RunningDeadline;
import org.refugio.documents.DocumentService;
import org.refugio.security.CurrentUser;
import org.refugio.security.SystemAuthentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** A claim's status for authorized staff: where it is, its deadlines, its outcome and its documents. */
@Service
public class ClaimStatusService {

  private final ClaimMapper claims;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final DocumentService documents;
  private final SystemAuthentication system;
  private final Deadlines deadlines;
  private final ClaimClockMapper clocks;

  ClaimStatusService(ClaimMapper claims, RuntimeService runtimeService, TaskService taskService,
      DocumentService documents, SystemAuthentication system, Deadlines deadlines, ClaimClockMapper clocks) {
    this.claims = claims;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.documents = documents;
    this.system = system;
    this.deadlines = deadlines;
    this.clocks = clocks;
  }

  /** The claim, if the user may read the claims of its office (their own office, or a national role). */
  public ClaimRecord readableClaim(String caseNumber, CurrentUser user) {
    ClaimRecord claim = claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
    if (!user.mayReadOffice(claim.officeCode())) {
      throw new AccessDeniedException("El expediente " + caseNumber + " pertenece a otra oficina.");
    }
    return claim;
  }

  public ClaimStatus status(String caseNumber, CurrentUser user) {
    ClaimRecord claim = readableClaim(caseNumber, user);
    List<ClaimStatus.Step> steps = claim.processInstanceId() == null || "CLOSED".equals(claim.status())
        ? List.of() : system.call(() -> currentSteps(claim.processInstanceId()));
    List<ClaimStatus.Deadline> known = "OPEN".equals(claim.status()) && claim.processInstanceId() != null
        ? deadlines(claim) : List.of();
    List<ClaimStatus.Document> issued = documents.listForClaim(claim.id()).stream()
        .map(d -> new ClaimStatus.Document(d.id(), d.type().name(), d.sha256(),
            "/api/claims/" + claim.caseNumber() + "/documents/" + d.id()))
        .toList();
    List<ClaimStatus.PersonOutcome> people = claims.findPeople(claim.id()).stream()
        .map(p -> new ClaimStatus.PersonOutcome(p.id(), p.role(), p.relationship(), p.displayName(), p.outcome(),
            p.decidedSeparately()))
        .toList();
    return new ClaimStatus(claim.caseNumber(), claim.officeCode(), claim.status(), steps, claim.modality(),
        claim.priority(), known, claim.outcome(), claim.closureReason(), issued, people,
        claims.findTransfers(claim.id()));
  }

  private List<ClaimStatus.Deadline> deadlines(ClaimRecord claim) {
    List<RunningDeadline> running = deadlines.running(claim.processInstanceId());
    Optional<Date> decisionDue = running.stream().filter(d -> DECISION_DUE.name().equals(d.name()))
        .map(RunningDeadline::dueAt).findFirst();
    Optional<DecisionExtension> extension = clocks.findExtension(claim.id());
    List<ClaimStatus.Deadline> known = new ArrayList<>();
    for (RunningDeadline deadline : running) {
      String key = deadline.name();
      int days = deadline.businessDays();
      String name;
      boolean breached = false;
      if (DECISION_DUE.name().equals(key)) {
        name = "Resolución de la solicitud (" + days + " días hábiles"
            + extension.map(e -> ", ampliado " + e.businessDays() + " por "
                + ExtensionReason.valueOf(e.reason()).spanish().toLowerCase(Locale.ROOT)).orElse("")
            + ")";
        breached = clocks.isDecisionBreached(claim.id());
      } else if (TARGET_DUE.name().equals(key)) {
        if (decisionDue.isPresent() && !deadline.dueAt().before(decisionDue.get())) {
          continue; // the modality has no target shorter than the law's
        }
        name = "Meta interna de la modalidad " + claim.modality() + " (" + days + " días hábiles)";
      } else if (RATIFICATION_DUE.name().equals(key)) {
        name = "Ratificación en persona (" + days + " días hábiles)";
      } else if (PREVENTION_REPLY_DUE.name().equals(key)) {
        name = "Respuesta a la prevención por extemporaneidad (" + days + " días hábiles)";
      } else if (APPEAL_DUE.name().equals(key)) {
        if (claim.appealFiledOn() != null) {
          continue;
        }
        name = "Recurso de revisión (" + days + " días hábiles desde la notificación)";
      } else {
        continue; // internal clocks, such as the reviewers' alert
      }
      known.add(new ClaimStatus.Deadline(key, name, ClaimClocks.toDay(deadline.dueAt()), days, breached));
    }
    known.sort(Comparator.comparing(ClaimStatus.Deadline::dueDate));
    return known;
  }

  private List<ClaimStatus.Step> currentSteps(String processInstanceId) {
    ActivityInstance root = runtimeService.getActivityInstance(processInstanceId);
    if (root == null) {
      return List.of();
    }
    Map<String, Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .collect(Collectors.toMap(Task::getTaskDefinitionKey, Function.identity(), (a, b) -> a));
    List<ClaimStatus.Step> steps = new ArrayList<>();
    collect(root, tasks, steps);
    return steps;
  }

  private static void collect(ActivityInstance instance, Map<String, Task> tasks, List<ClaimStatus.Step> steps) {
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        Task task = tasks.get(child.getActivityId());
        OffsetDateTime due = task == null || task.getDueDate() == null ? null
            : task.getDueDate().toInstant().atZone(ClaimService.ZONE).toOffsetDateTime();
        steps.add(new ClaimStatus.Step(child.getActivityId(), child.getActivityName(), due));
      } else {
        collect(child, tasks, steps);
      }
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      steps.add(new ClaimStatus.Step(transition.getActivityId(), transition.getActivityName(), null));
    }
  }
}
