package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.security.ClaimAccessGrants;
import org.refugio.security.DemoUsers;
import org.refugio.security.Role;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The webapps' engine API ({@code /camunda/api/engine}, what Tasklist calls), registered by {@link WebappEngineApi}
 * with the shared Jackson mapper, answers as {@code /engine-rest} does and as it does with the engine's mapper per use:
 * Guadalajara's eligibility queue, with the variables its list shows, asked in the forms Tasklist asks it; the
 * variables of a case the officer may not read stay out; a bad request gets the engine's error.
 */
class WebappEngineApiIT extends IntegrationTest {

  private static final String OFFICE = "GDL";
  private static final String ELIGIBILITY = Role.ELIGIBILITY.groupId(OFFICE);
  private static final String OFFICER = "webappApiEligibilityGdl";
  private static final String PROCESS = "webapp-engine-api-check";
  private static final Instant START = Instant.parse("2026-11-03T16:00:00Z");
  private static final String HAL = "application/hal+json";

  @Autowired
  EngineRestResources engineRest;
  @Autowired
  ServletContext servletContext;
  @Autowired
  ClaimAccessGrants grants;
  @Autowired
  ObjectMapper json;

  private TaskService tasks;
  private String deploymentId;
  private String filterId;
  private final List<String> instances = new ArrayList<>();

