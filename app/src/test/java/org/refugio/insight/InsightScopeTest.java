package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which offices a manager's figures cover, from their engine groups. */
class InsightScopeTest {

  @Test
  void shouldCoverTheOfficesOfAnOfficeManager() {
    InsightScope scope = InsightScope.of(Set.of("managerTap", "managerCdmx", "eligibilityTap"));

    assertThat(scope.offices()).containsExactlyInAnyOrder("TAP", "CDMX");
    assertThat(scope.covers("TAP")).isTrue();
    assertThat(scope.covers("GDL")).isFalse();
    assertThat(scope.limitTo(null)).containsExactly("CDMX", "TAP");
  }

  @Test
  void shouldCoverEveryOfficeForANationalManagerOrAnAdministrator() {
    assertThat(InsightScope.of(Set.of("manager")).national()).isTrue();
    assertThat(InsightScope.of(Set.of("admin")).national()).isTrue();
    assertThat(InsightScope.of(Set.of("camunda-admin")).limitTo(null)).isNull();
  }

  @Test
  void shouldCoverNothingForOtherRolesOrLookalikeGroups() {
    assertThat(InsightScope.of(Set.of("eligibilityTap", "review"))).isNull();
    assertThat(InsightScope.of(Set.of("managerTAP", "managers", "managerX"))).isNull();
  }
}
