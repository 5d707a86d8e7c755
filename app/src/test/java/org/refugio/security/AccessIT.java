package org.refugio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees what at start-up: groups, Tasklist filters, the administrators, and the Admin app's set-up page. */
class AccessIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;

  @Test
  void shouldKeepTheAdminSetUpPageClosedOnceTheDemoAdminExists() {
    var response = post(null, "/camunda/api/admin/setup/default/user/create",
        Map.of("profile", Map.of("id", "intruder", "firstName", "X", "lastName", "Y", "email", "x@y.z"),
            "credentials", Map.of("password", "intruder1234")));

    assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void shouldOfferEachOfficerOnlyTheQueuesOfTheirRoleAndOffice() throws Exception {
    assertThat(filterNames("eligibilityTap")).containsExactlyInAnyOrder("Mis tareas", "Elegibilidad — Tapachula");
    assertThat(filterNames("reviewCdmx")).containsExactlyInAnyOrder("Mis tareas", "Revisión — Ciudad de México");
    assertThat(filterNames("supervisorTap")).containsExactlyInAnyOrder("Mis tareas", "Elegibilidad — Tapachula",
        "Revisión — Tapachula");
  }

  @Test
  void shouldLetTheAdministratorSeeEveryOfficesWork() {
    assertThat(get("admin", "/engine-rest/process-definition?key=asylum-claim").getBody()).contains("asylum-claim");
    assertThat(get("admin", "/engine-rest/group?id=eligibilityMty").getBody()).contains("eligibilityMty");
  }

  private List<String> filterNames(String user) throws Exception {
    JsonNode filters = json.readTree(get(user, "/engine-rest/filter").getBody());
    List<String> names = new ArrayList<>();
    filters.forEach(f -> names.add(f.get("name").asText()));
    return names;
  }
}
