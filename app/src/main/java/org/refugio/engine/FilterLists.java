package org.refugio.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.refugio.security.EngineRestProperties;
import org.springframework.stereotype.Component;

/**
 * A task filter's page, its count and the variables its list shows, read in one engine command: what Tasklist asks of
 * {@code /filter/{id}/list} for every list it shows (an office's queue first). The engine's own REST resource reads the
 * filter three times, parses the request's body twice and runs four commands for it (page, count, variables,
 * filter), each with its own transaction and flush. The tasks, the count and the variables are the engine's own
 * queries, with the engine's access checks on each (the filter's READ, the tasks', the variables'), and the response
 * is made from them by the engine's own HAL classes ({@link FilterListResource}); the IT compares it with the
 * engine's, field by field. {@code refugio.engine-rest.filter-lists: false}, or {@link #setEnabled}, leaves every list to
 * the engine's resource.
 */
@Component
public class FilterLists {

  private final LongAdder answered = new LongAdder();
  private volatile boolean enabled;

  FilterLists(EngineRestProperties properties) {
    this.enabled = properties.filterLists();
  }

  /** Whether filter lists are read in one command now. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Turns the one-command lists on or off at run time: the benchmark measures both in one run, the tests compare. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** How many lists were read in one command since start-up. */
  public long answeredLists() {
    return answered.sum();
  }

  void countAnswered() {
    answered.increment();
  }

  /** A filter's page of tasks, the count of all its tasks and the listed variables of the page's tasks. */
  record Page(List<Task> tasks, long count, List<VariableInstance> variables) {
  }

  /**
   * The engine's {@code ExecuteFilterListPageCmd}, {@code ExecuteFilterCountCmd} and the REST resource's variable query
   * in one command, on a filter already read with its READ check. Each query is the filter's query extended by the
   * request's, as the engine makes it ({@link Filter#extend}), once for the page and once for the count.
   */
  static class ListCommand implements Command<Page> {

    private final Filter filter;
    private final Query<?, ?> extending;
    private final int firstResult;
    private final int maxResults;
    private final List<String> variableNames;

    ListCommand(Filter filter, Query<?, ?> extending, int firstResult, int maxResults, List<String> variableNames) {
      this.filter = filter;
      this.extending = extending;
      this.firstResult = firstResult;
      this.maxResults = maxResults;
      this.variableNames = variableNames;
    }

    @Override
    public Page execute(CommandContext commandContext) {
      ((AbstractQuery<?, ?>) extending).validate();
      TaskQuery pageQuery = extended();
      ((AbstractQuery<?, ?>) pageQuery).enableMaxResultsLimit();
      List<Task> tasks = pageQuery.listPage(firstResult, maxResults);
      long count = extended().count();
      List<VariableInstance> variables = tasks.isEmpty() || variableNames == null || variableNames.isEmpty()
          ? List.of() : variables(variableNames, scopeIds(tasks));
      return new Page(tasks, count, variables);
    }

    private TaskQuery extended() {
      TaskQuery query = filter.extend(extending).getQuery();
      query.initializeFormKeys();
      return query;
    }

    /** The scopes whose variables a task sees, in the order of their visibility, as the engine's resource lists them. */
    static LinkedHashSet<String> scopeIds(List<Task> tasks) {
      LinkedHashSet<String> ids = new LinkedHashSet<>();
      for (Task task : tasks) {
        ids.add(task.getId());
        ids.add(task.getExecutionId());
        ids.add(task.getProcessInstanceId());
        ids.add(task.getCaseExecutionId());
        ids.add(task.getCaseInstanceId());
      }
      ids.remove(null);
      return ids;
    }

    /** The engine's resource's query, unbounded as there (tasks × names × five scopes at most). */
    private static List<VariableInstance> variables(Collection<String> names, Collection<String> scopeIds) {
      return new VariableInstanceQueryImpl().disableBinaryFetching().disableCustomObjectDeserialization()
          .variableNameIn(names.toArray(new String[0])).variableScopeIdIn(scopeIds.toArray(new String[0]))
          .unlimitedList();
    }
  }
}
