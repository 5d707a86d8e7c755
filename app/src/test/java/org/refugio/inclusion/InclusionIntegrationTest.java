package org.refugio.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Base of the referral integration tests: their own users at Villahermosa (Tabasco) and the liaisons of Tabasco and
 * Baja California, claims registered there, and the family's referrals started as asylum-claim starts them after a
 * positive decision. The claims are withdrawn after each test, so no interview lingers in an office's queue.
 */
abstract class InclusionIntegrationTest extends IntegrationTest {

  static final String REGISTRATION = "referralsItRegVsa";
  static final String INCLUSION_STAFF = "referralsItInclVsa";
  static final String HEALTH_LIAISON = "referralsItTabHealth";
  static final String LABOR_LIAISON = "referralsItTabLabor";
  static final String OTHER_STATE_LIAISON = "referralsItBcnHealth";
  static final String SRE = "sreTap";

  protected final ObjectMapper json = new ObjectMapper();
  private final List<String> openClaims = new ArrayList<>();

  @Autowired
  protected InclusionService inclusion;

  @AfterEach
  void withdrawTheClaims() {
    for (String caseNumber : openClaims) {
      post(REGISTRATION, "/api/claims/" + caseNumber + "/withdrawal", Map.of("reason", "Fin de la prueba automatizada."));
    }
    openClaims.clear();
  }

  protected void ensureUsers() {
    ensureUser(REGISTRATION, "registrationVsa");
    ensureUser(INCLUSION_STAFF, "inclusionVsa");
    ensureUser(HEALTH_LIAISON, "inclusionTabHealth");
    ensureUser(LABOR_LIAISON, "inclusionTabLabor");
    ensureUser(OTHER_STATE_LIAISON, "inclusionBcnHealth");
  }

  private void ensureUser(String id, String groupId) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Prueba");
      user.setLastName(id);
      user.setPassword(id);
      identity.saveUser(user);
      identity.createMembership(id, groupId);
    }
  }

  /** A Villahermosa claim of a Honduran woman (born 1990) and her son (born 2015), living in Centro, Tabasco. */
  protected String registerFamily() throws Exception {
    ResponseEntity<String> registered = post(REGISTRATION, "/api/claims", Claims.valid("VSA"));
    assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = json.readTree(registered.getBody()).get("caseNumber").asText();
    openClaims.add(caseNumber);
    ResponseEntity<String> residence = call(INCLUSION_STAFF, org.springframework.http.HttpMethod.PUT,
        "/api/claims/" + caseNumber + "/residence", Map.of("state", "TAB", "municipality", "Centro"), Map.of());
    assertThat(residence.getStatusCode()).as(residence.getBody()).isEqualTo(HttpStatus.OK);
    return caseNumber;
  }

  /**
   * Starts the family's referrals as asylum-claim's {@code service_start_inclusion_referrals} does once the
   * decision is final, and waits for them to be planned.
   */
  protected String startReferrals(String caseNumber, String outcome) {
    long claimId = claimId(caseNumber);
    assertThat(inclusion.start(claimId, caseNumber, "VSA", outcome)).isTrue();
    String instance = referralsInstance(caseNumber);
    awaitJobs(instance);
    return instance;
  }

  protected String referralsInstance(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(InclusionReferralsProcess.KEY).singleResult().getId();
  }

  protected long claimId(String caseNumber) {
    return jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
  }

  /** The claim's referrals, as the staff of its office read them through the API. */
  protected JsonNode referrals(String user, String caseNumber) throws Exception {
    ResponseEntity<String> response = get(user, "/api/claims/" + caseNumber + "/referrals");
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  /** The status of the claim's referral of a service, for the person with the given given names. */
  protected String status(String caseNumber, String givenNames, String service) {
    return jdbc.queryForObject("select r.status from refugio.referral r join refugio.person p on p.id = r.person_id "
        + "join refugio.claim c on c.id = r.claim_id where c.case_number = ? and p.given_names = ? and r.service = ?",
        String.class, caseNumber, givenNames, service);
  }

  protected ResponseEntity<String> consent(String user, String caseNumber, Object body) {
    return post(user, "/api/claims/" + caseNumber + "/consents", body);
  }

  /** The liaison's open referral task for the person, found as Tasklist finds it (the liaison's own view). */
  protected String liaisonTask(String liaison, String caseNumber, String personName) throws Exception {
    JsonNode tasks = json.readTree(get(liaison, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + InclusionReferralsProcess.Elements.USER_ATTEND_REFERRAL).getBody());
    for (JsonNode task : tasks) {
      String id = task.get("id").asText();
      JsonNode name = json.readTree(get(liaison, "/engine-rest/task/" + id + "/variables/"
          + InclusionReferralsProcess.PERSON_NAME.name()).getBody());
      if (personName.equals(name.path("value").asText())) {
        return id;
      }
    }
    throw new AssertionError(liaison + " has no referral task of " + personName + " in " + caseNumber + ": " + tasks);
  }

  protected Task engineTask(String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
  }
}
