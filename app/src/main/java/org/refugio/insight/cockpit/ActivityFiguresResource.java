package org.refugio.insight.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.engine.InvalidRequestException;
import org.refugio.insight.InsightFilter;
import org.refugio.insight.InsightRequests;
import org.refugio.insight.InsightScope;
import org.springframework.security.access.AccessDeniedException;

/**
 * The diagram overlay's figures, through Cockpit's query service: per activity of a definition's process, the claims
 * waiting there now and the median and 90th percentile of time spent there in the period; and the claims waiting at
 * one activity. Same office scope and parameter checks as {@code /api/insight}; the caller must have access to
 * Cockpit and read the process definition.
 */
public class ActivityFiguresResource extends AbstractCockpitPluginResource {

  private static final String NAMESPACE = "cockpit.refugio.insight.";

  public ActivityFiguresResource(String engineName) {
    super(engineName);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<ActivityFigures> figures(@QueryParam("processDefinitionId") String processDefinitionId,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("office") String office,
      @QueryParam("modality") String modality) {
    ActivityQuery query = query(processDefinitionId, from, to, office, modality);
    if (query == null) {
      return List.of();
    }
    // in one command, so one transaction: the plan setting holds for the figures' statement and ends with it
    return getCommandExecutor().executeCommand(commandContext -> {
      var session = commandContext.getDbSqlSession();
      session.selectOne(NAMESPACE + "planWithTheValues", null);
      @SuppressWarnings("unchecked")
      List<ActivityFigures> figures = (List<ActivityFigures>) session.selectList(NAMESPACE + "selectActivityFigures",
          query);
      return figures;
    });
  }

  @GET
  @Path("waiting")
  @Produces(MediaType.APPLICATION_JSON)
  public List<WaitingClaim> waiting(@QueryParam("processDefinitionId") String processDefinitionId,
      @QueryParam("activityId") String activityId, @QueryParam("office") String office,
      @QueryParam("modality") String modality) {
    ActivityQuery query = query(processDefinitionId, null, null, office, modality);
    if (query == null || activityId == null || activityId.isBlank()) {
      return List.of();
    }
    query.setActivityId(activityId);
    return getQueryService().executeQuery(NAMESPACE + "selectWaitingClaims", query);
  }

  /** The checked query, or {@code null} for a definition that is not a claim's (no figures to show). */
  private ActivityQuery query(String processDefinitionId, String from, String to, String office, String modality) {
    Authentication authentication = getCurrentAuthentication();
    if (authentication == null) {
      throw refusal(Response.Status.UNAUTHORIZED, "Inicie sesión en Cockpit.");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    var authorizations = getProcessEngine().getAuthorizationService();
    String userId = authentication.getUserId();
    if (!authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit")) {
      throw refusal(Response.Status.FORBIDDEN, "No tiene acceso a Cockpit.");
    }
    InsightScope scope = InsightScope.of(new HashSet<>(groups));
    if (scope == null) {
      throw refusal(Response.Status.FORBIDDEN, "Los indicadores de gestión son solo para la gerencia (grupo "
          + "manager o manager<Oficina>).");
    }
    if (processDefinitionId == null || processDefinitionId.isBlank()) {
      throw refusal(Response.Status.BAD_REQUEST, "Indique la definición del proceso (processDefinitionId).");
    }
    ProcessDefinition definition = getProcessEngine().getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(processDefinitionId).singleResult();
    if (definition == null || !authorizations.isUserAuthorized(userId, groups, Permissions.READ,
        Resources.PROCESS_DEFINITION, definition.getKey())) {
      throw refusal(Response.Status.NOT_FOUND, "No existe la definición de proceso " + processDefinitionId + ".");
    }
    if (!AsylumClaimProcess.KEY.equals(definition.getKey())) {
      return null;
    }
    InsightFilter filter;
    try {
      List<String> offices = getQueryService().executeQuery(NAMESPACE + "selectOfficeCodes", new ActivityQuery());
      filter = InsightRequests.check(scope, from, to, office, modality, offices, LocalDate.now(),
          ZoneId.systemDefault().getId());
    } catch (InvalidRequestException e) {
      throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("message", e.getMessage(), "errors", e.errors())).build());
    } catch (AccessDeniedException e) {
      throw refusal(Response.Status.FORBIDDEN, e.getMessage());
    }
    ActivityQuery query = new ActivityQuery();
    query.setFromStart(Date.from(filter.fromStart().toInstant()));
    query.setToEnd(Date.from(filter.toEnd().toInstant()));
    query.setOffices(filter.offices());
    query.setModality(filter.modality());
    return query;
  }

  private static WebApplicationException refusal(Response.Status status, String message) {
    return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("message", message, "errors", List.of())).build());
  }
}
