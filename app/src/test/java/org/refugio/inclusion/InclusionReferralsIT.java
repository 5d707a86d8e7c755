package org.refugio.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Referrals after recognition, end to end on the running application: consent given, refused or absent decides what
 * is sent; liaisons record outcomes in their tasks; refused and overdue referrals become gaps; each party sees only
 * what their part needs, and every read of the referrals is audited.
 */
class InclusionReferralsIT extends InclusionIntegrationTest {

  private static final String ANA = "Ana Lucía";
  private static final String JOSE = "José";

  @BeforeEach
  void users() {
    ensureUsers();
  }

  @Test
  void shouldSendOnlyConsentedReferralsAndTurnRefusedAndOverdueOnesIntoGaps() throws Exception {
    // Given a recognized family living in Centro, Tabasco, whose referrals are planned and wait for consent
    String caseNumber = registerFamily();
    String instance = startReferrals(caseNumber, "RECOGNIZED_1951");
    JsonNode planned = referrals(INCLUSION_STAFF, caseNumber);
    assertThat(planned.findValuesAsText("status")).containsOnly("AWAITING_CONSENT");
    assertThat(planned.findValuesAsText("state")).containsOnly("TAB");
    assertThat(planned.findValuesAsText("service")).containsExactlyInAnyOrder(
        "PERMANENT_CURP", "RESIDENCE_CARD", "SRE_DOCUMENT", "EMPLOYMENT", "HEALTH_REGISTRATION",
        "PERMANENT_CURP", "RESIDENCE_CARD", "SRE_DOCUMENT", "SCHOOL_ENROLMENT", "HEALTH_REGISTRATION");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(InclusionReferralsProcess.Elements.USER_RECORD_CONSENT).taskCandidateGroup("inclusionVsa")
        .count()).as("the office's inclusion staff are asked to record consent").isOne();

