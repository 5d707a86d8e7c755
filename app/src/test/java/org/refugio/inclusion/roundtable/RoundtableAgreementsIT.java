package org.refugio.inclusion.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A roundtable session's agreements followed up as tasks by the roundtable's coordinator until closed, escalated
 * when overdue; on a roundtable of its own (Nayarit's education roundtable).
 */
class RoundtableAgreementsIT extends IntegrationTest {

  static final String COORDINATOR = "rtCoordinatorIt";
  private static final ObjectMapper JSON = new ObjectMapper();
  static long roundtableId;

  @BeforeEach
  void roundtableOnce() throws IOException {
    if (roundtableId != 0) {
      return;
    }
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(COORDINATOR);
    user.setFirstName("Coordinación");
    user.setLastName("Prueba");
    user.setPassword(COORDINATOR);
    identity.saveUser(user);
    ResponseEntity<String> created = post("admin", "/api/roundtables", Map.of("name",
        "Mesa de educación de Nayarit (prueba)", "level", "STATE", "stateCode", "NAY", "theme", "EDUCATION",
        "coordinatingInstitution", "SEP"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    roundtableId = JSON.readTree(created.getBody()).get("id").asLong();
    assertThat(post("admin", "/api/roundtables/" + roundtableId + "/members", Map.of("institutionCode", "SEP",
        "userId", COORDINATOR, "external", false, "coordinator", true)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  private JsonNode agreement(long id) throws IOException {
    JsonNode agreements = JSON.readTree(get(COORDINATOR, "/api/roundtables/" + roundtableId + "/agreements")
        .getBody());
    for (JsonNode agreement : agreements) {
      if (agreement.get("id").asLong() == id) {
        return agreement;
      }
    }
    throw new AssertionError("No agreement " + id + " in " + agreements);
  }

  @Test
  void shouldFollowUpAnAgreementUntilTheCoordinatorClosesIt() throws IOException {
    // Given a session with an agreement due in a month
    LocalDate today = LocalDate.now();
    ResponseEntity<String> recorded = post(COORDINATOR, "/api/roundtables/" + roundtableId + "/sessions", Map.of(
        "heldOn", today.toString(), "minutesNote", "Revisión de las inscripciones escolares",
        "agreements", List.of(Map.of("text", "Aceptar la constancia de la COMAR para inscribir", "responsibleInstitution",
            "SEP", "dueDate", today.plusMonths(1).toString()))));
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    long agreementId = JSON.readTree(recorded.getBody()).get("agreements").get(0).get("id").asLong();
    assertThat(agreement(agreementId).get("status").asText()).isEqualTo("OPEN");
    assertThat(agreement(agreementId).get("overdue").asBoolean()).isFalse();

    // Then the coordinator finds it in their queue, due on the agreement's date
    String taskId = taskOf(agreementId).getId();
    assertThat(engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(l -> l.getGroupId()))
        .contains("roundtable" + roundtableId + "Coord");
    assertThat(post(COORDINATOR, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", COORDINATOR))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // When a follow-up without a note is refused, one with progress keeps it open
    ResponseEntity<String> incomplete = submit(COORDINATOR, taskId, Map.of("agreementClosed", false));
    assertThat(incomplete.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(JSON.readTree(incomplete.getBody()).get("message").asText()).contains("Avance o nota de cierre");
    submitOk(COORDINATOR, taskId, Map.of("agreementProgressNote", "Circular enviada a las escuelas",
        "agreementClosed", false));
    assertThat(agreement(agreementId).get("status").asText()).isEqualTo("OPEN");
    assertThat(agreement(agreementId).get("lastNote").asText()).isEqualTo("Circular enviada a las escuelas");

    // And the next follow-up closes it
    String next = taskOf(agreementId).getId();
    post(COORDINATOR, "/engine-rest/task/" + next + "/claim", Map.of("userId", COORDINATOR));
    submitOk(COORDINATOR, next, Map.of("agreementProgressNote", "Las escuelas aceptan la constancia",
        "agreementClosed", true));
    JsonNode closed = agreement(agreementId);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("closedOn").asText()).isEqualTo(today.toString());
    assertThat(jdbc.queryForList("select recorded_by from refugio.roundtable_agreement_progress "
        + "where agreement_id = ? order by id", String.class, agreementId)).containsExactly(COORDINATOR, COORDINATOR);
  }

  @Test
  void shouldEscalateAnAgreementPastItsDueDate() throws IOException {
    LocalDate today = LocalDate.now();
    ResponseEntity<String> recorded = post("admin", "/api/roundtables/" + roundtableId + "/sessions", Map.of(
        "heldOn", today.minusDays(20).toString(), "minutesNote", "Sesión ordinaria",
        "agreements", List.of(Map.of("text", "Revalidar certificados", "responsibleInstitution", "SEP",
            "dueDate", today.minusDays(5).toString()))));
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    long agreementId = JSON.readTree(recorded.getBody()).get("agreements").get(0).get("id").asLong();
    assertThat(agreement(agreementId).get("overdue").asBoolean()).isTrue();

    awaitJobs(processOf(agreementId));

    assertThat(agreement(agreementId).get("escalatedAt").isNull()).isFalse();
    assertThat(taskOf(agreementId).getPriority()).isEqualTo(RoundtableAgreements.OVERDUE_PRIORITY);
    assertThat(agreement(agreementId).get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void shouldReportEveryFieldErrorOfASession() throws IOException {
    ResponseEntity<String> response = post("admin", "/api/roundtables/" + roundtableId + "/sessions", Map.of(
        "heldOn", "2031-13-01", "agreements", List.of(Map.of("responsibleInstitution", "NOPE", "dueDate", "mañana"))));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "heldOn", "minutesNote", "agreements[0].text", "agreements[0].responsibleInstitution",
        "agreements[0].dueDate");
    assertThat(post("eligibilityTap", "/api/roundtables/" + roundtableId + "/sessions", Map.of("heldOn",
        "2026-01-01", "minutesNote", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String processOf(long agreementId) {
    return jdbc.queryForObject("select process_instance_id from refugio.roundtable_agreement where id = ?",
        String.class, agreementId);
  }

  private Task taskOf(long agreementId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processOf(agreementId)).singleResult();
  }
}
