package org.refugio.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.CaseDefinitionRestService;
import org.camunda.bpm.engine.rest.UserRestService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.HalResource;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.uri.UriComponent;
import org.refugio.security.CandidateQueueAuthorization;
import org.refugio.security.EngineRestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the HAL list of a task filter (what Tasklist asks for each list it shows: {@code POST /filter/{id}/list}
 * with {@code Accept: application/hal+json}) the way the engine's REST API writes it, field for field, at a fraction
 * of the cost: in one command, the filter's page by the engine's own command (its filter check, its task query and
 * access checks, the officers' queue read model where it applies) and its count as the engine's count command makes
 * it; the listed variables by the engine's statement with its access and tenant checks, their names and scopes bound
 * as two arrays ({@code FilterTaskLists.xml}) and read without making them engine entities of the command; the
 * tasks' process definitions from the deployment cache, each checked for READ as the engine's HAL resolver's query
 * checks it; the JSON written directly instead of through the engine's HAL objects, their URI templates and a
 * second reading of the request's query (docs/performance.md, "Officer queue").
 *
 * <p>It answers only the list forms Tasklist sends when no search is typed (sorting by priority, due date, follow-up
 * date, creation or id, and {@code active}), and lists whose variables are of the plain types (text, numbers, dates,
 * booleans). For anything else, and for any error, it answers nothing and the engine's resource answers (and refuses)
 * as always. {@code refugio.engine-rest.direct-task-lists: false} leaves every list to the engine.
 */
@Component
@Provider
public class FilterTaskLists extends AbstractProcessEnginePlugin implements ContextResolver<FilterTaskLists> {

  private static final Logger log = LoggerFactory.getLogger(FilterTaskLists.class);

  /** The engine's variable statement with the names and scopes bound as arrays ({@code FilterTaskLists.xml}). */
  private static final String VARIABLES = "org.refugio.engine.FilterTaskLists.selectListedVariables";
  private static final String MAPPING = "org/refugio/engine/FilterTaskLists.xml";

  /** The parts of a list request this class answers, each empty as Tasklist sends them. */
  private static final Set<String> EMPTY_LISTS = Set.of("processVariables", "taskVariables", "caseInstanceVariables",
      "orQueries");

  /** The sortings the queue's read model can follow, by the REST API's name, as {@code TaskQueryDto} applies them. */
  private static final Map<String, Function<TaskQueryImpl, Object>> SORTINGS = Map.of(
      "dueDate", TaskQueryImpl::orderByDueDate,
      "priority", TaskQueryImpl::orderByTaskPriority,
      "followUpDate", TaskQueryImpl::orderByFollowUpDate,
      "created", TaskQueryImpl::orderByTaskCreateTime,
      "id", TaskQueryImpl::orderByTaskId);

  /** The variable serializers whose values are written here, with the REST API's name of their type. */
  private static final Map<String, String> PLAIN_TYPES = Map.of("string", "String", "integer", "Integer",
      "long", "Long", "short", "Short", "double", "Double", "boolean", "Boolean", "date", "Date", "null", "Null");

  private final LongAdder answered = new LongAdder();
  private volatile boolean enabled;

  FilterTaskLists(EngineRestProperties properties) {
    this.enabled = properties.directTaskLists();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream xml = FilterTaskLists.class.getClassLoader().getResourceAsStream(MAPPING)) {
      new XMLMapperBuilder(Objects.requireNonNull(xml, MAPPING), mybatis, MAPPING, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new ProcessEngineException("Could not read " + MAPPING, e);
    }
  }

  /** This instance, for the REST API's resources ({@link FilterListResources}). */
  @Override
  public FilterTaskLists getContext(Class<?> type) {
    return this;
  }

  /** Whether lists are written here now. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Turns the direct lists on or off at run time: the benchmark measures both in one run, the tests compare them. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** How many lists were written here since start-up (the rest went to the engine's resource). */
  public long answeredLists() {
    return answered.sum();
  }

  /**
   * The HAL list of filter {@code filterId} extended by {@code body}, as the engine's resource writes it, or null when
   * the engine's resource must answer: a form or a variable type this class does not write, or any failure (the
   * engine's resource then gives its own answer or error).
   */
  byte[] halList(ProcessEngine engine, ObjectMapper mapper, String filterId, String body, Integer firstResult,
      Integer maxResults) {
    if (!enabled || firstResult == null || maxResults == null) {
      return null;
    }
    try {
      ListForm form = parse(mapper, body);
      if (form == null) {
        return null;
      }
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      Page page = configuration.getCommandExecutorTxRequired().execute(commandContext ->
          page(commandContext, filterId, form::extension, firstResult, maxResults));
      if (page == null) {
        return null;
      }
      byte[] json = write(engine, mapper, page);
      answered.increment();
      return json;
    } catch (RuntimeException | IOException e) {
      // the engine's resource answers instead, with its own error if there is one
      log.debug("Filter {}'s list left to the engine's resource: {}", filterId, e.toString());
      return null;
    }
  }

  /** The request as a list form this class answers, or null for one it leaves to the engine's resource. */
  private static ListForm parse(ObjectMapper mapper, String body) throws IOException {
    JsonNode request = body == null || body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
    if (request == null || !request.isObject()) {
      return null;
    }
    boolean active = false;
    List<Sorting> sortings = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = request.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (EMPTY_LISTS.contains(field.getKey())) {
        if (!value.isArray() || !value.isEmpty()) {
          return null;
        }
      } else if ("active".equals(field.getKey())) {
        if (!value.isBoolean()) {
          return null;
        }
        active = value.booleanValue();
      } else if ("sorting".equals(field.getKey())) {
        if (!value.isArray()) {
          return null;
        }
        for (JsonNode sorting : value) {
          String sortBy = sorting.path("sortBy").asText(null);
          String order = sorting.path("sortOrder").asText(null);
          if (sorting.size() != 2 || !SORTINGS.containsKey(sortBy) || !"asc".equals(order) && !"desc".equals(order)) {
            return null;
          }
          sortings.add(new Sorting(sortBy, "asc".equals(order)));
        }
      } else {
        return null;
      }
    }
    return new ListForm(active, sortings);
  }

  /** A list request Tasklist sends without a search: active tasks only or all, and its sortings. */
  private record ListForm(boolean active, List<Sorting> sortings) {

    /** The query the request extends the filter's by, as the engine's {@code TaskQueryDto} makes it. */
    TaskQueryImpl extension() {
      TaskQueryImpl query = new TaskQueryImpl();
      if (active) {
        query.active();
      }
      for (Sorting sorting : sortings) {
        SORTINGS.get(sorting.by()).apply(query);
        if (sorting.ascending()) {
          query.asc();
        } else {
          query.desc();
        }
      }
      return query;
    }
  }

  private record Sorting(String by, boolean ascending) {
  }

  /** The page, its count and its variables, in one command; null when the engine's resource must answer. */
  private static Page page(CommandContext commandContext, String filterId, Supplier<TaskQueryImpl> extension,
      int firstResult, int maxResults) {
    // the engine's command: the filter read and checked (READ), extended, its page read with the task query's checks
    List<?> entities = new ExecuteFilterListPageCmd(filterId, extension.get(), firstResult, maxResults)
        .execute(commandContext);
    FilterEntity filter = commandContext.getDbEntityManager().getCachedEntity(FilterEntity.class, filterId);
    if (filter == null || !EntityTypes.TASK.equals(filter.getResourceType())) {
      return null;
    }
    // the count as the engine's ExecuteFilterCountCmd makes it, of the filter that command read and checked
    TaskQueryImpl countExtension = extension.get();
    countExtension.validate();
    long count = filter.extend(countExtension).getQuery().count();
    List<Task> tasks = new ArrayList<>();
    for (Object entity : entities) {
      if (!(entity instanceof Task task)) {
        return null;
      }
      tasks.add(task);
    }
    List<String> variableNames = variableNames(filter);
    Map<String, List<VariableInstanceEntity>> variables = null;
    if (!tasks.isEmpty() && variableNames != null && !variableNames.isEmpty()) {
      variables = variables(commandContext, variableNames, scopeIds(tasks));
      if (variables == null) {
        return null;
      }
    }
    return new Page(tasks, count, variables, definitions(commandContext, tasks));
  }

  /**
   * The process definitions of the page's tasks that the user may read, by id, as the engine's HAL resolver finds
   * them (its definition query: READ on the definition, the user's tenants), from the engine's deployment cache.
   */
  private static List<ProcessDefinition> definitions(CommandContext commandContext, List<Task> tasks) {
    Set<String> ids = new TreeSet<>();
    tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).forEach(ids::add);
    List<ProcessDefinition> definitions = new ArrayList<>();
    for (String id : ids) {
      ProcessDefinitionEntity definition = commandContext.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(id);
      if (definition != null
          && commandContext.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.PROCESS_DEFINITION,
              definition.getKey())
          && commandContext.getTenantManager().isAuthenticatedTenant(definition.getTenantId())) {
        definitions.add(definition);
      }
    }
    return definitions;
  }

  /** The names of the variables the filter lists, as the engine's resource reads them from its properties. */
  @SuppressWarnings("unchecked")
  private static List<String> variableNames(Filter filter) {
    Map<String, Object> properties = filter.getProperties();
    if (properties == null || !(properties.get("variables") instanceof List<?> variables) || variables.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Object variable : variables) {
      names.add((String) ((Map<String, Object>) variable).get("name"));
    }
    return names;
  }

  /** Each task's scopes in the order a task sees its variables: its own, its execution's, its instance's. */
  private static LinkedHashSet<String> scopeIds(List<Task> tasks) {
    LinkedHashSet<String> scopes = new LinkedHashSet<>();
    for (Task task : tasks) {
      scopes.add(task.getId());
      scopes.add(task.getExecutionId());
      scopes.add(task.getProcessInstanceId());
      scopes.add(task.getCaseExecutionId());
      scopes.add(task.getCaseInstanceId());
    }
    scopes.remove(null);
    return scopes;
  }

  /**
   * The listed variables of the scopes, by scope, with the engine's access and tenant checks, in the engine's order;
   * null if one is not of a plain type (or the engine's check cannot be added here).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, List<VariableInstanceEntity>> variables(CommandContext commandContext,
      List<String> names, Set<String> scopeIds) {
    VariableInstanceQueryImpl query = new VariableInstanceQueryImpl();
    query.disableBinaryFetching().disableCustomObjectDeserialization().variableNameIn(names.toArray(new String[0]))
        .variableScopeIdIn(scopeIds.toArray(new String[0]));
    if (!CandidateQueueAuthorization.configureVariableQuery(commandContext, query)) {
      return null;
    }
    commandContext.getTenantManager().configureQuery(query);
    // on the command's connection, the rows not kept as entities of the command: a list only reads them (the engine
    // would copy and compare each at the command's end)
    List<VariableInstanceEntity> rows = commandContext.getDbSqlSession().getSqlSession().selectList(VARIABLES, query);
    Map<String, List<VariableInstanceEntity>> byScope = new HashMap<>();
    for (VariableInstanceEntity row : rows) {
      if (!PLAIN_TYPES.containsKey(row.getSerializerName())) {
        return null;
      }
      byScope.computeIfAbsent(row.getVariableScopeId(), scope -> new ArrayList<>()).add(row);
    }
    return byScope;
  }

  private static byte[] write(ProcessEngine engine, ObjectMapper mapper, Page page) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
    DateFormat dates = (DateFormat) mapper.getSerializationConfig().getDateFormat().clone();
    try (JsonGenerator json = mapper.createGenerator(out)) {
      json.writeStartObject();
      if (page.tasks().isEmpty()) {
        // the engine's EmptyHalCollection
        json.writeObjectFieldStart("_links");
        json.writeEndObject();
        json.writeObjectFieldStart("_embedded");
        json.writeEndObject();
      } else {
        json.writeObjectFieldStart("_links");
        link(json, "self", "/task");
        json.writeEndObject();
        json.writeObjectFieldStart("_embedded");
        json.writeArrayFieldStart("task");
        for (Task task : page.tasks()) {
          task(json, dates, task, page.variables());
        }
        json.writeEndArray();
        linked(json, mapper, engine, "assignee", UserRestService.class, page.tasks(), Task::getAssignee);
        linked(json, mapper, engine, "owner", UserRestService.class, page.tasks(), Task::getOwner);
        if (!page.definitions().isEmpty()) {
          json.writeArrayFieldStart("processDefinition");
          for (ProcessDefinition definition : page.definitions()) {
            mapper.writeValue(json, HalProcessDefinition.fromProcessDefinition(definition, engine));
          }
          json.writeEndArray();
        }
        linked(json, mapper, engine, "caseDefinition", CaseDefinitionRestService.class, page.tasks(),
            Task::getCaseDefinitionId);
        json.writeEndObject();
      }
      json.writeNumberField("count", page.count());
      json.writeEndObject();
    }
    return out.toByteArray();
  }

  /** One task as the engine's {@code HalTask.fromTask} has it, with its variables as its resource embeds them. */
  private static void task(JsonGenerator json, DateFormat dates, Task task,
      Map<String, List<VariableInstanceEntity>> variables) throws IOException {
    json.writeStartObject();
    // the engine keeps a resource's links sorted by relation
    Map<String, String> links = new TreeMap<>();
    links.put("self", "/task/" + segment(task.getId()));
    putLink(links, "assignee", "/user/", task.getAssignee());
    putLink(links, "owner", "/user/", task.getOwner());
    putLink(links, "execution", "/execution/", task.getExecutionId());
    putLink(links, "parentTask", "/task/", task.getParentTaskId());
    putLink(links, "processDefinition", "/process-definition/", task.getProcessDefinitionId());
    putLink(links, "processInstance", "/process-instance/", task.getProcessInstanceId());
    putLink(links, "caseInstance", "/case-instance/", task.getCaseInstanceId());
    putLink(links, "caseExecution", "/case-execution/", task.getCaseExecutionId());
    putLink(links, "caseDefinition", "/case-definition/", task.getCaseDefinitionId());
    links.put("identityLink", "/task/" + segment(task.getId()) + "/identity-links");
    json.writeObjectFieldStart("_links");
    for (Map.Entry<String, String> link : links.entrySet()) {
      link(json, link.getKey(), link.getValue());
    }
    json.writeEndObject();
    if (variables == null) {
      json.writeNullField("_embedded");
    } else {
      json.writeObjectFieldStart("_embedded");
      json.writeArrayFieldStart("variable");
      writeVariables(json, dates, task, variables);
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeStringField("id", task.getId());
    json.writeStringField("name", task.getName());
    json.writeStringField("assignee", task.getAssignee());
    date(json, dates, "created", task.getCreateTime());
    date(json, dates, "due", task.getDueDate());
    date(json, dates, "followUp", task.getFollowUpDate());
    json.writeStringField("delegationState", task.getDelegationState() == null ? null
        : task.getDelegationState().name());
    json.writeStringField("description", task.getDescription());
    json.writeStringField("executionId", task.getExecutionId());
    json.writeStringField("owner", task.getOwner());
    json.writeStringField("parentTaskId", task.getParentTaskId());
    json.writeNumberField("priority", task.getPriority());
    json.writeStringField("processDefinitionId", task.getProcessDefinitionId());
    json.writeStringField("processInstanceId", task.getProcessInstanceId());
    json.writeStringField("taskDefinitionKey", task.getTaskDefinitionKey());
    json.writeStringField("caseExecutionId", task.getCaseExecutionId());
    json.writeStringField("caseInstanceId", task.getCaseInstanceId());
    json.writeStringField("caseDefinitionId", task.getCaseDefinitionId());
    json.writeBooleanField("suspended", task.isSuspended());
    String formKey = null;
    Object formRef = null;
    try {
      formKey = task.getFormKey();
      formRef = task.getCamundaFormRef();
    } catch (BadUserRequestException e) {
      // as the engine's HalTask: the form keys were not initialized
    }
    json.writeStringField("formKey", formKey);
    json.writeFieldName("camundaFormRef");
    if (formRef == null) {
      json.writeNull();
    } else {
      json.writeObject(formRef);
    }
    json.writeStringField("tenantId", task.getTenantId());
    json.writeEndObject();
  }

  /** A task's variables: the first of each name in the order of its scopes, as the engine's resource picks them. */
  private static void writeVariables(JsonGenerator json, DateFormat dates, Task task,
      Map<String, List<VariableInstanceEntity>> variables) throws IOException {
    Set<String> written = new LinkedHashSet<>();
    for (String scope : scopeIds(List.of(task))) {
      for (VariableInstanceEntity variable : variables.getOrDefault(scope, List.of())) {
        if (written.add(variable.getName())) {
          variable(json, dates, variable, scope);
        }
      }
    }
  }

  /** A variable as the engine's {@code HalVariableValue} has it. */
  private static void variable(JsonGenerator json, DateFormat dates, VariableInstanceEntity variable, String scope)
      throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("_links");
    link(json, "self", variableLink(variable, scope));
    json.writeEndObject();
    json.writeNullField("_embedded");
    json.writeStringField("name", variable.getName());
    Long number = variable.getLongValue();
    Object value = switch (variable.getSerializerName()) {
      case "string" -> variable.getTextValue();
      case "integer", "short" -> number == null ? null : number.intValue();
      case "long" -> number;
      case "double" -> variable.getDoubleValue();
      case "boolean" -> number == null ? null : number == 1;
      case "date" -> number == null ? null : dates.format(new Date(number));
      default -> null;
    };
    json.writeFieldName("value");
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof Integer whole) {
      json.writeNumber(whole);
    } else if (value instanceof Long whole) {
      json.writeNumber(whole);
    } else {
      json.writeNumber((Double) value);
    }
    json.writeStringField("type", PLAIN_TYPES.get(variable.getSerializerName()));
    json.writeObjectFieldStart("valueInfo");
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The variable's own address in the REST API, by the scope it was found in, as {@code HalVariableValue} makes it. */
  private static String variableLink(VariableInstanceEntity variable, String scope) {
    String name = segment(variable.getName());
    if (scope.equals(variable.getTaskId())) {
      return "/task/" + segment(scope) + "/localVariables/" + name;
    } else if (scope.equals(variable.getProcessInstanceId())) {
      return "/process-instance/" + segment(scope) + "/variables/" + name;
    } else if (scope.equals(variable.getExecutionId())) {
      return "/execution/" + segment(scope) + "/localVariables/" + name;
    } else if (scope.equals(variable.getCaseInstanceId())) {
      return "/case-instance/" + segment(scope) + "/variables/" + name;
    }
    return "/case-execution/" + segment(scope) + "/localVariables/" + name;
  }

  /**
   * The resources the page's tasks link to under {@code relation}, resolved and written by the engine's own HAL
   * resolver (with its access checks), embedded only if there are any, as the engine's {@code HalTaskList} does.
   */
  private static void linked(JsonGenerator json, ObjectMapper mapper, ProcessEngine engine, String relation,
      Class<?> resourceType, List<Task> tasks, Function<Task, String> id) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (Task task : tasks) {
      if (id.apply(task) != null) {
        ids.add(id.apply(task));
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    List<HalResource<?>> resources = Hal.getInstance().getLinkResolver(resourceType)
        .resolveLinks(ids.toArray(new String[0]), engine);
    if (resources == null || resources.isEmpty()) {
      return;
    }
    json.writeFieldName(relation);
    json.writeStartArray();
    for (HalResource<?> resource : resources) {
      mapper.writeValue(json, resource);
    }
    json.writeEndArray();
  }

  private static void putLink(Map<String, String> links, String relation, String path, String id) {
    if (id != null) {
      links.put(relation, path + segment(id));
    }
  }

  private static void link(JsonGenerator json, String relation, String href) throws IOException {
    json.writeObjectFieldStart(relation);
    json.writeStringField("href", href);
    json.writeEndObject();
  }

  private static void date(JsonGenerator json, DateFormat dates, String field, Date date) throws IOException {
    if (date == null) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, dates.format(date));
    }
  }

  /** An id in a link, encoded as the engine's URI templates encode a path parameter. */
  private static String segment(String value) {
    return UriComponent.encode(value, UriComponent.Type.PATH_SEGMENT);
  }

  /**
   * A filter's page: its tasks, its count, the listed variables by scope (null when the filter lists none), and the
   * tasks' process definitions the user may read.
   */
  private record Page(List<Task> tasks, long count, Map<String, List<VariableInstanceEntity>> variables,
      List<ProcessDefinition> definitions) {
  }
}
