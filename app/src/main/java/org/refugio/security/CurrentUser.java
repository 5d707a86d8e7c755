package org.refugio.security;

import java.util.List;
import java.util.Set;

/**
 * The person behind a request: their user id and the engine groups they belong to, from which their roles and
 * offices follow.
 */
public record CurrentUser(String userId, Set<String> groupIds) {

  public boolean isAdmin() {
    return groupIds.contains(Role.ADMIN.groupId());
  }

  /** Whether the user holds the role nationally or at the given office. */
  public boolean hasRole(Role role, String officeCode) {
    return isAdmin() || groupIds.contains(role.groupId())
        || (role.officeScoped() && groupIds.contains(role.groupId(officeCode)));
  }

  /** Whether the user may see the claims of an office: a member of any of its groups, or of a national group. */
  public boolean mayReadOffice(String officeCode) {
    if (isAdmin()) {
      return true;
    }
    String suffix = Role.officeSuffix(officeCode);
    for (Role role : List.of(Role.REGISTRATION, Role.ELIGIBILITY, Role.REVIEW, Role.MANAGER, Role.ARCHIVE)) {
      if (groupIds.contains(role.groupId()) || groupIds.contains(role.groupId() + suffix)) {
        return true;
      }
    }
    return groupIds.contains(Role.LEGAL.groupId());
  }

  public List<String> groupList() {
    return List.copyOf(groupIds);
  }

}
