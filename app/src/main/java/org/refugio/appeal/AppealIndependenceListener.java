package org.refugio.appeal;

import static org.refugio.appeal.AppealReviewProcess.DECIDING_OFFICE;
import static org.refugio.appeal.AppealReviewProcess.OFFICE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.refugio.engine.ExpressionBean;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.refugio.security.Role;
import org.springframework.stereotype.Component;

/**
 * An appeal is decided by a unit other than the one that decided (Ley, recurso de revisión): a member of the deciding
 * office's eligibility or review groups may neither take nor complete it.
 */
@Component("appealIndependence")
@ExpressionBean
public class AppealIndependenceListener implements TaskListener {

  private final IdentityService identityService;
  private final CurrentUsers currentUsers;

  AppealIndependenceListener(IdentityService identityService, CurrentUsers currentUsers) {
    this.identityService = identityService;
    this.currentUsers = currentUsers;
  }

  @Override
  public void notify(DelegateTask task) {
    CurrentUser actor = currentUsers.ofEngine();
    String userId = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || actor == null ? task.getAssignee()
        : actor.userId();
    if (userId == null) {
      return;
    }
    // the office that decided, even when the claim has since moved to another office
    String decidingOffice = DECIDING_OFFICE.from(task.getExecution());
    String office = decidingOffice != null ? decidingOffice : OFFICE.required(task.getExecution());
    long deciding = identityService.createUserQuery().userId(userId)
        .memberOfGroup(Role.ELIGIBILITY.groupId(office)).count()
        + identityService.createUserQuery().userId(userId).memberOfGroup(Role.REVIEW.groupId(office)).count();
    if (deciding > 0) {
      throw new BadUserRequestException("El recurso de revisión debe resolverlo una unidad distinta de la que "
          + "resolvió: " + userId + " pertenece a la oficina que emitió la resolución. Pida a otra persona de la "
          + "unidad jurídica que tome esta tarea.");
    }
  }
}
