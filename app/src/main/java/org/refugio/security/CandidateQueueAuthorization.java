package org.refugio.security;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Two savings in the engine's access checks, with the same results. First, it leaves out the engine's per-task
 * authorization check of an officer's queue, where it cannot remove a task: a task query for unassigned tasks of
 * candidate groups that are all the user's own, with no {@code or} query and no candidate user, candidate group
 * pattern or involved user that would widen it, while no revocation applies to the user. Such a task holds its
 * candidate group's READ grant: the engine's {@link DefaultAuthorizationProvider} creates it in the transaction that
 * makes the group a candidate, the engine deletes it when the task ends, and {@link ClaimAccessGrants#revokeTask}
 * deletes it when the group stops being a candidate. Checking it per task is what made the queue's count and page grow
 * with the queue (docs/performance.md). Every other query keeps the engine's check, and so do the variables the list
 * shows (their own query) and every operation on a task. Second, it finds which of the user's groups hold
 * authorizations with one lookup per group ({@link AuthorizedGroupsMapper}), where the engine reads every
 * authorization on every command that checks access. With the first, PostgreSQL plans such a queue's statements for
 * their values ({@link #setPlanForValues}), so that the queue's count uses its index ({@link QueueIndexes}).
 *
 * <p>{@code refugio.authorization.candidate-queue-shortcut: false} checks every task of every query as the engine
 * does; the shortcut is also off by itself when the engine gives candidates their grants otherwise (another
 * {@code ResourceAuthorizationProvider}) or has authorization disabled. {@code refugio.authorization
 * .groups-lookup-per-user: false} leaves the groups to the engine's query.
 */
@Component
public class CandidateQueueAuthorization extends AbstractProcessEnginePlugin implements SessionFactory {

  private static final Logger log = LoggerFactory.getLogger(CandidateQueueAuthorization.class);

  private final ObjectProvider<AuthorizedGroupsMapper> authorizedGroups;
  private volatile boolean enabled;
  private volatile boolean groupsLookupPerUser;
  private volatile boolean applicable = true;
  private volatile boolean planForValues = true;

  public CandidateQueueAuthorization(AuthorizationProperties properties,
      ObjectProvider<AuthorizedGroupsMapper> authorizedGroups) {
    this.enabled = properties.candidateQueueShortcut();
    this.groupsLookupPerUser = properties.groupsLookupPerUser();
    this.authorizedGroups = authorizedGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    // the engine adds its own factories first and the custom ones after, so this one replaces its AuthorizationManager
    factories.add(this);
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the shortcut rests on the default provider's grant for every candidate group
    applicable = configuration.isAuthorizationEnabled()
        && configuration.getResourceAuthorizationProvider().getClass() == DefaultAuthorizationProvider.class;
    if (!applicable) {
      log.warn("Candidate queues are checked per task: the engine's authorization is off or its resource "
          + "authorization provider is {}", configuration.getResourceAuthorizationProvider().getClass().getName());
    }
  }

  /** Whether queues of the user's own candidate groups are read without the per-task check. */
  public boolean isActive() {
    return enabled && applicable;
  }

  /** Turns the shortcut on or off at run time: the benchmark measures both in one run, the tests compare them. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether the user's groups that hold authorizations are looked up group by group. */
  public boolean isGroupsLookupPerUser() {
    return groupsLookupPerUser;
  }

  /** Turns the lookup per group on or off at run time, as {@link #setEnabled} does for the shortcut. */
  public void setGroupsLookupPerUser(boolean groupsLookupPerUser) {
    this.groupsLookupPerUser = groupsLookupPerUser;
  }

  /** Whether a queue's task queries are planned for their values in PostgreSQL (see {@link #setPlanForValues}). */
  public boolean isPlanForValues() {
    return planForValues;
  }

  /**
   * Turns on or off planning a queue's task queries for their values ({@code plan_cache_mode = force_custom_plan}
   * for the command's transaction), as {@link #setEnabled} does for the shortcut.
   */
  public void setPlanForValues(boolean planForValues) {
    this.planForValues = planForValues;
  }

  /**
   * Adds to {@code query} the engine's own access check of variables, as its variable query would: for a caller that
   * runs the engine's statement itself ({@code org.refugio.engine.FilterTaskLists}). False when the command's
   * authorization manager is not this plugin's, so the caller leaves the query to the engine.
   */
  public static boolean configureVariableQuery(CommandContext commandContext, VariableInstanceQueryImpl query) {
    if (!(commandContext.getAuthorizationManager() instanceof QueueAuthorizationManager manager)) {
      return false;
    }
    manager.configureVariables(query);
    return true;
  }

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new QueueAuthorizationManager(this);
  }

  /**
   * The engine's authorization manager, but for the task queries the shortcut covers and for how it finds which of the
   * user's groups hold authorizations.
   */
  static class QueueAuthorizationManager extends AuthorizationManager {

    private final CandidateQueueAuthorization shortcut;
    /** Per command, as the engine keeps its own set: the manager lives as long as the command. */
    private final Map<List<String>, List<String>> groupsWithAuthorizations = new HashMap<>();
    /** Whether a revocation applies, by user and groups, for this command. */
    private final Map<String, Boolean> revocations = new HashMap<>();

    QueueAuthorizationManager(CandidateQueueAuthorization shortcut) {
      this.shortcut = shortcut;
    }

    /**
     * The same groups as the engine's: those of the user's that hold at least one authorization. The engine reads
     * the group of every authorization there is ({@code select distinct GROUP_ID_}), a task's and a claim's grants
     * included, so the cost grows with the open claims; this asks for the user's groups only.
     */
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (!shortcut.isGroupsLookupPerUser() || authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      List<String> found = groupsWithAuthorizations.computeIfAbsent(List.copyOf(authenticatedGroupIds),
          groups -> List.copyOf(shortcut.authorizedGroups.getObject().withAuthorizations(groups)));
      return new ArrayList<>(found);
    }

    void configureVariables(VariableInstanceQueryImpl query) {
      configureVariableInstanceQuery(query);
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (shortcut.isActive() && check.getShouldPerformAuthorizatioCheck() && isOwnCandidateQueue(query, check)
          && !hasRevocation(check.getAuthUserId(), getCurrentAuthentication())) {
        // the user and groups stay on the check; without permission checks the engine's SQL adds none
        check.setPermissionChecks(new CompositePermissionCheck());
      }
    }

    /**
     * Has PostgreSQL plan the rest of the command's transaction for its values, when the engine's own statement is to
     * answer a queue's task query that the shortcut left unchecked ({@link QueueTaskQueries} calls it when its read
     * model cannot answer). The driver makes a statement run five times a server-side prepared one, and PostgreSQL
     * then plans it generically: for a candidate group of average size instead of the queue's, and unable to use the
     * count's index, whose condition names the active state that the engine binds as a value (docs/performance.md).
     * Plans only: the results are the same. Not when the read model answers: planning every later statement of the
     * transaction (the list's variables, its definitions' checks) each time then cost more than it saved.
     */
    void planForValuesIfShortcutApplied(TaskQueryImpl query) {
      // the check is on for the user, but the shortcut left it no permission to check (the engine always adds one)
      AuthorizationCheck check = query.getAuthCheck();
      boolean shortcutApplied = shortcut.isActive() && check != null && check.isAuthorizationCheckEnabled()
          && check.getPermissionChecks() != null && check.getPermissionChecks().getAtomicChecks().isEmpty()
          && check.getPermissionChecks().getCompositeChecks().isEmpty();
      if (!shortcutApplied || !shortcut.isPlanForValues()
          || !"postgres".equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
        return;
      }
      try (Statement statement = getDbSqlSession().getSqlSession().getConnection().createStatement()) {
        statement.execute("select set_config('plan_cache_mode', 'force_custom_plan', true)");
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not plan the queue's query for its values", e);
      }
    }

    /**
     * Only unassigned tasks with one of the given candidate groups, each a group of the user that holds
     * authorizations (the engine's own filter of the user's groups), and nothing that would add tasks to those.
     */
    static boolean isOwnCandidateQueue(TaskQueryImpl query, AuthorizationCheck check) {
      if (query.getQueries().size() != 1 || query.isOrQueryActive() || query.getCandidateUser() != null
          || query.getCandidateGroupLike() != null || query.getInvolvedUser() != null
          || query.isIncludeAssignedTasks()) {
        return false;
      }
      List<String> candidateGroups = query.getCandidateGroups();
      List<String> ownGroups = check.getAuthGroupIds();
      return candidateGroups != null && !candidateGroups.isEmpty() && ownGroups != null
          && ownGroups.containsAll(candidateGroups);
    }

    /**
     * A revocation for the user, for everyone or for one of the user's groups: the engine's own query of it, asked
     * once per command (a list's page and count are two task queries of one command, in one transaction).
     */
    private boolean hasRevocation(String userId, Authentication authentication) {
      List<String> groups = authentication.getGroupIds() == null ? List.of()
          : new ArrayList<>(authentication.getGroupIds());
      return revocations.computeIfAbsent(userId + "\n" + String.join("\n", groups), key -> {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("userId", userId);
        parameters.put("authGroupIds", groups);
        return getDbEntityManager().selectBoolean("selectRevokeAuthorization", parameters);
      });
    }
  }
}