  @BeforeEach
  void deployAndStart() {
    tasks = engine.getTaskService();
    DemoUsers.ensure(engine.getIdentityService(), OFFICER, "Lista", "Elegibilidad", ELIGIBILITY);
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).name("Revisión de listas").camundaHistoryTimeToLive(1).startEvent()
            .userTask("user_check_webapp_api").name("Elegibilidad").camundaCandidateGroups(ELIGIBILITY).endEvent()
            .done()).deploy().getId();
    for (int i = 0; i < 6; i++) {
      String caseNumber = "GDL-LIST-" + i;
      String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, caseNumber, Map.of(
          AsylumClaimProcess.CASE_NUMBER.name(), caseNumber,
          AsylumClaimProcess.APPLICANT_NAME.name(), "Persona " + i,
          AsylumClaimProcess.NATIONALITY.name(), i % 2 == 0 ? "HND" : "VEN",
          AsylumClaimProcess.MODALITY.name(), "ordinaria")).getId();
      instances.add(instance);
      // the last case is not the office's: its task is in the queue, its variables are not the officer's to read
      if (i < 5) {
        grants.grantOffice(instance, OFFICE);
      }
      Task task = taskOf(i);
      tasks.setDueDate(task.getId(), Date.from(START.plus((i * 5) % 6, ChronoUnit.DAYS)));
      tasks.setPriority(task.getId(), i % 3 == 0 ? 80 : 50);
    }
    // a task's own variable of a listed name shadows the case's, as a task sees it
    tasks.setVariableLocal(taskOf(1).getId(), AsylumClaimProcess.MODALITY.name(), "simplificada");
    filterId = engine.getFilterService().createFilterQuery().filterName("Elegibilidad — Guadalajara").singleResult()
        .getId();
  }

  @AfterEach
  void removeEverything() {
    engineRest.objectMapper().setShared(true);
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void shouldServeTheWebappsEngineApiThroughTheSharedMapper() {
    ServletRegistration registration = servletContext.getServletRegistration(WebappEngineApi.SERVLET);
    assertThat(registration.getMappings()).containsExactly("/camunda/api/engine/*");
    assertThat(registration.getInitParameter("jakarta.ws.rs.Application"))
        .as("not the webapp starter's EngineRestApplication").isNull();
  }

  @Test
  void shouldAnswerEachListAsEngineRestDoes() throws Exception {
    WebappSession tasklist = webappLogin(OFFICER, "tasklist");
    String byDueDate = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
    String byPriority = "{\"sorting\":[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"},"
        + "{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    String oneCase = "{\"processVariables\":[{\"name\":\"caseNumber\",\"operator\":\"eq\",\"value\":\"GDL-LIST-3\"}],"
        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    String noneOfThem = "{\"processInstanceBusinessKey\":\"GDL-LIST-NONE\"}";

    for (String body : List.of(byDueDate, byPriority, oneCase, noneOfThem)) {
      for (String page : List.of("firstResult=0&maxResults=50", "firstResult=2&maxResults=2")) {
        String path = "/filter/" + filterId + "/list?" + page;
        JsonNode webapp = sameWithTheEnginesMapper(() -> okJson(webappEnginePost(tasklist, path, body, HAL)),
            body + " " + page);
        assertThat(webapp).as("the webapps' engine API answers as /engine-rest: " + body + " " + page)
            .isEqualTo(okJson(engineRestPost(OFFICER, path, body, HAL)));
      }
    }

    // and what the officer sees in the queue: each case's number and applicant, the task's own modality first, and
    // nothing of the case that is not the office's
    JsonNode queue = okJson(webappEnginePost(tasklist, "/filter/" + filterId + "/list?firstResult=0&maxResults=50",
        byDueDate, HAL));
    Map<String, Map<String, String>> shown = variablesByCase(queue);
    assertThat(shown).containsKeys("GDL-LIST-0", "GDL-LIST-1", "GDL-LIST-2", "GDL-LIST-3", "GDL-LIST-4");
    assertThat(shown.get("GDL-LIST-2")).containsEntry("applicantName", "Persona 2").containsEntry("modality",
        "ordinaria");
    assertThat(shown.get("GDL-LIST-1")).containsEntry("modality", "simplificada");
    JsonNode ungranted = halTask(queue, taskOf(5).getId());
    assertThat(ungranted).as("the task of the case that is not the office's is in the queue").isNotNull();
    assertThat(ungranted.path("_embedded").path("variable")).as("without its variables").isEmpty();
  }

  @Test
  void shouldRefuseABadListAsEngineRestDoes() throws Exception {
    WebappSession tasklist = webappLogin(OFFICER, "tasklist");
    String list = "/filter/" + filterId + "/list?firstResult=0&maxResults=50";
    ResponseEntity<String> malformed = sameErrorAsEngineRest(tasklist, list, "{\"sorting\": [");
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    ResponseEntity<String> notADate = sameErrorAsEngineRest(tasklist, list, "{\"dueBefore\":\"el lunes\"}");
    assertThat(notADate.getStatusCode().value()).isEqualTo(400);
    ResponseEntity<String> unknownFilter = sameErrorAsEngineRest(tasklist, "/filter/no-such-filter/list?firstResult=0"
        + "&maxResults=50", "{\"active\":true}");
    // the engine checks READ before it looks: a filter that does not exist is refused as one not the officer's
    assertThat(unknownFilter.getStatusCode().value()).isEqualTo(403);
    String otherOffice = engine.getFilterService().createFilterQuery().filterName("Elegibilidad — Tijuana")
        .singleResult().getId();
    ResponseEntity<String> notTheirs = sameErrorAsEngineRest(tasklist, "/filter/" + otherOffice
        + "/list?firstResult=0&maxResults=50", "{\"active\":true}");
    assertThat(notTheirs.getStatusCode().value()).isEqualTo(403);
  }

  private JsonNode sameWithTheEnginesMapper(ListCall call, String what) throws Exception {
    JsonNode shared = call.list();
    engineRest.objectMapper().setShared(false);
    JsonNode perUse;
    try {
      perUse = call.list();
    } finally {
      engineRest.objectMapper().setShared(true);
    }
    assertThat(shared).as("with the shared mapper and one per use: " + what).isEqualTo(perUse);
    return shared;
  }

  private ResponseEntity<String> sameErrorAsEngineRest(WebappSession session, String path, String body)
      throws Exception {
    ResponseEntity<String> webapp = webappEnginePost(session, path, body, HAL);
    ResponseEntity<String> rest = engineRestPost(OFFICER, path, body, HAL);
    assertThat(webapp.getStatusCode()).as(path + " " + body).isEqualTo(rest.getStatusCode());
    assertThat(json.readTree(webapp.getBody())).as(path + " " + body).isEqualTo(json.readTree(rest.getBody()));
    assertThat(json.readTree(webapp.getBody()).path("message").asText()).isNotBlank();
    return webapp;
  }

  /** The variables shown with each task of this test, by the case number shown. */
  private static Map<String, Map<String, String>> variablesByCase(JsonNode hal) {
    Map<String, Map<String, String>> byCase = new TreeMap<>();
    for (JsonNode task : hal.path("_embedded").path("task")) {
      Map<String, String> values = new TreeMap<>();
      task.path("_embedded").path("variable").forEach(v -> values.put(v.path("name").asText(),
          v.path("value").asText()));
      String caseNumber = values.get("caseNumber");
      if (caseNumber != null && caseNumber.startsWith("GDL-LIST-")) {
        byCase.put(caseNumber, values);
      }
    }
    return byCase;
  }

  private Task taskOf(int instance) {
    return tasks.createTaskQuery().processInstanceId(instances.get(instance)).singleResult();
  }

  @FunctionalInterface
  private interface ListCall {
    JsonNode list() throws Exception;
  }
}