    // When the family consents to health, refuses labor, and says nothing yet of identity and education
    ResponseEntity<String> health = consent(INCLUSION_STAFF, caseNumber, Map.of("scope", "HEALTH", "given", true));
    assertThat(health.getStatusCode()).as(health.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(health.getBody()).get("recordedBy").asText()).isEqualTo(INCLUSION_STAFF);
    assertThat(consent(INCLUSION_STAFF, caseNumber, Map.of("scope", "LABOR", "given", false)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    awaitJobs(instance);

    // Then only the health referrals are sent, with a due date; labor is cancelled; the rest wait, unsent
    assertThat(status(caseNumber, ANA, "HEALTH_REGISTRATION")).isEqualTo("SENT");
    assertThat(status(caseNumber, JOSE, "HEALTH_REGISTRATION")).isEqualTo("SENT");
    assertThat(status(caseNumber, ANA, "EMPLOYMENT")).isEqualTo("CANCELLED");
    assertThat(status(caseNumber, ANA, "RESIDENCE_CARD")).isEqualTo("AWAITING_CONSENT");
    assertThat(status(caseNumber, JOSE, "SCHOOL_ENROLMENT")).isEqualTo("AWAITING_CONSENT");
    JsonNode sent = referrals(INCLUSION_STAFF, caseNumber);
    for (JsonNode referral : sent) {
      assertThat(referral.hasNonNull("dueDate")).as("due date of %s", referral.get("service"))
          .isEqualTo("SENT".equals(referral.get("status").asText()));
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(InclusionReferralsProcess.Elements.USER_ATTEND_REFERRAL).taskCandidateGroup(
            "inclusionTabHealth").count()).as("one task per sent referral, for the Tabasco health liaison").isEqualTo(2);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(InclusionReferralsProcess.Elements.USER_ATTEND_REFERRAL).count()).isEqualTo(2);

    // When the health liaison records Ana's referral refused because a fee was demanded
    String anasTask = liaisonTask(HEALTH_LIAISON, caseNumber, "Ana Lucía Martínez Núñez");
    assertThat(post(HEALTH_LIAISON, "/engine-rest/task/" + anasTask + "/claim", Map.of("userId", HEALTH_LIAISON))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    submitOk(HEALTH_LIAISON, anasTask, Map.of("referralOutcome", "REFUSED", "referralReason", "FEE_DEMANDED",
        "referralDetail", "La clínica pidió una cuota de inscripción."));
    awaitJobs(instance);

    // Then the referral is refused with its reason, and a REFUSED gap names theme, institution, state, municipality
    assertThat(status(caseNumber, ANA, "HEALTH_REGISTRATION")).isEqualTo("REFUSED");
    Map<String, Object> refusedGap = jdbc.queryForMap("select g.kind, g.theme, g.institution_code, g.state_code, "
        + "g.municipality, g.reason_code, g.closed_on from refugio.inclusion_gap g join refugio.referral r on "
        + "r.id = g.referral_id join refugio.person p on p.id = r.person_id join refugio.claim c on c.id = r.claim_id "
        + "where c.case_number = ? and p.given_names = ?", caseNumber, ANA);
    assertThat(refusedGap).containsEntry("kind", "REFUSED").containsEntry("theme", "HEALTH")
        .containsEntry("institution_code", "IMSSB").containsEntry("state_code", "TAB")
        .containsEntry("municipality", "Centro").containsEntry("reason_code", "FEE_DEMANDED")
        .containsEntry("closed_on", null);
    assertThat(jdbc.queryForObject("select count(*) from refugio.referral_outcome o join refugio.referral r on "
        + "r.id = o.referral_id join refugio.claim c on c.id = r.claim_id where c.case_number = ? and "
        + "o.recorded_by = ? and o.status = 'REFUSED'", Integer.class, caseNumber, HEALTH_LIAISON)).isOne();

    // When José's referral passes its due date unattended
    String josesTask = liaisonTask(HEALTH_LIAISON, caseNumber, "José Martínez");
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(InclusionReferralsProcess.Elements.TIMER_REFERRAL_OVERDUE).singleResult();
    engine.getManagementService().executeJob(overdue.getId());

    // Then it is an OVERDUE gap without reason, and the liaison's task stays open for follow-up
    assertThat(status(caseNumber, JOSE, "HEALTH_REGISTRATION")).isEqualTo("OVERDUE");
    assertThat(openGap(caseNumber, JOSE, "OVERDUE")).containsEntry("reason_code", null)
        .containsEntry("state_code", "TAB").containsEntry("institution_code", "IMSSB");
    assertThat(engineTask(josesTask)).as("the follow-up task").isNotNull();

    // And a pending outcome without a reason is refused, saying what to correct, and the task keeps waiting
    ResponseEntity<String> noReason = submit(HEALTH_LIAISON, josesTask, Map.of("referralOutcome", "PENDING"));
    assertThat(noReason.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(json.readTree(noReason.getBody()).get("message").asText()).contains("Motivo");
    assertThat(engineTask(josesTask)).isNotNull();

    // When the institution attends José later
    submitOk(HEALTH_LIAISON, josesTask, Map.of("referralOutcome", "ATTENDED"));
    awaitJobs(instance);

    // Then the referral is attended and its overdue gap closed
    assertThat(status(caseNumber, JOSE, "HEALTH_REGISTRATION")).isEqualTo("ATTENDED");
    assertThat(jdbc.queryForObject("select count(*) from refugio.inclusion_gap g join refugio.referral r on "
        + "r.id = g.referral_id join refugio.person p on p.id = r.person_id join refugio.claim c on c.id = r.claim_id "
        + "where c.case_number = ? and p.given_names = ? and g.kind = 'OVERDUE' and g.closed_on is not null",
        Integer.class, caseNumber, JOSE)).isOne();

    // And the API shows each referral's outcome
    JsonNode outcomes = referrals(INCLUSION_STAFF, caseNumber);
    JsonNode anasHealth = find(outcomes, "Ana Lucía Martínez Núñez", "HEALTH_REGISTRATION");
    assertThat(anasHealth.get("status").asText()).isEqualTo("REFUSED");
    assertThat(anasHealth.at("/outcome/reason").asText()).isEqualTo("FEE_DEMANDED");
    assertThat(anasHealth.at("/institution/code").asText()).isEqualTo("IMSSB");
    assertThat(anasHealth.get("theme").asText()).isEqualTo("HEALTH");
    assertThat(anasHealth.get("municipality").asText()).isEqualTo("Centro");
  }

  @Test
  void shouldShowALiaisonOnlyTheSentReferralsOfTheirStateAndThemeAndAuditEveryRead() throws Exception {
    // Given a family whose health referrals were sent and whose labor referral was never consented
    String caseNumber = registerFamily();
    String instance = startReferrals(caseNumber, "COMPLEMENTARY_PROTECTION");
    consent(INCLUSION_STAFF, caseNumber, Map.of("scope", "HEALTH", "given", true));
    awaitJobs(instance);

    // Then the Tabasco health liaison sees the two health referrals, with the person's name and phone, nothing else
    JsonNode liaisonView = referrals(HEALTH_LIAISON, caseNumber);
    assertThat(liaisonView.findValuesAsText("theme")).containsExactly("HEALTH", "HEALTH");
    assertThat(List.of(liaisonView.get(0).at("/person/name").asText(), liaisonView.get(1).at("/person/name").asText()))
        .containsExactlyInAnyOrder("Ana Lucía Martínez Núñez", "José Martínez");
    java.util.Set<String> personFields = new java.util.HashSet<>();
    liaisonView.get(0).get("person").fieldNames().forEachRemaining(personFields::add);
    assertThat(personFields).as("what the liaison learns of the person").contains("id", "name")
        .isSubsetOf("id", "name", "phone");
    // complementary protection: no SRE identity and travel document for anyone
    assertThat(referrals(INCLUSION_STAFF, caseNumber).findValuesAsText("service")).doesNotContain("SRE_DOCUMENT");

    // And the labor liaison (nothing sent yet), another state's liaison and SRE staff are refused
    for (String outsider : List.of(LABOR_LIAISON, OTHER_STATE_LIAISON, SRE)) {
      ResponseEntity<String> refused = get(outsider, "/api/claims/" + caseNumber + "/referrals");
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("enlace del estado y tema");
    }
    // nor do they see the tasks
    for (String outsider : List.of(LABOR_LIAISON, OTHER_STATE_LIAISON, SRE)) {
      assertThat(json.readTree(get(outsider, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
          .getBody())).as(outsider).isEmpty();
    }

    // And every read, granted or refused, is in the audit
    assertThat(jdbc.queryForObject("select count(*) from refugio.case_file_read where case_number = ? and "
        + "what = 'referrals' and user_id = ? and granted", Integer.class, caseNumber, HEALTH_LIAISON)).isOne();
    assertThat(jdbc.queryForObject("select count(*) from refugio.case_file_read where case_number = ? and "
        + "what = 'referrals' and not granted", Integer.class, caseNumber)).isEqualTo(3);

    // And liaisons and SRE may not record consent
    assertThat(consent(HEALTH_LIAISON, caseNumber, Map.of("scope", "ALL", "given", true)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(consent(SRE, caseNumber, Map.of("scope", "ALL", "given", true)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldSendNothingWithoutConsentAndCancelWhatTheConsentTaskRecordsAsRefused() throws Exception {
    // Given a recognized family at the consent task
    String caseNumber = registerFamily();
    String instance = startReferrals(caseNumber, "RECOGNIZED_CARTAGENA");
    String consentTask = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(InclusionReferralsProcess.Elements.USER_RECORD_CONSENT).singleResult().getId();

    // When the office's inclusion staff record identity refused and nothing else asked yet
    assertThat(post(INCLUSION_STAFF, "/engine-rest/task/" + consentTask + "/claim", Map.of("userId", INCLUSION_STAFF))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    submitOk(INCLUSION_STAFF, consentTask, Map.of("consentIdentity", "REFUSED", "consentLabor", "NOT_ASKED",
        "consentEducation", "NOT_ASKED", "consentHealth", "NOT_ASKED"));
    awaitJobs(instance);

    // Then the identity referrals are cancelled, the others wait unsent, and no liaison has a task
    assertThat(status(caseNumber, ANA, "PERMANENT_CURP")).isEqualTo("CANCELLED");
    assertThat(status(caseNumber, JOSE, "RESIDENCE_CARD")).isEqualTo("CANCELLED");
    assertThat(status(caseNumber, ANA, "EMPLOYMENT")).isEqualTo("AWAITING_CONSENT");
    assertThat(status(caseNumber, JOSE, "SCHOOL_ENROLMENT")).isEqualTo("AWAITING_CONSENT");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isZero();
    assertThat(jdbc.queryForObject("select recorded_by from refugio.inclusion_consent where claim_id = ? and "
        + "scope = 'IDENTITY'", String.class, claimId(caseNumber))).isEqualTo(INCLUSION_STAFF);
    assertThat(jdbc.queryForObject("select count(*) from refugio.referral where claim_id = ? and sent_at is not null",
        Integer.class, claimId(caseNumber))).isZero();
  }

  @Test
  void shouldRefuseBadConsentsAndResidencesWithEachFieldsError() throws Exception {
    String caseNumber = registerFamily();

    ResponseEntity<String> empty = consent(INCLUSION_STAFF, caseNumber, Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(empty.getBody()).get("errors").findValuesAsText("field"))
        .containsExactly("scope", "given");

    ResponseEntity<String> unknown = consent(INCLUSION_STAFF, caseNumber,
        Map.of("scope", "FOOD", "given", true, "personId", 999999999));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(unknown.getBody()).get("errors");
    assertThat(errors.findValuesAsText("field")).containsExactly("scope", "personId");
    assertThat(errors.get(0).get("message").asText()).contains("ALL, IDENTITY, LABOR, EDUCATION o HEALTH");

    assertThat(consent(INCLUSION_STAFF, "VSA-1999-999999", Map.of("scope", "ALL", "given", true)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(jdbc.queryForObject("select count(*) from refugio.inclusion_consent where claim_id = ?",
        Integer.class, claimId(caseNumber))).as("nothing recorded").isZero();

    ResponseEntity<String> badState = call(INCLUSION_STAFF, org.springframework.http.HttpMethod.PUT,
        "/api/claims/" + caseNumber + "/residence", Map.of("state", "XX"), Map.of());
    assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badState.getBody()).get("errors").findValuesAsText("field")).containsExactly("state");
    assertThat(jdbc.queryForObject("select residence_state from refugio.claim where case_number = ?", String.class,
        caseNumber)).as("the recorded residence is kept").isEqualTo("TAB");
  }

  @Test
  void shouldLetOnlyAdminsPolicyAndNationalInclusionMaintainTheReasons() throws Exception {
    JsonNode reasons = json.readTree(get(HEALTH_LIAISON, "/api/inclusion/referral-reasons").getBody());
    assertThat(reasons.findValuesAsText("code")).contains("MISSING_DOCUMENT", "FEE_DEMANDED", "DISCRIMINATION");

    Map<String, String> reason = Map.of("code", "REFERRALS_IT_NO_INTERPRETER", "label", "No hubo intérprete");
    assertThat(post(HEALTH_LIAISON, "/api/inclusion/referral-reasons", reason).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(SRE, "/api/inclusion/referral-reasons").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> bad = post("admin", "/api/inclusion/referral-reasons", Map.of("code", "no interpreter"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field")).containsExactly("code", "label");

    ResponseEntity<String> added = post("admin", "/api/inclusion/referral-reasons", reason);
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(added.getBody()).get("active").asBoolean()).isTrue();
    assertThat(post("admin", "/api/inclusion/referral-reasons", reason).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<String> deactivated = post("admin",
        "/api/inclusion/referral-reasons/REFERRALS_IT_NO_INTERPRETER/deactivation", Map.of());
    assertThat(json.readTree(deactivated.getBody()).get("active").asBoolean()).isFalse();
    assertThat(json.readTree(get(HEALTH_LIAISON, "/api/inclusion/referral-reasons?activeOnly=true").getBody())
        .findValuesAsText("code")).doesNotContain("REFERRALS_IT_NO_INTERPRETER");
  }

  private Map<String, Object> openGap(String caseNumber, String givenNames, String kind) {
    return jdbc.queryForMap("select g.* from refugio.inclusion_gap g join refugio.referral r on r.id = g.referral_id "
        + "join refugio.person p on p.id = r.person_id join refugio.claim c on c.id = r.claim_id "
        + "where c.case_number = ? and p.given_names = ? and g.kind = ? and g.closed_on is null",
        caseNumber, givenNames, kind);
  }

  private static JsonNode find(JsonNode referrals, String personName, String service) {
    for (JsonNode referral : referrals) {
      if (personName.equals(referral.at("/person/name").asText()) && service.equals(referral.get("service").asText())) {
        return referral;
      }
    }
    throw new AssertionError("No referral " + service + " of " + personName + " in " + referrals);
  }
}
