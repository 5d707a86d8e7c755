package org.refugio.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Demo users of the default run: password = user id, an address that can never receive mail. */
public final class DemoUsers {

  private DemoUsers() {
  }

  /** Creates the user unless it exists, and makes it a member of each group it is not yet in. */
  public static void ensure(IdentityService identityService, String id, String firstName, String lastName,
      String... groupIds) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id.toLowerCase() + "@demo.refugio.invalid");
      user.setPassword(id);
      identityService.saveUser(user);
    }
    for (String groupId : groupIds) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(id, groupId);
      }
    }
  }
}
