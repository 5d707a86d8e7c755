package org.refugio.claim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
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
  private final ClaimDeadlines deadlines;

  ClaimStatusService(ClaimMapper claims, RuntimeService runtimeService, TaskService taskService,
      DocumentService documents, SystemAuthentication system, ClaimDeadlines deadlines) {
    this.claims = claims;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.documents = documents;
    this.system = system;
    this.deadlines = deadlines;
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
    List<ClaimStatus.Deadline> known = new ArrayList<>();
    boolean open = "OPEN".equals(claim.status());
    if (open && claim.decisionDue() != null && claim.notifiedOn() == null) {
      known.add(new ClaimStatus.Deadline(
          "Resolución de la solicitud (" + deadlines.decisionBusinessDays() + " días hábiles)", claim.decisionDue()));
    }
    if (open && claim.appealDue() != null && claim.appealFiledOn() == null) {
      known.add(new ClaimStatus.Deadline(
          "Recurso de revisión (" + deadlines.appealBusinessDays() + " días hábiles desde la notificación)",
          claim.appealDue()));
    }
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
