package org.refugio.claim;

import static org.refugio.claim.AsylumClaimProcess.OFFICE;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.refugio.engine.ExpressionBean;
import org.refugio.security.Role;
import org.springframework.stereotype.Component;

/**
 * Names the candidate group of a task from the claim's office: {@code ${officeGroups.of(execution, 'eligibility')}}
 * → {@code eligibilityTap} for a Tapachula claim.
 */
@Component("officeGroups")
@ExpressionBean
public class OfficeGroups {

  public String of(VariableScope scope, String roleGroupId) {
    Role role = Role.valueOf(roleGroupId.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    return role.groupId(OFFICE.required(scope));
  }
}
