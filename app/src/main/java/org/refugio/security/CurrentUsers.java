package org.refugio.security;

import java.util.HashSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: from the API's security context, or from the engine's authentication inside a process. */
@Component
public class CurrentUsers {

  private final IdentityService identityService;

  public CurrentUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user of the current {@code /api} request. */
  public CurrentUser ofRequest() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getDetails() instanceof CurrentUser user) {
      return user;
    }
    throw new AuthenticationCredentialsNotFoundException("No authenticated user");
  }

  /** The user on whose behalf the engine is working (a Tasklist submission), or {@code null} for the job executor. */
  public CurrentUser ofEngine() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    var groups = authentication.getGroupIds() == null ? new HashSet<String>()
        : new HashSet<>(authentication.getGroupIds());
    return new CurrentUser(authentication.getUserId(), groups);
  }
}
