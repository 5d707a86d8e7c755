package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.ASSESSMENT_AUTHOR;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.refugio.engine.ExpressionBean;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * The four-eyes rule: the officer who drafted an assessment cannot review it. On the assessment task it records the
 * author; on the review task it refuses the author as assignee and as the one who completes it.
 */
@Component("fourEyes")
@ExpressionBean
public class FourEyesListener implements TaskListener {

  private final CurrentUsers currentUsers;

  FourEyesListener(CurrentUsers currentUsers) {
    this.currentUsers = currentUsers;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean assessment = AsylumClaimProcess.Elements.USER_ASSESS_CLAIM.equals(task.getTaskDefinitionKey());
    String actor = actor(task);
    if (assessment) {
      if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
        ASSESSMENT_AUTHOR.on(task.getExecution()).set(actor);
      }
      return;
    }
    String author = ASSESSMENT_AUTHOR.from(task.getExecution());
    String candidate = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : actor;
    if (author != null && author.equals(candidate)) {
      throw new FourEyesViolationException("La revisión debe hacerla una persona distinta de quien elaboró el "
          + "proyecto de resolución (" + author + "). Pida a otra persona supervisora que tome esta tarea.");
    }
  }

  private String actor(DelegateTask task) {
    CurrentUser user = currentUsers.ofEngine();
    return user != null ? user.userId() : task.getAssignee();
  }
}
