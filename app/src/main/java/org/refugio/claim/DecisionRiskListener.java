package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.CASE_NUMBER;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.refugio.engine.ExpressionBean;
import org.refugio.engine.InvalidRequestException;
import org.refugio.engine.ProcessVariable;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code user_attend_decision_at_risk}: when the supervisor chose to extend the decision deadline, the
 * extension is granted in their name, with the same checks as {@code POST /api/claims/{caseNumber}/extension}; a
 * refusal keeps the task open and tells them why.
 */
@Component("decisionRisk")
@ExpressionBean
public class DecisionRiskListener implements TaskListener {

  public static final ProcessVariable<String> RISK_ACTION = ProcessVariable.of("riskAction", String.class);
  public static final ProcessVariable<String> RISK_NOTES = ProcessVariable.of("riskNotes", String.class);
  public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.of("extensionReason", String.class);
  /** The choice of {@code riskAction} that extends the deadline. */
  public static final String EXTENSION_GRANTED = "EXTENSION_GRANTED";

  private final DecisionExtensions extensions;
  private final CurrentUsers currentUsers;

  DecisionRiskListener(DecisionExtensions extensions, CurrentUsers currentUsers) {
    this.extensions = extensions;
    this.currentUsers = currentUsers;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EXTENSION_GRANTED.equals(RISK_ACTION.from(task))) {
      return;
    }
    CurrentUser user = currentUsers.ofEngine();
    if (user == null) {
      throw new AuthorizationException("Solo una persona supervisora autenticada puede ampliar el plazo.");
    }
    try {
      extensions.grant(CASE_NUMBER.required(task.getExecution()),
          new DecisionExtensions.ExtensionRequest(EXTENSION_REASON.from(task), RISK_NOTES.from(task)), user);
    } catch (InvalidRequestException | ClaimConflictException e) {
      throw new BadUserRequestException(e.getMessage());
    } catch (AccessDeniedException e) {
      throw new AuthorizationException(e.getMessage());
    }
  }
}
