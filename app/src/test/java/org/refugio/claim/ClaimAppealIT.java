package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A family's claim decided with one dependant decided separately, appealed at the desk, revoked by the legal unit and
 * notified by the office: through the officers' own queues (the engine's REST API, as Tasklist calls it) and the API.
 */
class ClaimAppealIT extends IntegrationTest {

  private static final String LONG_GROUNDS = "Con fundamento en la Ley sobre Refugiados, Protección Complementaria y "
      + "Asilo Político, por las razones expuestas en la evaluación y la información del país de origen consultada.";

  @Autowired
  ObjectMapper json;

  @Test
  void shouldGiveEachPersonTheirOutcomeAndApplyTheAppealsNewOutcomeWhenTheLegalUnitRevokes() throws Exception {
    // Given a claim of a mother, her son and her husband
    Map<String, Object> family = Claims.valid("TAP");
    Map<String, Object> husband = Claims.person("Óscar", "Martínez Ruiz", "M", "1987-08-09", "HN");
    husband.put("relationship", "SPOUSE");
    @SuppressWarnings("unchecked")
    List<Object> dependants = (List<Object>) family.get("dependants");
    dependants.add(husband);
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", family).getBody())
        .get("caseNumber").asText();
    String instance = processInstanceOf(caseNumber);
    awaitJobs(instance);

    // Then the status lists each person, none with an outcome yet
    JsonNode people = status(caseNumber).get("people");
    assertThat(people).hasSize(3);
    assertThat(people.findValuesAsText("outcome")).isEmpty();
    long son = personId(people, "José Martínez");
    long husbandId = personId(people, "Óscar Martínez Ruiz");
    long principal = personId(people, "Ana Lucía Martínez Núñez");

    // When the eligibility officer decides the son's claim separately
    String outcomePath = "/api/claims/" + caseNumber + "/dependants/" + son + "/outcome";
    Map<String, Object> separate = Map.of("outcome", "COMPLEMENTARY_PROTECTION", "grounds",
        "El niño corre un riesgo propio de reclutamiento forzado por la pandilla, distinto del de su madre.");
    assertThat(put("registrationTap", outcomePath, separate).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("eligibilityCdmx", outcomePath, separate).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("eligibilityTap", "/api/claims/" + caseNumber + "/dependants/" + principal + "/outcome", separate)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(put("eligibilityTap", outcomePath, Map.of("outcome", "ASYLUM", "grounds", "x")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(put("eligibilityTap", "/api/claims/" + caseNumber + "/dependants/999999/outcome", separate)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> decided = put("eligibilityTap", outcomePath, separate);

    // Then the status shows it
    assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(person(json.readTree(decided.getBody()).get("people"), son).get("outcome").asText())
        .isEqualTo("COMPLEMENTARY_PROTECTION");
    assertThat(person(json.readTree(decided.getBody()).get("people"), son).get("decidedSeparately").asBoolean())
        .isTrue();

    // When the claim is refused and the resolution issued
    String today = LocalDate.now(ClaimService.ZONE).toString();
    submitOk("eligibilityTap", claimTask("eligibilityTap", caseNumber, "user_conduct_interview"), Map.of(
        "interviewDate", today, "interpreterUsed", false, "interviewSummary",
        "La persona relata amenazas de una pandilla tras negarse a pagar extorsión; el relato es coherente."));
    submitOk("eligibilityTap", claimTask("eligibilityTap", caseNumber, "user_assess_claim"), Map.of(
        "credibility", "PARTLY_CREDIBLE", "proposedOutcome", "NOT_RECOGNIZED", "assessment",
        "No se acredita un temor fundado de persecución por alguno de los motivos de la Convención; " + LONG_GROUNDS));
    submitOk("reviewTap", claimTask("reviewTap", caseNumber, "user_review_assessment"), Map.of("reviewApproved", true));
    submitOk("reviewTap", claimTask("reviewTap", caseNumber, "user_decide_claim"), Map.of("outcome", "NOT_RECOGNIZED",
        "resolutionGrounds", "No se reconoce la condición de refugiado. " + LONG_GROUNDS));
    awaitJobs(instance);

    // Then the husband shares his wife's outcome and the son keeps his own; no one can be decided separately now
    JsonNode resolved = status(caseNumber).get("people");
    assertThat(person(resolved, principal).get("outcome").asText()).isEqualTo("NOT_RECOGNIZED");
    assertThat(person(resolved, husbandId).get("outcome").asText()).isEqualTo("NOT_RECOGNIZED");
    assertThat(person(resolved, husbandId).get("decidedSeparately").asBoolean()).isFalse();
    assertThat(person(resolved, son).get("outcome").asText()).isEqualTo("COMPLEMENTARY_PROTECTION");
    ResponseEntity<String> late = put("eligibilityTap", "/api/claims/" + caseNumber + "/dependants/" + husbandId
        + "/outcome", separate);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(late.getBody()).get("message").asText()).contains("ya se emitió");

    submitOk("registrationTap", claimTask("registrationTap", caseNumber, "user_notify_resolution"), Map.of(
        "notificationDate", today, "notificationMethod", "IN_PERSON", "applicantUnderstood", true));

    // When the applicant appeals at the desk
    ResponseEntity<String> appealed = post("registrationTap", "/api/claims/" + caseNumber + "/appeal",
        Map.of("filedOn", today));
    assertThat(appealed.getStatusCode()).as(appealed.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    // the appeal window was met: it is no longer a running deadline
    assertThat(jdbc.queryForObject("select status from refugio.deadline where business_key = ? and name = 'appealDue'",
        String.class, caseNumber)).isEqualTo("MET");

    // Then the appeal waits in the national legal unit's queue, which Tapachula's officers do not see
    JsonNode legalQueue = json.readTree(get("legalCdmx", "/engine-rest/task?candidateGroup=legal&unassigned=true"
        + "&processInstanceBusinessKey=" + caseNumber).getBody());
    assertThat(legalQueue).hasSize(1);
    assertThat(legalQueue.get(0).get("taskDefinitionKey").asText()).isEqualTo("user_decide_appeal");
    assertThat(json.readTree(get("eligibilityTap", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
        .getBody())).isEmpty();
    // as the legal unit's Tasklist filter shows it
    JsonNode filters = json.readTree(get("legalCdmx", "/engine-rest/filter?resourceType=Task").getBody());
    String legalFilter = null;
    for (JsonNode filter : filters) {
      if ("Unidad jurídica — recursos de revisión".equals(filter.get("name").asText())) {
        legalFilter = filter.get("id").asText();
      }
    }
    assertThat(legalFilter).as("the legal unit's filter in %s", filters).isNotNull();
    assertThat(json.readTree(get("legalCdmx", "/engine-rest/filter/" + legalFilter + "/list").getBody())
        .findValuesAsText("id")).contains(legalQueue.get(0).get("id").asText());

    // When the legal unit revokes and recognizes the family under the expanded definition
    String appealTask = claimTask("legalCdmx", caseNumber, "user_decide_appeal");
    ResponseEntity<String> incomplete = submit("legalCdmx", appealTask, Map.of("appealResult", "REVOKED",
        "appealGrounds", LONG_GROUNDS));
    assertThat(incomplete.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(json.readTree(incomplete.getBody()).get("message").asText()).contains("Sentido de la nueva resolución");
    submitOk("legalCdmx", appealTask, Map.of("appealResult", "REVOKED", "appealOutcome", "RECOGNIZED_CARTAGENA",
        "appealGrounds", "La violencia generalizada en la colonia de residencia está documentada. " + LONG_GROUNDS));
    String appealInstance = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance)
        .singleResult().getId();
    awaitJobs(appealInstance);

    // Then the office's registration officers notify the appeal's resolution, recording a reported nullity suit
    String notifyTask = claimTask("registrationTap", caseNumber, "user_notify_appeal_result");
    submitOk("registrationTap", notifyTask, Map.of("appealNotificationDate", today, "appealNotificationMethod",
        "IN_PERSON", "appealResultUnderstood", true, "nullitySuitReported", false));

    // And the claim closes with the appeal's outcome, for everyone but the son decided separately
    JsonNode closed = status(caseNumber);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("closureReason").asText()).isEqualTo("DECISION");
    assertThat(closed.get("outcome").asText()).isEqualTo("RECOGNIZED_CARTAGENA");
    assertThat(person(closed.get("people"), principal).get("outcome").asText()).isEqualTo("RECOGNIZED_CARTAGENA");
    assertThat(person(closed.get("people"), husbandId).get("outcome").asText()).isEqualTo("RECOGNIZED_CARTAGENA");
    assertThat(person(closed.get("people"), son).get("outcome").asText()).isEqualTo("COMPLEMENTARY_PROTECTION");
    assertThat(closed.get("documents").findValuesAsText("type"))
        .containsExactly("CONSTANCIA", "RESOLUTION", "APPEAL_RESOLUTION");
    assertThat(jdbc.queryForMap("select appeal_result, appeal_notified_on, nullity_suit_reported from refugio.claim "
        + "where case_number = ?", caseNumber)).containsEntry("appeal_result", "REVOKED")
        .containsEntry("nullity_suit_reported", false);
  }

  @Test
  void shouldNotifyTheAppealAtTheNewOfficeWhenTheClaimMovesWhileTheAppealIsOpen() throws Exception {
    // Given a Tapachula claim whose refusal was appealed
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    String instance = processInstanceOf(caseNumber);
    awaitJobs(instance);
    String today = LocalDate.now(ClaimService.ZONE).toString();
    submitOk("eligibilityTap", claimTask("eligibilityTap", caseNumber, "user_conduct_interview"), Map.of(
        "interviewDate", today, "interviewSummary", "Relato coherente, detallado y consistente con el país."));
    submitOk("eligibilityTap", claimTask("eligibilityTap", caseNumber, "user_assess_claim"), Map.of(
        "credibility", "NOT_CREDIBLE", "proposedOutcome", "NOT_RECOGNIZED", "assessment", LONG_GROUNDS));
    submitOk("reviewTap", claimTask("reviewTap", caseNumber, "user_review_assessment"), Map.of("reviewApproved", true));
    submitOk("reviewTap", claimTask("reviewTap", caseNumber, "user_decide_claim"), Map.of("outcome", "NOT_RECOGNIZED",
        "resolutionGrounds", LONG_GROUNDS));
    awaitJobs(instance);
    submitOk("registrationTap", claimTask("registrationTap", caseNumber, "user_notify_resolution"), Map.of(
        "notificationDate", today, "notificationMethod", "IN_PERSON", "applicantUnderstood", true));
    assertThat(post("registrationTap", "/api/claims/" + caseNumber + "/appeal", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    String appealInstance = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance)
        .singleResult().getId();

    // When the applicant's move to Mexico City is authorized while the legal unit has the appeal
    assertThat(post("registrationTap", "/api/claims/" + caseNumber + "/transfer", Map.of("office", "CDMX",
        "authorizedOn", today, "reason", "Cambio de residencia autorizado.")).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Then the appeal stays with the legal unit, still judged against Tapachula, the office that decided
    assertThat(candidateGroupsOfCurrentTask(appealInstance)).containsExactly("legal");
    assertThat(engine.getRuntimeService().getVariables(appealInstance)).containsEntry("office", "CDMX")
        .containsEntry("decidingOffice", "TAP");
    submitOk("legalCdmx", claimTask("legalCdmx", caseNumber, "user_decide_appeal"), Map.of("appealResult",
        "CONFIRMED", "appealGrounds", "Los agravios no desvirtúan la valoración de la credibilidad. " + LONG_GROUNDS));
    awaitJobs(appealInstance);

    // and Mexico City's registration officers notify its result, not Tapachula's
    assertThat(json.readTree(get("registrationTap", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
        .getBody())).isEmpty();
    submitOk("registrationCdmx", claimTask("registrationCdmx", caseNumber, "user_notify_appeal_result"), Map.of(
        "appealNotificationDate", today, "appealNotificationMethod", "BY_EMAIL", "appealResultUnderstood", true,
        "nullitySuitReported", true, "nullitySuitDetail", "Dice que demandará ante el TFJA en la Ciudad de México."));

    JsonNode closed = json.readTree(get("registrationCdmx", "/api/claims/" + caseNumber).getBody());
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("office").asText()).isEqualTo("CDMX");
    assertThat(closed.get("outcome").asText()).isEqualTo("NOT_RECOGNIZED");
    assertThat(jdbc.queryForMap("select appeal_result, nullity_suit_reported, nullity_suit_detail from refugio.claim "
        + "where case_number = ?", caseNumber)).containsEntry("appeal_result", "CONFIRMED")
        .containsEntry("nullity_suit_reported", true)
        .containsEntry("nullity_suit_detail", "Dice que demandará ante el TFJA en la Ciudad de México.");
  }

  private JsonNode status(String caseNumber) throws Exception {
    return json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody());
  }

  private static long personId(JsonNode people, String name) {
    for (JsonNode person : people) {
      if (name.equals(person.get("name").asText())) {
        return person.get("id").asLong();
      }
    }
    throw new AssertionError("No person named " + name + " in " + people);
  }

  private static JsonNode person(JsonNode people, long id) {
    for (JsonNode person : people) {
      if (person.get("id").asLong() == id) {
        return person;
      }
    }
    throw new AssertionError("No person " + id + " in " + people);
  }

  private ResponseEntity<String> put(String user, String path, Object body) {
    return call(user, HttpMethod.PUT, path, body, Map.of());
  }
}
