package org.refugio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officers' queues read without the per-task authorization check show exactly what the engine's check shows:
 * each queue asked with the shortcut and without it, over tasks of a generated process at Acayucan (an office whose
 * queues no other test fills) with the edge cases that decide what a queue may show.
 */
class CandidateQueueAuthorizationIT extends IntegrationTest {

  private static final String OFFICE = "ACY";
  private static final String ELIGIBILITY = Role.ELIGIBILITY.groupId(OFFICE);
  private static final String REVIEW = Role.REVIEW.groupId(OFFICE);
  private static final String OFFICER = "queueShortcutEligibilityAcy";
  private static final String SUPERVISOR = "queueShortcutSupervisorAcy";
  private static final String OUTSIDER = "queueShortcutEligibilityTij";
  private static final String PROCESS = "queue-shortcut-check";

  @Autowired
  CandidateQueueAuthorization shortcut;
  @Autowired
  QueueTaskQueries readModel;
  @Autowired
  ClaimAccessGrants grants;
  @Autowired
  ObjectMapper json;

  private TaskService tasks;
  private IdentityService identity;
  private AuthorizationService authorizations;
  private String deploymentId;
  private final List<String> instances = new ArrayList<>();
  private final List<String> revocations = new ArrayList<>();

  @BeforeEach
  void deployAndStart() {
    tasks = engine.getTaskService();
    identity = engine.getIdentityService();
    authorizations = engine.getAuthorizationService();
    DemoUsers.ensure(identity, OFFICER, "Cola", "Elegibilidad", ELIGIBILITY);
    DemoUsers.ensure(identity, SUPERVISOR, "Cola", "Supervisión", ELIGIBILITY, REVIEW);
    DemoUsers.ensure(identity, OUTSIDER, "Cola", "Tijuana", Role.ELIGIBILITY.groupId("TIJ"));
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
            .userTask("user_check_queue").camundaCandidateGroups(ELIGIBILITY).endEvent().done()).deploy().getId();
    for (int i = 0; i < 6; i++) {
      instances.add(engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "ACY-QUEUE-" + i,
          Map.of(AsylumClaimProcess.CASE_NUMBER.name(), "ACY-QUEUE-" + i)).getId());
    }
  }

  @AfterEach
  void removeEverything() {
    shortcut.setEnabled(true);
    revocations.forEach(authorizations::deleteAuthorization);
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void shouldShowTheSameQueueWithAndWithoutTheCheck() {
    // Given an office's queue with a task at each edge: one assigned, one whose candidate group was taken away (and
    // its grant with it, as a transfer does), one only the review group may take, one of both groups
    Task assigned = taskOf(0);
    tasks.setAssignee(assigned.getId(), OFFICER);
    Task removed = taskOf(1);
    tasks.deleteCandidateGroup(removed.getId(), ELIGIBILITY);
    grants.revokeTask(removed.getId(), ELIGIBILITY);
    Task reviewOnly = taskOf(2);
    tasks.addCandidateGroup(reviewOnly.getId(), REVIEW);
    tasks.deleteCandidateGroup(reviewOnly.getId(), ELIGIBILITY);
    grants.revokeTask(reviewOnly.getId(), ELIGIBILITY);
    Task both = taskOf(3);
    tasks.addCandidateGroup(both.getId(), REVIEW);
    String eligibilityQueue = filterId("Elegibilidad — Acayucan");
    String reviewQueue = filterId("Revisión — Acayucan");

    // When each officer reads the queues (filter list and count, as Tasklist does) with the shortcut and without it
    // Then both give the same tasks, and those are what the office's group may take
    List<String> officerQueue = sameWithAndWithout(OFFICER, () -> ids(filterList(eligibilityQueue)));
    assertThat(officerQueue).contains(taskOf(3).getId(), taskOf(4).getId(), taskOf(5).getId())
        .doesNotContain(assigned.getId(), removed.getId(), reviewOnly.getId());
    assertThat(sameWithAndWithout(OFFICER, () -> List.of(engine.getFilterService().count(eligibilityQueue))))
        .containsExactly((long) officerQueue.size());
    assertThat(sameWithAndWithout(SUPERVISOR, () -> ids(filterList(reviewQueue))))
        .contains(reviewOnly.getId(), both.getId()).doesNotContain(taskOf(4).getId());
    assertThat(sameWithAndWithout(SUPERVISOR, () -> ids(tasks.createTaskQuery()
        .taskCandidateGroupIn(List.of(ELIGIBILITY, REVIEW)).orderByDueDate().asc().list())))
        .contains(reviewOnly.getId(), both.getId(), taskOf(4).getId()).doesNotContain(assigned.getId());
    // an officer of another office asking for this office's queue (its filter is not theirs to read) gets the
    // engine's check, and nothing of it
    assertThat(sameWithAndWithout(OUTSIDER, () -> ids(tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY)
        .taskUnassigned().list()))).isEmpty();
  }

  @Test
  void shouldLeaveTheCheckOutOnlyOfTheUsersOwnUnassignedCandidateQueues() {
    TaskService t = tasks;
    // the engine's session for authorizations is this one, and for the user's own queue it adds no check
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned()
        .orderByTaskPriority().desc().orderByDueDate().asc())).as("own queue").isFalse();
    assertThat(checked(SUPERVISOR, t.createTaskQuery().taskCandidateGroupIn(List.of(ELIGIBILITY, REVIEW))))
        .as("own groups").isFalse();
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateGroup(REVIEW))).as("a group not the user's")
        .isTrue();
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).includeAssignedTasks()))
        .as("assigned tasks included").isTrue();
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).or()
        .taskAssignee(OUTSIDER).endOr())).as("an or query").isTrue();
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateGroupLike("eligibility%"))).as("a pattern")
        .isTrue();
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateUser(OFFICER))).as("candidate user").isTrue();
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskInvolvedUser(OFFICER)))
        .as("involved user").isTrue();
    assertThat(checked(OFFICER, t.createTaskQuery().taskUnassigned())).as("no candidate group").isTrue();

    shortcut.setEnabled(false);
    assertThat(checked(OFFICER, t.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned()))
        .as("switched off").isTrue();
  }

  @Test
  void shouldCheckEveryTaskOnceARevocationApplies() {
    // Given a revocation of READ on one task of the queue for the officer
    Task revoked = taskOf(4);
    Authorization revocation = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revocation.setUserId(OFFICER);
    revocation.setResource(Resources.TASK);
    revocation.setResourceId(revoked.getId());
    revocation.removePermission(Permissions.READ);
    revocations.add(authorizations.saveAuthorization(revocation).getId());
    String eligibilityQueue = filterId("Elegibilidad — Acayucan");

    // When the officer reads the queue: Then the engine's check applies and takes the task away, as without shortcut
    assertThat(checked(OFFICER, tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned())).isTrue();
    assertThat(sameWithAndWithout(OFFICER, () -> ids(filterList(eligibilityQueue))))
        .contains(taskOf(5).getId()).doesNotContain(revoked.getId());
    // and another officer, whom it does not concern, keeps the shortcut
    assertThat(checked(SUPERVISOR, tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned()))
        .isFalse();
  }

  @Test
  void shouldFindTheSameGroupsWithAuthorizationsAsTheEngine() {
    // a group that holds none: one that does not exist (a membership may name a group of an outside directory)
    List<String> groups = List.of(ELIGIBILITY, REVIEW, Role.ELIGIBILITY.groupId("TIJ"), "queueShortcutNoSuchGroup");
    try {
      List<String> perGroup = groupsWithAuthorizations(groups);
      shortcut.setGroupsLookupPerUser(false);
      List<String> engines = groupsWithAuthorizations(groups);
      assertThat(perGroup).containsExactlyInAnyOrderElementsOf(engines)
          .contains(ELIGIBILITY, REVIEW, Role.ELIGIBILITY.groupId("TIJ"))
          .doesNotContain("queueShortcutNoSuchGroup");
    } finally {
      shortcut.setGroupsLookupPerUser(true);
    }
  }

  private List<String> groupsWithAuthorizations(List<String> groups) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.getSession(AuthorizationManager.class).filterAuthenticatedGroupIds(groups));
  }

  @Test
  void shouldPlanTheQueuesQueriesForTheirValuesWhenTheEnginesStatementsAnswerThem() {
    // Given the shortcut on, the officer's own queue and a query it does not cover
    Supplier<TaskQuery> queue = () -> tasks.createTaskQuery().taskCandidateGroup(ELIGIBILITY).taskUnassigned();
    Supplier<TaskQuery> everything = () -> tasks.createTaskQuery();

    // Then the queue's count, answered by the read model, and the other query are planned as usual
    assertThat(planCacheModeAfterCounting(OFFICER, queue.get())).isEqualTo("auto");
    assertThat(planCacheModeAfterCounting(OFFICER, everything.get())).isEqualTo("auto");
    // and when the engine's own statement answers the queue, it is planned for its values in its transaction
    readModel.setEnabled(false);
    try {
      assertThat(planCacheModeAfterCounting(OFFICER, queue.get())).isEqualTo("force_custom_plan");
      assertThat(planCacheModeAfterCounting(OFFICER, everything.get())).isEqualTo("auto");
      shortcut.setPlanForValues(false);
      assertThat(planCacheModeAfterCounting(OFFICER, queue.get())).isEqualTo("auto");
    } finally {
      shortcut.setPlanForValues(true);
      readModel.setEnabled(true);
    }
  }

  private String planCacheModeAfterCounting(String user, TaskQuery query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return as(user, () -> configuration.getCommandExecutorTxRequired().execute(context -> {
      context.getTaskManager().findTaskCountByQueryCriteria((TaskQueryImpl) query);
      // the setting as the command's own connection sees it, after the count
      try (java.sql.Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
          java.sql.ResultSet result = statement.executeQuery("show plan_cache_mode")) {
        result.next();
        return result.getString(1);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  @Test
  void shouldStillCheckTheVariablesTheQueueShows() throws Exception {
    // Given the office's queue with a task of an instance its group has no read grant on
    String eligibilityQueue = filterId("Elegibilidad — Acayucan");
    String taskId = taskOf(5).getId();

    // When the officer reads the queue as Tasklist does (HAL, with the list's variables)
    // Then the task is listed, its case number is not: the variables have their own check
    assertThat(embeddedCaseNumbers(eligibilityQueue, taskId)).isEmpty();

    // and once the office may read the instance, the case number shows
    grants.grantOffice(instances.get(5), OFFICE);
    assertThat(embeddedCaseNumbers(eligibilityQueue, taskId)).containsExactly("ACY-QUEUE-5");
  }

  private List<String> embeddedCaseNumbers(String filterId, String taskId) throws Exception {
    var response = call(OFFICER, org.springframework.http.HttpMethod.POST, "/engine-rest/filter/" + filterId
        + "/list?firstResult=0&maxResults=50", Map.of(), Map.of("Accept", "application/hal+json"));
    JsonNode page = json.readTree(response.getBody());
    List<String> listed = new ArrayList<>();
    page.path("_embedded").path("task").forEach(task -> listed.add(task.path("id").asText()));
    assertThat(listed).as(response.getBody()).contains(taskId);
    List<String> caseNumbers = new ArrayList<>();
    page.path("_embedded").path("task").forEach(task -> {
      if (task.path("id").asText().equals(taskId)) {
        task.path("_embedded").path("variable").forEach(variable -> {
          if (variable.path("name").asText().equals(AsylumClaimProcess.CASE_NUMBER.name())) {
            caseNumbers.add(variable.path("value").asText());
          }
        });
      }
    });
    return caseNumbers;
  }

  /**
   * The result as the user, with the shortcut and without it: fails unless both hold the same elements. Their order
   * may differ among tasks the filter's sorting ties (the read model the shortcut lets answer breaks ties by task id,
   * the engine's statement leaves them as the plan reads them); QueueTaskQueriesIT compares orders.
   */
  private <T> List<T> sameWithAndWithout(String user, Supplier<List<T>> query) {
    List<T> with = as(user, query);
    shortcut.setEnabled(false);
    try {
      List<T> without = as(user, query);
      assertThat(with).as("with the shortcut, and without it").containsExactlyInAnyOrderElementsOf(without);
      return with;
    } finally {
      shortcut.setEnabled(true);
    }
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

  /** Whether the engine's SQL for the query, as the user, carries the per-task authorization check. */
  private boolean checked(String user, TaskQuery query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    TaskQueryImpl impl = (TaskQueryImpl) query;
    return as(user, () -> configuration.getCommandExecutorTxRequired().execute(context -> {
      context.getSession(AuthorizationManager.class).configureTaskQuery(impl);
      return impl.getAuthCheck().getShouldPerformAuthorizatioCheck();
    }));
  }

  private List<Task> filterList(String filterId) {
    return engine.getFilterService().list(filterId);
  }

  private String filterId(String name) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    return filter.getId();
  }

  private Task taskOf(int instance) {
    return tasks.createTaskQuery().processInstanceId(instances.get(instance)).singleResult();
  }

  private static List<String> ids(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }
}
