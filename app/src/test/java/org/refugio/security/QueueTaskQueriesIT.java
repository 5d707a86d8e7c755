package org.refugio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * An office's queue read from {@code refugio.task_queue} is the queue the engine's own statements give: each query
 * asked with the read model and without it, over tasks of a generated process at Villahermosa with the changes that
 * move a task in or out of a queue or along it; and after those changes the table holds exactly the engine's
 * candidate links of open tasks.
 */
class QueueTaskQueriesIT extends IntegrationTest {

  private static final String OFFICE = "VSA";
  private static final String ELIGIBILITY = Role.ELIGIBILITY.groupId(OFFICE);
  private static final String REVIEW = Role.REVIEW.groupId(OFFICE);
  private static final String OFFICER = "queueModelEligibilityVsa";
  private static final String SUPERVISOR = "queueModelSupervisorVsa";
  private static final String PROCESS = "queue-read-model-check";
  private static final Instant START = Instant.parse("2026-11-02T15:00:00Z");

  @Autowired
  QueueTaskQueries queues;
  @Autowired
  ClaimAccessGrants grants;
  @Autowired
  ObjectMapper json;

  private TaskService tasks;
  private IdentityService identity;
  private String deploymentId;
  private final List<String> instances = new ArrayList<>();
  private final List<String> ownTasks = new ArrayList<>();

