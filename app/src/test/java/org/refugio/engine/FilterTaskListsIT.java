package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
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
 * Tasklist's lists written by {@link FilterTaskLists} are the engine's, field for field: each list form Tasklist
 * sends, through {@code /engine-rest} and the webapps' engine API, for an office's queue, a filter listing variables
 * of every plain type, the officer's own tasks; and what it does not write (a search, a variable of another type, a
 * plain JSON list, an error) is the engine resource's answer.
 */
class FilterTaskListsIT extends IntegrationTest {

  private static final String OFFICE = "GDL";
  private static final String ELIGIBILITY = Role.ELIGIBILITY.groupId(OFFICE);
  private static final String OFFICER = "directListsEligibilityGdl";
  private static final String PROCESS = "direct-task-lists-check";
  private static final Instant START = Instant.parse("2026-11-03T16:00:00Z");
  private static final String HAL = "application/hal+json";
  private static final String TASKLIST = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";

  @Autowired
  FilterTaskLists lists;
  @Autowired
  ClaimAccessGrants grants;
  @Autowired
  ObjectMapper json;

  private TaskService tasks;
  private String deploymentId;
  private String queueId;
  private String mineId;
  private String definitionGrant;
  private final List<String> ownFilters = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();

  @BeforeEach
  void deployAndStart() {
    tasks = engine.getTaskService();
    DemoUsers.ensure(engine.getIdentityService(), OFFICER, "Listas", "Directas", ELIGIBILITY);
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).name("Revisión de listas directas").camundaHistoryTimeToLive(1)
            .startEvent().userTask("user_check_direct_lists").name("Elegibilidad").camundaCandidateGroups(ELIGIBILITY)
            .endEvent().done()).deploy().getId();
    // the office may read the definition, so that lists embed it
    Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(ELIGIBILITY);
    read.setResource(Resources.PROCESS_DEFINITION);
    read.setResourceId(PROCESS);
    read.addPermission(Permissions.READ);
    definitionGrant = engine.getAuthorizationService().saveAuthorization(read).getId();
    for (int i = 0; i < 7; i++) {
      String caseNumber = "GDL-DIRECT-" + i;
      Map<String, Object> variables = new HashMap<>();
      variables.put(AsylumClaimProcess.CASE_NUMBER.name(), caseNumber);
      variables.put(AsylumClaimProcess.APPLICANT_NAME.name(), "Persona Ñandú " + i);
      variables.put(AsylumClaimProcess.NATIONALITY.name(), i % 2 == 0 ? "HND" : "VEN");
      variables.put(AsylumClaimProcess.MODALITY.name(), "ordinaria");
      variables.put("arrivedOn", Date.from(START.minus(i, ChronoUnit.DAYS)));
      variables.put("children", (long) i);
      variables.put("household", i + 1);
      variables.put("vulnerable", i % 3 == 0);
      variables.put("score", i / 4.0);
      variables.put("nothing", null);
      String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, caseNumber, variables).getId();
      instances.add(instance);
      // the last case is not the office's: its task is in the queue, its variables are not the officer's to read
      if (i < 6) {
        grants.grantOffice(instance, OFFICE);
      }
      Task task = taskOf(i);
      tasks.setDueDate(task.getId(), i == 2 ? null : Date.from(START.plus((i * 5) % 6, ChronoUnit.DAYS)));
      tasks.setPriority(task.getId(), i % 3 == 0 ? 80 : 50);
    }
    // a task's own variable of a listed name shadows the case's, as a task sees it
    tasks.setVariableLocal(taskOf(1).getId(), AsylumClaimProcess.MODALITY.name(), "simplificada");
    // one task claimed by the officer: out of the queue, in their own list
    tasks.setAssignee(taskOf(4).getId(), OFFICER);
    // a follow-up date on one
    Task followed = taskOf(3);
    followed.setFollowUpDate(Date.from(START.plus(9, ChronoUnit.DAYS)));
    tasks.saveTask(followed);
    queueId = engine.getFilterService().createFilterQuery().filterName("Elegibilidad — Guadalajara").singleResult()
        .getId();
    mineId = engine.getFilterService().createFilterQuery().filterName("Mis tareas").singleResult().getId();
  }

  @AfterEach
  void removeEverything() {
    lists.setEnabled(true);
    ownFilters.forEach(engine.getFilterService()::deleteFilter);
    engine.getAuthorizationService().deleteAuthorization(definitionGrant);
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void shouldWriteEachListAsTheEnginesResourceDoes() throws Exception {
    String typed = ownFilter("Tipos de variables", List.of(AsylumClaimProcess.CASE_NUMBER.name(), "arrivedOn",
        "children", "household", "vulnerable", "score", "nothing", "notThere"));
    String noVariables = ownFilter("Sin variables", null);
    WebappSession tasklist = webappLogin(OFFICER, "tasklist");
    List<String> bodies = List.of(TASKLIST,
        "{\"sorting\":[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"},"
            + "{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}",
        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}",
        "{\"sorting\":[{\"sortBy\":\"followUpDate\",\"sortOrder\":\"asc\"},"
            + "{\"sortBy\":\"id\",\"sortOrder\":\"desc\"}]}",
        "{}", "");
    int compared = 0;
    for (String filterId : List.of(queueId, typed, noVariables, mineId)) {
      for (String body : bodies) {
        for (String page : List.of("firstResult=0&maxResults=50", "firstResult=2&maxResults=2",
            "firstResult=500&maxResults=50")) {
          String path = "/filter/" + filterId + "/list?" + page;
          String what = filterId + " " + body + " " + page;
          long before = lists.answeredLists();
          JsonNode direct = okJson(engineRestPost(OFFICER, path, body, HAL));
          JsonNode directWebapp = okJson(webappEnginePost(tasklist, path, body, HAL));
          assertThat(lists.answeredLists()).as("written directly: " + what).isEqualTo(before + 2);
          lists.setEnabled(false);
          try {
            assertThat(direct).as("/engine-rest " + what)
                .isEqualTo(okJson(engineRestPost(OFFICER, path, body, HAL)));
            assertThat(directWebapp).as("webapps' API " + what)
                .isEqualTo(okJson(webappEnginePost(tasklist, path, body, HAL)));
          } finally {
            lists.setEnabled(true);
          }
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(72);

    // what the officer sees: the queue without the claimed task, each case with its number and applicant, the task's
    // own modality first, nothing of the case that is not the office's; the claimed task in their own list
    JsonNode queue = firstPage(queueId, TASKLIST);
    assertThat(halTask(queue, taskOf(4).getId())).isNull();
    assertThat(queue.path("_embedded").path("processDefinition").findValuesAsText("key")).contains(PROCESS);
    assertThat(variables(halTask(queue, taskOf(1).getId()))).containsEntry("modality", "simplificada")
        .containsEntry("caseNumber", "GDL-DIRECT-1").containsEntry("applicantName", "Persona Ñandú 1");
    assertThat(halTask(queue, taskOf(6).getId()).path("_embedded").path("variable")).isEmpty();
    JsonNode typedList = firstPage(typed, TASKLIST);
    JsonNode values = halTask(typedList, taskOf(3).getId()).path("_embedded").path("variable");
    assertThat(values.findValuesAsText("type")).contains("Date", "Long", "Integer", "Boolean", "Double", "Null");
    JsonNode mine = firstPage(mineId, TASKLIST);
    assertThat(halTask(mine, taskOf(4).getId())).isNotNull();
  }

  @Test
  void shouldLeaveOtherListsToTheEnginesResource() throws Exception {
    String withBytes = ownFilter("Con un documento", List.of(AsylumClaimProcess.CASE_NUMBER.name(), "scan"));
    engine.getRuntimeService().setVariable(instances.get(0), "scan", Variables.byteArrayValue(new byte[] {1, 2}));
    String search = "{\"processVariables\":[{\"name\":\"caseNumber\",\"operator\":\"eq\",\"value\":\"GDL-DIRECT-3\"}],"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    String byName = "{\"sorting\":[{\"sortBy\":\"name\",\"sortOrder\":\"asc\"}]}";
    long before = lists.answeredLists();
    JsonNode searched = firstPage(queueId, search);
    JsonNode sortedByName = firstPage(queueId, byName);
    JsonNode bytes = firstPage(withBytes, TASKLIST);
    ResponseEntity<String> plain = engineRestPost(OFFICER, "/filter/" + queueId
        + "/list?firstResult=0&maxResults=50", TASKLIST, "application/json");
    assertThat(lists.answeredLists()).as("none of them written directly").isEqualTo(before);

    assertThat(searched.path("_embedded").path("task")).hasSize(1);
    assertThat(sortedByName.path("count").asLong()).isGreaterThanOrEqualTo(6);
    assertThat(halTask(bytes, taskOf(0).getId()).path("_embedded").path("variable").findValuesAsText("type"))
        .contains("Bytes");
    assertThat(json.readTree(plain.getBody()).isArray()).as(plain.getBody()).isTrue();
  }

  @Test
  void shouldRefuseAsTheEnginesResourceDoes() throws Exception {
    String otherOffice = engine.getFilterService().createFilterQuery().filterName("Elegibilidad — Tijuana")
        .singleResult().getId();
    String page = "/list?firstResult=0&maxResults=50";
    for (String[] bad : List.of(new String[] {"/filter/" + queueId + page, "{\"sorting\": ["},
        new String[] {"/filter/" + queueId + page, "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"up\"}]}"},
        new String[] {"/filter/no-such-filter" + page, TASKLIST},
        new String[] {"/filter/" + otherOffice + page, TASKLIST})) {
      ResponseEntity<String> direct = engineRestPost(OFFICER, bad[0], bad[1], HAL);
      lists.setEnabled(false);
      ResponseEntity<String> engines;
      try {
        engines = engineRestPost(OFFICER, bad[0], bad[1], HAL);
      } finally {
        lists.setEnabled(true);
      }
      assertThat(direct.getStatusCode().value()).as(bad[0] + " " + bad[1]).isIn(400, 403)
          .isEqualTo(engines.getStatusCode().value());
      assertThat(json.readTree(direct.getBody())).isEqualTo(json.readTree(engines.getBody()));
    }
  }

  /** A filter of the officer's own on the office's queue, listing {@code variables} (none if null). */
  private String ownFilter(String name, List<String> variables) {
    Filter filter = engine.getFilterService().newTaskFilter(name);
    filter.setOwner(OFFICER);
    filter.setQuery(tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned());
    if (variables != null) {
      filter.setProperties(Map.of("variables", variables.stream().map(v -> Map.of("name", v, "label", v)).toList()));
    }
    engine.getFilterService().saveFilter(filter);
    ownFilters.add(filter.getId());
    return filter.getId();
  }

  private JsonNode firstPage(String filterId, String body) throws Exception {
    return okJson(engineRestPost(OFFICER, "/filter/" + filterId + "/list?firstResult=0&maxResults=50", body, HAL));
  }

  private static Map<String, String> variables(JsonNode task) {
    Map<String, String> values = new HashMap<>();
    task.path("_embedded").path("variable").forEach(v -> values.put(v.path("name").asText(), v.path("value").asText()));
    return values;
  }

  private Task taskOf(int instance) {
    return tasks.createTaskQuery().processInstanceId(instances.get(instance)).singleResult();
  }
}
