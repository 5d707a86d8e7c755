package org.refugio.inclusion;

import java.util.Collection;
import java.util.List;
import org.refugio.engine.UnrecordedVariables;
import org.springframework.stereotype.Component;

/**
 * Keeps the person's phone, which the liaison's task shows, out of the engine's history: it lives in the claim, where
 * every read of it is audited.
 */
@Component
class ReferralTaskVariables implements UnrecordedVariables {

  @Override
  public Collection<String> names() {
    return List.of(InclusionReferralsProcess.PERSON_CONTACT.name());
  }
}
