package org.refugio.insight;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.refugio.security.AccessSetup;
import org.refugio.security.Role;

/**
 * Which offices a manager's figures cover: every office for a national manager (group {@code manager}) or an
 * administrator, the offices of their {@code manager<Office>} groups for an office manager. Read from the user's engine
 * groups alone, so the API and the Cockpit plugin apply the same scope.
 *
 * @param offices the office codes covered, or {@code null} for every office
 */
public record InsightScope(Set<String> offices) {

  /** The scope of a user with these engine groups, or {@code null} when the user manages nothing. */
  public static InsightScope of(Set<String> groupIds) {
    if (groupIds.contains(Role.MANAGER.groupId()) || groupIds.contains(Role.ADMIN.groupId())
        || groupIds.contains(AccessSetup.CAMUNDA_ADMIN)) {
      return new InsightScope(null);
    }
    Set<String> offices = new TreeSet<>();
    String prefix = Role.MANAGER.groupId();
    for (String group : groupIds) {
      // managerTap → TAP: office codes are upper-case letters, the group suffix their capitalised form
      if (group.length() > prefix.length() && group.startsWith(prefix)) {
        String suffix = group.substring(prefix.length());
        String code = suffix.toUpperCase(Locale.ROOT);
        if (code.matches("[A-Z]{2,8}") && Role.officeSuffix(code).equals(suffix)) {
          offices.add(code);
        }
      }
    }
    return offices.isEmpty() ? null : new InsightScope(Set.copyOf(offices));
  }

  public boolean national() {
    return offices == null;
  }

  public boolean covers(String officeCode) {
    return offices == null || offices.contains(officeCode);
  }

  /** The offices a query is limited to: the one asked for, or the scope's ({@code null}: no limit). */
  public List<String> limitTo(String requestedOffice) {
    if (requestedOffice != null) {
      return List.of(requestedOffice);
    }
    return offices == null ? null : List.copyOf(new TreeSet<>(offices));
  }
}
