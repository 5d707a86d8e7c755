package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess.Elements;
import org.refugio.claim.ClaimService;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code refugio.claim_step} as a real claim moves: each step where it waits is recorded as the engine records it,
 * with the claim's office and modality; a transfer moves the open step to the new office and leaves the ended ones
 * with the office that worked them; the managers' views read it.
 */
class ClaimStepIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;

  @Test
  void shouldRecordEveryWaitingStepAsTheEngineDoesAndFollowTheClaimsOfficeAndModality() throws Exception {
    // Given a claim registered at Tapachula, triaged, waiting for its interview
    String caseNumber = registerClaim(Claims.valid("TAP"));
    String instance = processInstanceOf(caseNumber);
    String modality = jdbc.queryForObject("select modality from refugio.claim where case_number = ?", String.class,
        caseNumber);
    assertThat(modality).isNotNull();

    // Then its steps are the engine's activity instances at which a claim waits, no gateway or service task, with
    // the same times, at Tapachula, in the claim's modality (set by triage after the first steps started)
    assertThat(steps(instance)).isEqualTo(engineSteps(instance));
    assertThat(column(instance, "office_code")).containsOnly("TAP");
    assertThat(column(instance, "modality")).containsOnly(modality);
    assertThat(openStep(instance, Elements.USER_CONDUCT_INTERVIEW)).isEqualTo("TAP");

    // When Tapachula's officer does the interview, and the claim then moves to Mexico City
    String interview = claimTask("eligibilityTap", caseNumber, Elements.USER_CONDUCT_INTERVIEW);
    submitOk("eligibilityTap", interview, Map.of("interviewDate", today(), "interviewSummary",
        "La persona relata amenazas de una pandilla; el relato es coherente y detallado."));
    awaitJobs(instance);
    String next = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityType("userTask").unfinished().singleResult().getActivityId();
    long tapWaitingBefore = waiting("managerTap", next);
    long cdmxWaitingBefore = waiting("managerCdmx", next);
    ResponseEntity<String> moved = post("registrationTap", "/api/claims/" + caseNumber + "/transfer", Map.of(
        "office", "CDMX", "authorizedOn", today(), "reason", "Cambio de residencia autorizado: reunificación."));
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);

    // Then the interview stays with Tapachula, which did it, ended as the engine ended it; the step it waits at now
    // is Mexico City's
    assertThat(steps(instance)).isEqualTo(engineSteps(instance));
    assertThat(jdbc.queryForObject("select office_code from refugio.claim_step where process_instance_id = ? and "
        + "activity_id = ? and ended_at is not null", String.class, instance, Elements.USER_CONDUCT_INTERVIEW))
        .isEqualTo("TAP");
    assertThat(openStep(instance, next)).isEqualTo("CDMX");

    // and the managers see it so: one more claim waiting there at Mexico City, one less at Tapachula, in the
    // bottleneck figures and in their drill-down
    assertThat(waiting("managerCdmx", next)).isEqualTo(cdmxWaitingBefore + 1);
    assertThat(waiting("managerTap", next)).isEqualTo(tapWaitingBefore - 1);
    assertThat(waitingClaims("managerCdmx", next)).isEqualTo(cdmxWaitingBefore + 1);
    assertThat(waitingClaims("managerTap", next)).isEqualTo(tapWaitingBefore - 1);
    JsonNode backlog = json.readTree(get("managerCdmx", "/api/insight/backlog").getBody());
    assertThat(backlog).anySatisfy(row -> {
      assertThat(row.get("office").asText()).isEqualTo("CDMX");
      assertThat(row.get("step").asText()).isEqualTo(next);
    });
  }

  /** The claim's recorded steps: activity, type, start and end (ms), duration. */
  private List<String> steps(String instance) {
    return jdbc.queryForList("select activity_instance_id || ' ' || activity_id || ' ' || activity_type || ' ' || "
        + "(extract(epoch from started_at) * 1000)::bigint || ' ' || coalesce((extract(epoch from ended_at) * 1000)"
        + "::bigint::text, '-') || ' ' || coalesce(duration_ms::text, '-') from refugio.claim_step "
        + "where process_instance_id = ? order by 1", String.class, instance);
  }

  /** The same from the engine's history, for the activity types at which a claim waits. */
  private List<String> engineSteps(String instance) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance).list()
        .stream().filter(a -> ClaimStepHistory.WAITING_TYPES.contains(a.getActivityType()))
        .map(ClaimStepIT::line).sorted().collect(Collectors.toList());
  }

  private static String line(HistoricActivityInstance a) {
    return a.getId() + " " + a.getActivityId() + " " + a.getActivityType() + " " + a.getStartTime().getTime() + " "
        + (a.getEndTime() == null ? "-" : String.valueOf(a.getEndTime().getTime())) + " "
        + (a.getEndTime() == null ? "-" : String.valueOf(a.getDurationInMillis()));
  }

  private List<String> column(String instance, String column) {
    return jdbc.queryForList("select " + column + " from refugio.claim_step where process_instance_id = ?",
        String.class, instance);
  }

  private String openStep(String instance, String activityId) {
    return jdbc.queryForObject("select office_code from refugio.claim_step where process_instance_id = ? and "
        + "activity_id = ? and ended_at is null", String.class, instance, activityId);
  }

  /** Claims waiting at the activity now, in the manager's bottleneck figures. */
  private long waiting(String manager, String activityId) throws Exception {
    LocalDate today = LocalDate.now(ClaimService.ZONE);
    ResponseEntity<String> response = get(manager, "/api/insight/bottlenecks?from=" + today.minusDays(30) + "&to="
        + today);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    for (JsonNode activity : json.readTree(response.getBody())) {
      if (activity.get("activityId").asText().equals(activityId)) {
        return activity.get("waiting").asLong();
      }
    }
    return 0;
  }

  /** The same, as the drill-down's total of claims waiting there. */
  private long waitingClaims(String manager, String activityId) throws Exception {
    ResponseEntity<String> response = get(manager, "/api/insight/claims?metric=waiting&activityId=" + activityId);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody()).get("total").asLong();
  }

  private static String today() {
    return LocalDate.now(ClaimService.ZONE).toString();
  }
}
