package org.refugio.claim;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * {@code service_register_claim}: stores the claim submitted through the start form and gives the instance its case
 * number. Runs in the officer's own transaction, so a refused registration leaves nothing behind and the officer sees
 * why.
 */
@Component
@ExpressionBean
public class RegisterClaimDelegate implements JavaDelegate {

  private final ClaimService claimService;
  private final RegistrationForm form;
  private final CurrentUsers currentUsers;

  RegisterClaimDelegate(ClaimService claimService, RegistrationForm form, CurrentUsers currentUsers) {
    this.claimService = claimService;
    this.form = form;
    this.currentUsers = currentUsers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CurrentUser user = currentUsers.ofEngine();
    if (user == null) {
      throw new AuthorizationException("Una solicitud solo puede registrarla una persona autenticada.");
    }
    ClaimRegistration registration = form.read(execution);
    try {
      claimService.registerInProcess(registration, user, execution);
    } catch (InvalidClaimException e) {
      // the engine's REST API (and so Tasklist) shows this message to the officer with a 400
      throw new BadUserRequestException(e.getMessage());
    } catch (AccessDeniedException e) {
      throw new AuthorizationException(e.getMessage());
    }
    execution.removeVariables(form.intakeVariables());
  }
}
