package org.refugio.security;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers an officer's queue from {@code refugio.task_queue} (V30, kept by {@link QueueTriggers}): the page and the
 * count of a task query that asks only for the unassigned tasks of candidate groups, sorted by priority, due date,
 * follow-up date, creation or id, when the engine's own access checks would add nothing to it (authorization off, or
 * {@link CandidateQueueAuthorization}'s shortcut applied: no revocation, groups of the user's own). That is what
 * Tasklist asks for an office's filter, and twice per list (the page and the count the list carries). The engine's
 * statements join every candidate link of the group with its task and count distinct ids: most of a list request's
 * machine time at COMAR scale (docs/performance.md, "Officer queue"). The page's rows are still the engine's
 * {@code ACT_RU_TASK} rows, read through the engine's own result map in the query's command.
 *
 * <p>Any other query, and any criterion this class does not know (checked field by field against a new
 * {@link TaskQueryImpl}, so a criterion a later engine adds falls back too), goes to the engine's statements
 * unchanged. {@code refugio.authorization.queue-read-model: false} sends every query there.
 */
@Component
public class QueueTaskQueries extends AbstractProcessEnginePlugin implements SessionFactory {

  private static final Logger log = LoggerFactory.getLogger(QueueTaskQueries.class);

  static final String PAGE = "org.refugio.security.QueueTaskQueries.selectQueuePage";
  static final String COUNT = "org.refugio.security.QueueTaskQueries.selectQueueCount";

  /** The orderings the queue can answer, by the engine's property name, and the read model's column for each. */
  static final Map<String, String> COLUMNS = Map.of(
      TaskQueryProperty.PRIORITY.getName(), "priority",
      TaskQueryProperty.DUE_DATE.getName(), "due_date",
      TaskQueryProperty.FOLLOW_UP_DATE.getName(), "follow_up_date",
      TaskQueryProperty.CREATE_TIME.getName(), "create_time",
      TaskQueryProperty.TASK_ID.getName(), "task_id");

  /** The criteria a queue may set; every other field of the query must be as a new query has it. */
  private static final Set<String> QUEUE_FIELDS = Set.of("unassigned", "candidateGroup", "candidateGroups",
      "suspensionState", "initializeFormKeys", "cachedCandidateGroups", "cachedUserGroups", "queries");

  private static final List<Field> OTHER_CRITERIA = Arrays.stream(TaskQueryImpl.class.getDeclaredFields())
      .filter(f -> !Modifier.isStatic(f.getModifiers()) && !QUEUE_FIELDS.contains(f.getName()))
      .peek(f -> f.setAccessible(true))
      .toList();

  private final TaskQueryImpl blank = new TaskQueryImpl();
  /** Pages and counts answered from the read model since start-up. */
  private final LongAdder answered = new LongAdder();
  private volatile boolean enabled;
  /** Set once {@link QueueTriggers} has made the triggers and rebuilt the table; until then the engine answers. */
  private volatile boolean ready;

  QueueTaskQueries(AuthorizationProperties properties) {
    this.enabled = properties.queueReadModel();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    // the engine adds its own factories first and the custom ones after, so this one replaces its TaskManager
    factories.add(this);
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    String resource = "org/refugio/security/QueueTaskQueries.xml";
    try (InputStream xml = QueueTaskQueries.class.getClassLoader().getResourceAsStream(resource)) {
      new XMLMapperBuilder(Objects.requireNonNull(xml, resource), mybatis, resource, mybatis.getSqlFragments())
          .parse();
    } catch (IOException e) {
      throw new ProcessEngineException("Could not read " + resource, e);
    }
  }

  /** Whether queues are read from the read model now. */
  public boolean isActive() {
    return enabled && ready;
  }

  /** How many pages and counts the read model has answered since start-up (the rest went to the engine). */
  public long answeredQueries() {
    return answered.sum();
  }

  /** Called by {@link QueueTriggers} once the table is complete and kept. */
  void setReady(boolean ready) {
    this.ready = ready;
  }

  boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns the read model's answers on or off at run time (the table is kept either way once made): the benchmark
   * measures both in one run, the tests compare them.
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public Class<?> getSessionType() {
    return TaskManager.class;
  }

  @Override
  public Session openSession() {
    return new QueueTaskManager(this);
  }

