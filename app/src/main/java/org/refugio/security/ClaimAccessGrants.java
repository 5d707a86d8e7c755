package org.refugio.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Gives a claim's own office — its caseworkers and its managers — read access to the claim's process instance, so that
 * their queues show the claim's case number and applicant and Cockpit shows the office its claims; nobody at another
 * office gains anything.
 */
@Component
public class ClaimAccessGrants {

  private static final List<Role> OFFICE_READERS = List.of(Role.REGISTRATION, Role.ELIGIBILITY, Role.REVIEW,
      Role.MANAGER);

  private final AuthorizationService authorizationService;
  private final SystemAuthentication system;

  public ClaimAccessGrants(AuthorizationService authorizationService, SystemAuthentication system) {
    this.authorizationService = authorizationService;
    this.system = system;
  }

  /** Moves the claim's read grants from one office's groups to another's: the claim was transferred. */
  public void moveOffice(String processInstanceId, String fromOffice, String toOffice) {
    system.call(() -> {
      for (Role role : OFFICE_READERS) {
        authorizationService.createAuthorizationQuery().groupIdIn(role.groupId(fromOffice))
            .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).list()
            .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      }
      return null;
    });
    grantOffice(processInstanceId, toOffice);
  }

  /**
   * Takes away what a group was given on a task when it became a candidate: the engine keeps that grant when the
   * candidate group is removed.
   */
  public void revokeTask(String taskId, String groupId) {
    system.call(() -> {
      authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.TASK)
          .resourceId(taskId).list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      return null;
    });
  }

  /** Takes away what a user was given on a task as its assignee. */
  public void revokeTaskForUser(String taskId, String userId) {
    system.call(() -> {
      authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
          .resourceId(taskId).list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      return null;
    });
  }

  public void grantOffice(String processInstanceId, String officeCode) {
    system.call(() -> {
      for (Role role : OFFICE_READERS) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(role.groupId(officeCode));
        authorization.setResource(Resources.PROCESS_INSTANCE);
        authorization.setResourceId(processInstanceId);
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
      }
      return null;
    });
  }
}