  @BeforeEach
  void deployAndStart() {
    tasks = engine.getTaskService();
    identity = engine.getIdentityService();
    DemoUsers.ensure(identity, OFFICER, "Cola", "Elegibilidad", ELIGIBILITY);
    DemoUsers.ensure(identity, SUPERVISOR, "Cola", "Supervisión", ELIGIBILITY, REVIEW);
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
            .userTask("user_check_queue").camundaCandidateGroups(ELIGIBILITY).endEvent().done()).deploy().getId();
    try {
      for (int i = 0; i < 10; i++) {
        // a minute apart, so that the order of creation has no ties
        ClockUtil.setCurrentTime(Date.from(START.plus(i, ChronoUnit.MINUTES)));
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "VSA-QUEUE-" + i,
            Map.of(AsylumClaimProcess.CASE_NUMBER.name(), "VSA-QUEUE-" + i)).getId();
        instances.add(instance);
        grants.grantOffice(instance, OFFICE);
        Task task = taskOf(i);
        ownTasks.add(task.getId());
        // due dates a day apart in an order other than creation's, one task without; two priorities
        tasks.setDueDate(task.getId(), i == 7 ? null : Date.from(START.plus((i * 7) % 10, ChronoUnit.DAYS)));
        tasks.setPriority(task.getId(), i % 3 == 0 ? 80 : 50);
      }
    } finally {
      ClockUtil.reset();
    }
  }

  @AfterEach
  void removeEverything() {
    queues.setEnabled(true);
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void shouldGiveEveryQueueAsTheEngineDoes() throws Exception {
    // Given a queue with a task at each edge: one claimed, one suspended, one whose group was taken away, one of
    // both groups, one linked twice to the same group, one due later than it was
    tasks.setAssignee(taskOf(0).getId(), OFFICER);
    engine.getRuntimeService().suspendProcessInstanceById(instances.get(1));
    tasks.deleteCandidateGroup(taskOf(2).getId(), ELIGIBILITY);
    grants.revokeTask(taskOf(2).getId(), ELIGIBILITY);
    tasks.addCandidateGroup(taskOf(3).getId(), REVIEW);
    tasks.addCandidateGroup(taskOf(4).getId(), ELIGIBILITY);
    tasks.setDueDate(taskOf(5).getId(), Date.from(START.plus(30, ChronoUnit.DAYS)));
    String filter = engine.getFilterService().createFilterQuery().filterName("Elegibilidad — Villahermosa")
        .singleResult().getId();

    // When the officers ask for their queues in the forms Tasklist and the API use
    // Then the read model answers each (it is not left to the engine) with the engine's tasks in the engine's order
    List<String> queue = mine(same(OFFICER, tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned()
        .orderByDueDate().asc()));
    assertThat(queue).hasSize(8).doesNotContain(taskOf(0).getId(), taskOf(2).getId()).contains(taskOf(1).getId())
        .endsWith(taskOf(5).getId(), taskOf(7).getId());
    assertThat(mine(same(OFFICER, tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).active()
        .orderByTaskPriority().desc().orderByDueDate().asc()))).hasSize(7).doesNotContain(taskOf(1).getId());
    assertThat(mine(same(OFFICER, tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).suspended())))
        .containsExactly(taskOf(1).getId());
    assertThat(mine(same(OFFICER, tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY)
        .orderByTaskCreateTime().desc()))).hasSize(8).startsWith(taskOf(9).getId());
    assertThat(mine(same(SUPERVISOR, tasks.createTaskQuery().taskCandidateGroupIn(List.of(ELIGIBILITY, REVIEW))
        .orderByDueDate().desc()))).hasSize(8).containsOnlyOnce(taskOf(3).getId());
    assertThat(mine(same(SUPERVISOR, tasks.createTaskQuery().taskCandidateGroup(REVIEW))))
        .containsExactly(taskOf(3).getId());
    assertThat(samePage(OFFICER, tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).active()
        .orderByDueDate().asc(), 2, 3)).hasSize(3);
    // and the office's filter as Tasklist reads it over HTTP: the page and the count it carries, then the count
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"orQueries\":[],"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
    long answeredBefore = queues.answeredQueries();
    JsonNode withModel = halList(filter, body);
    assertThat(queues.answeredQueries() - answeredBefore).as("the list's page and count from the read model")
        .isEqualTo(2);
    queues.setEnabled(false);
    JsonNode withEngine = halList(filter, body);
    queues.setEnabled(true);
    assertThat(withModel.path("count").asLong()).isEqualTo(withEngine.path("count").asLong())
        .isGreaterThanOrEqualTo(7);
    assertThat(taskIds(withModel)).isEqualTo(taskIds(withEngine));
    assertThat(mine(taskIds(withModel))).hasSize(7);
    assertThat(withModel.path("_embedded").path("task").toString())
        .isEqualTo(withEngine.path("_embedded").path("task").toString()).contains("VSA-QUEUE-");
  }

  @Test
  void shouldKeepTheTableAsTheEnginesTasksChange() {
    // Given the same queue moved along: claimed and given back, claimed and completed, suspended and activated,
    // its due dates and priorities changed, a group added and removed, an instance deleted
    tasks.setAssignee(taskOf(0).getId(), OFFICER);
    tasks.setAssignee(taskOf(0).getId(), null);
    tasks.claim(taskOf(1).getId(), OFFICER);
    tasks.complete(taskOf(1).getId());
    engine.getRuntimeService().suspendProcessInstanceById(instances.get(2));
    engine.getRuntimeService().suspendProcessInstanceById(instances.get(3));
    engine.getRuntimeService().activateProcessInstanceById(instances.get(3));
    tasks.setDueDate(taskOf(4).getId(), null);
    tasks.setPriority(taskOf(5).getId(), 99);
    tasks.addCandidateGroup(taskOf(6).getId(), REVIEW);
    tasks.addCandidateGroup(taskOf(7).getId(), REVIEW);
    tasks.deleteCandidateGroup(taskOf(7).getId(), REVIEW);
    tasks.addCandidateGroup(taskOf(8).getId(), ELIGIBILITY);
    tasks.deleteCandidateGroup(taskOf(8).getId(), ELIGIBILITY);
    engine.getRuntimeService().deleteProcessInstance(instances.get(9), "prueba");

    // Then the table holds a row for each open task and candidate group, with the task's state, as the engine's
    // tables have them
    String columns = "group_id, task_id, assigned, suspension_state, priority, due_date, follow_up_date, create_time";
    List<Map<String, Object>> kept = jdbc.queryForList("select " + columns + " from refugio.task_queue"
        + " where group_id in (?, ?) order by group_id, task_id", ELIGIBILITY, REVIEW);
    List<Map<String, Object>> engines = jdbc.queryForList("select distinct l.group_id_ as group_id,"
        + " t.id_ as task_id, t.assignee_ is not null as assigned, t.suspension_state_ as suspension_state,"
        + " t.priority_ as priority, t.due_date_ as due_date, t.follow_up_date_ as follow_up_date,"
        + " t.create_time_ as create_time from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_"
        + " where l.type_ = 'candidate' and l.group_id_ in (?, ?) order by 1, 2", ELIGIBILITY, REVIEW);
    assertThat(kept).isEqualTo(engines).hasSizeGreaterThanOrEqualTo(8);
    assertThat(kept).filteredOn(row -> row.get("task_id").equals(taskOf(4).getId())).singleElement()
        .satisfies(row -> assertThat(row.get("due_date")).isNull());
    assertThat(kept).filteredOn(row -> row.get("task_id").equals(taskOf(2).getId())).singleElement()
        .satisfies(row -> assertThat(row.get("suspension_state")).isEqualTo(2));
  }

  @Test
  void shouldLeaveEveryOtherQueryToTheEngine() {
    TaskService t = tasks;
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned()
        .orderByTaskPriority().desc().orderByDueDate().asc())).as("the office's queue").isTrue();
    assertThat(answered(null, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY))).as("no user: no check")
        .isTrue();
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskNameLike("Eleg%")))
        .as("another criterion").isFalse();
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY)
        .processVariableValueEquals(AsylumClaimProcess.CASE_NUMBER.name(), "VSA-QUEUE-1")))
        .as("a variable").isFalse();
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY)
        .processInstanceIdIn(instances.get(0))))
        .as("instances named").isFalse();
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).processInstanceIdIn()))
        .as("an empty list of instances, which the engine's statements ignore").isTrue();
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).orderByTaskName().asc()))
        .as("an order the table has no column for").isFalse();
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).includeAssignedTasks()))
        .as("assigned tasks").isFalse();
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(REVIEW))).as("a group not the user's: the"
        + " engine's check").isFalse();
    assertThat(answered(OFFICER, t.createTaskQuery().taskAssignee(OFFICER))).as("no candidate group").isFalse();
    queues.setEnabled(false);
    assertThat(answered(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY))).as("switched off").isFalse();
  }

  /** The query's tasks as the user with the read model and without it: fails unless both are the same. */
  private List<String> same(String user, TaskQuery query) {
    assertThat(answered(user, query)).as("answered by the read model").isTrue();
    return sameWithAndWithout(user, () -> {
      long count = query.count();
      List<String> ids = query.list().stream().map(Task::getId).toList();
      assertThat(ids).hasSize((int) count);
      return ids;
    });
  }

  private List<String> samePage(String user, TaskQuery query, int first, int max) {
    assertThat(answered(user, query)).isTrue();
    return sameWithAndWithout(user, () -> query.listPage(first, max).stream().map(Task::getId).toList());
  }

  private <T> T sameWithAndWithout(String user, Supplier<T> query) {
    T with = as(user, query);
    queues.setEnabled(false);
    try {
      T without = as(user, query);
      assertThat(with).as("with the read model, and the engine's statements").isEqualTo(without);
      return with;
    } finally {
      queues.setEnabled(true);
    }
  }

  /** Whether the read model answers the query as the user (or no user): configured as the engine configures it. */
  private boolean answered(String user, TaskQuery query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    TaskQueryImpl impl = (TaskQueryImpl) query;
    Supplier<Boolean> check = () -> configuration.getCommandExecutorTxRequired().execute(context -> {
      context.getSession(AuthorizationManager.class).configureTaskQuery(impl);
      context.getTenantManager().configureQuery(impl);
      return queues.queuePage(impl) != null;
    });
    return user == null ? check.get() : as(user, check);
  }

  /**
   * The ids among this test's tasks, in the queue's order: other tests may leave tasks in the office's queues (the
   * comparisons with the engine are of the whole queue).
   */
  private List<String> mine(List<String> ids) {
    return ids.stream().filter(ownTasks::contains).toList();
  }

  private JsonNode halList(String filterId, String body) throws Exception {
    var response = call(OFFICER, HttpMethod.POST, "/engine-rest/filter/" + filterId
        + "/list?firstResult=0&maxResults=50", json.readTree(body), Map.of("Accept", "application/hal+json"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private static List<String> taskIds(JsonNode hal) {
    List<String> ids = new ArrayList<>();
    hal.path("_embedded").path("task").forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }

  private <T> T as(String user, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId())
        .toList();
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task taskOf(int instance) {
    return tasks.createTaskQuery().processInstanceId(instances.get(instance)).singleResult();
  }
}