  /**
   * The read model's form of the query, or null when the engine must answer it. Called after the engine's access and
   * tenant checks have configured the query.
   */
  QueuePage queuePage(TaskQueryImpl query) {
    // a candidate-group query reads unassigned tasks unless it includes assigned ones (compared below), as the
    // engine's statement does
    if (!isActive() || Boolean.FALSE.equals(query.isUnassignedInternal()) || query.getQueries().size() != 1
        || query.getCandidateUser() != null || !noOtherCriteria(query) || !accessAddsNothing(query.getAuthCheck())) {
      return null;
    }
    List<String> groups = query.getCandidateGroups();
    if (groups == null || groups.isEmpty() || groups.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    String orderBy = orderBy(query.getOrderingProperties());
    SuspensionState state = query.getSuspensionState();
    if (orderBy == null || state != null && state != SuspensionState.ACTIVE && state != SuspensionState.SUSPENDED) {
      return null;
    }
    TenantCheck tenants = query.getTenantCheck();
    boolean tenantCheck = tenants != null && tenants.isTenantCheckEnabled();
    List<String> tenantIds = tenantCheck && tenants.getAuthTenantIds() != null ? tenants.getAuthTenantIds() : List.of();
    QueuePage page = new QueuePage(List.copyOf(groups), state == null ? null : state.getStateCode(), tenantCheck,
        List.copyOf(tenantIds), orderBy);
    page.setFirstResult(query.getFirstResult());
    page.setMaxResults(query.getMaxResults());
    return page;
  }

  private boolean noOtherCriteria(TaskQueryImpl query) {
    try {
      for (Field field : OTHER_CRITERIA) {
        Object value = field.get(query);
        Object unset = field.get(blank);
        // an empty array is no criterion: the engine's mapping tests each array for a length above zero (an
        // extended filter query carries them so, e.g. processInstanceIdIn)
        boolean same = value instanceof Object[] array
            ? unset == null ? array.length == 0 : Arrays.deepEquals(array, (Object[]) unset)
            : Objects.equals(value, unset);
        if (!same) {
          log.debug("A task query with {} set is left to the engine's statements", field.getName());
          return false;
        }
      }
      return true;
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  /** No access check the engine would add to the query's SQL. */
  private static boolean accessAddsNothing(AuthorizationCheck check) {
    if (check == null || !check.getShouldPerformAuthorizatioCheck()) {
      return true;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    return permissions == null
        || permissions.getAtomicChecks().isEmpty() && permissions.getCompositeChecks().isEmpty();
  }

  /**
   * The read model's columns in the query's order, then the task id so that a page boundary among tasks due the same
   * day is stable; the engine's order ({@code RES.ID_}) when the query names none. Null for an order it cannot give.
   */
  static String orderBy(List<QueryOrderingProperty> orderings) {
    List<String> terms = new ArrayList<>();
    boolean byId = false;
    for (QueryOrderingProperty ordering : orderings == null ? List.<QueryOrderingProperty>of() : orderings) {
      String column = ordering.getQueryProperty() == null ? null : COLUMNS.get(ordering.getQueryProperty().getName());
      if (column == null || ordering.getRelation() != null || ordering.getDirection() == null) {
        return null;
      }
      terms.add(column + (ordering.getDirection() == Direction.DESCENDING ? " desc" : " asc"));
      byId |= "task_id".equals(column);
    }
    if (!byId) {
      terms.add("task_id asc");
    }
    return String.join(", ", terms);
  }

  /** The engine's task manager, but for the queries a queue's read model answers. */
  static class QueueTaskManager extends TaskManager {

    private final QueueTaskQueries queues;

    QueueTaskManager(QueueTaskQueries queues) {
      this.queues = queues;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
      configureQuery(query);
      QueuePage page = queues.queuePage(query);
      if (page == null) {
        planForValues(query);
        return getDbEntityManager().selectList("selectTaskByQueryCriteria", query);
      }
      queues.answered.increment();
      return getDbEntityManager().selectList(PAGE, page);
    }

    @Override
    public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
      configureQuery(query);
      QueuePage page = queues.queuePage(query);
      if (page != null) {
        queues.answered.increment();
      } else {
        planForValues(query);
      }
      return (Long) getDbEntityManager().selectOne(page == null ? "selectTaskCountByQueryCriteria" : COUNT,
          page == null ? query : page);
    }

    /** The engine's statement answers: a queue's among them is planned for its values (CandidateQueueAuthorization). */
    private void planForValues(TaskQueryImpl query) {
      if (getSession(AuthorizationManager.class) instanceof CandidateQueueAuthorization.QueueAuthorizationManager
          manager) {
        manager.planForValuesIfShortcutApplied(query);
      }
    }
  }

  /** The read model's parameters of a queue's page or count; {@code queueOrder} is made from {@link #COLUMNS} only. */
  public static class QueuePage extends ListQueryParameterObject {

    private final List<String> groups;
    private final Integer suspensionState;
    private final boolean checkTenants;
    private final List<String> tenantIds;
    private final String queueOrder;

    QueuePage(List<String> groups, Integer suspensionState, boolean checkTenants, List<String> tenantIds,
        String queueOrder) {
      this.groups = groups;
      this.suspensionState = suspensionState;
      this.checkTenants = checkTenants;
      this.tenantIds = tenantIds;
      this.queueOrder = queueOrder;
    }

    public List<String> getGroups() {
      return groups;
    }

    public Integer getSuspensionState() {
      return suspensionState;
    }

    /** Whether the engine's tenant check applies (its own {@code tenantCheck} is the engine's object). */
    public boolean isCheckTenants() {
      return checkTenants;
    }

    public List<String> getTenantIds() {
      return tenantIds;
    }

    public String getQueueOrder() {
      return queueOrder;
    }
  }
}
