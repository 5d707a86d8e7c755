package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.EXPLANATION_ACCEPTED;
import static org.refugio.claim.AsylumClaimProcess.INM_NOTICE_REFERENCE;
import static org.refugio.claim.AsylumClaimProcess.INM_NOTICE_SENT_ON;
import static org.refugio.claim.AsylumClaimProcess.PREVENTION_REPLIED;
import static org.refugio.claim.AsylumClaimProcess.RATIFIED_ON;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * Keeps in the claim what an officer recorded at a milestone with a time limit (ratification, notice to INM, the reply
 * to a prevención) and stops that milestone's clock: listener on the completion of those tasks.
 */
@Component("milestoneRecorder")
@ExpressionBean
public class MilestoneRecorder implements TaskListener {

  private final ClaimClocks clocks;

  MilestoneRecorder(ClaimClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    long claimId = CLAIM_ID.required(task.getExecution());
    String processInstanceId = task.getProcessInstanceId();
    switch (task.getTaskDefinitionKey()) {
      case AsylumClaimProcess.Elements.USER_RATIFY_CLAIM ->
          clocks.ratified(processInstanceId, claimId, day(RATIFIED_ON.required(task)));
      case AsylumClaimProcess.Elements.USER_NOTIFY_INM -> clocks.inmNotified(claimId,
          day(INM_NOTICE_SENT_ON.required(task)), INM_NOTICE_REFERENCE.required(task));
      case AsylumClaimProcess.Elements.USER_ASSESS_PREVENTION_REPLY -> {
        boolean replied = Boolean.TRUE.equals(PREVENTION_REPLIED.from(task));
        boolean accepted = Boolean.TRUE.equals(EXPLANATION_ACCEPTED.from(task));
        if (accepted && !replied) {
          throw new BadUserRequestException("Corrija el formulario: si la persona no respondió la prevención, no hay "
              + "causas que valorar y la solicitud no puede admitirse como justificada.");
        }
        clocks.preventionAssessed(processInstanceId, claimId, replied, accepted, task.getAssignee());
      }
      default -> throw new IllegalStateException("No milestone is recorded at task " + task.getTaskDefinitionKey());
    }
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date.substring(0, 10));
  }
}
