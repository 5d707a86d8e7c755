package org.refugio.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.rest.hal.EmptyHalCollection;
import org.camunda.bpm.engine.rest.hal.HalResource;
import org.camunda.bpm.engine.rest.sub.runtime.impl.FilterResourceImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The engine's filter resource, but a HAL list (what Tasklist asks for) is read by {@link FilterLists} in one command:
 * the filter read once, the request's query parsed once. The response is made by the engine's own classes from the
 * same tasks, count and variables, so it is the engine's response. A list without a request body or without paging,
 * or of a filter that is not a task filter, is the engine's.
 */
public class FilterListResource extends FilterResourceImpl {

  private final FilterLists lists;
  /** The variables {@link FilterLists} read with the page, for the engine's code that embeds them in the list. */
  private List<VariableInstance> pageVariables;

  FilterListResource(String processEngineName, ObjectMapper objectMapper, String filterId,
      String relativeRootResourcePath, FilterLists lists) {
    super(processEngineName, objectMapper, filterId, relativeRootResourcePath);
    this.lists = lists;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public HalResource queryHalList(String extendingQuery, Integer firstResult, Integer maxResults) {
    if (!lists.isEnabled() || isEmptyJson(extendingQuery) || firstResult == null && maxResults == null
        || !EntityTypes.TASK.equals(getDbFilter().getResourceType())) {
      return super.queryHalList(extendingQuery, firstResult, maxResults);
    }
    Query<?, ?> extending = convertQuery(extendingQuery);
    FilterLists.Page page;
    try {
      page = ((ProcessEngineConfigurationImpl) getProcessEngine().getProcessEngineConfiguration())
          .getCommandExecutorTxRequired().execute(new FilterLists.ListCommand(getDbFilter(), extending,
              firstResult == null ? 0 : firstResult, maxResults == null ? Integer.MAX_VALUE : maxResults,
              getFilterVariableNames()));
    } catch (NullValueException e) {
      throw filterNotFound(e);
    } catch (NotValidException e) {
      throw invalidQuery(e);
    }
    lists.countAnswered();
    if (page.tasks().isEmpty()) {
      return new EmptyHalCollection(page.count());
    }
    pageVariables = page.variables();
    try {
      return convertToHalTaskList(page.tasks(), page.count());
    } finally {
      pageVariables = null;
    }
  }

  /** The page's variables as {@link FilterLists} read them, where the engine's code would query them again. */
  @Override
  protected List<VariableInstance> queryVariablesInstancesByVariableScopeIds(Collection<String> variableNames,
      Collection<String> variableScopeIds) {
    return pageVariables != null ? pageVariables
        : super.queryVariablesInstancesByVariableScopeIds(variableNames, variableScopeIds);
  }
}
