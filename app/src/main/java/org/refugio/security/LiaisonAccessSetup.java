package org.refugio.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.refugio.engine.RefugioProperties;
import org.refugio.inclusion.InclusionReferralsProcess;
import org.refugio.inclusion.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start-up and idempotently, the liaison groups of every state and theme ({@code
 * inclusionChpHealth}), what they may do in the engine (open Tasklist, see the referral diagram; their tasks come
 * with the candidate group) and one Tasklist filter each, in Spanish. In the demo, the Chiapas liaisons for health
 * and identity ({@code inclusionChpHealth}/{@code inclusionChpHealth}, {@code inclusionChpIdentity}).
 */
@Component
public class LiaisonAccessSetup {

  /** The demo liaisons: user id = group id = password. */
  public static final List<String> DEMO_LIAISONS = List.of(LiaisonGroups.of("CHP", "HEALTH"),
      LiaisonGroups.of("CHP", "IDENTITY"));
  private static final Logger log = LoggerFactory.getLogger(LiaisonAccessSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final JdbcTemplate jdbc;
  private final RefugioProperties properties;

  LiaisonAccessSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, JdbcTemplate jdbc, RefugioProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void onStarted() {
    List<Map<String, Object>> states = jdbc.queryForList("select code, name from refugio.mx_state order by code");
    int created = 0;
    for (Map<String, Object> state : states) {
      String code = (String) state.get("code");
      String name = (String) state.get("name");
      for (Theme theme : Theme.values()) {
        if (ensure(LiaisonGroups.of(code, theme.name()), name, theme)) {
          created++;
        }
      }
    }
    if (properties.demoEnabled()) {
      for (String liaison : DEMO_LIAISONS) {
        String groupName = identityService.createGroupQuery().groupId(liaison).singleResult().getName();
        DemoUsers.ensure(identityService, liaison, "Enlace", groupName, liaison);
      }
    }
    log.info("Liaison groups ready ({} created)", created);
  }

  private boolean ensure(String groupId, String stateName, Theme theme) {
    if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
      return false;
    }
    Group group = identityService.newGroup(groupId);
    group.setName("Enlace de inclusión — " + stateName + " — " + theme.spanishName());
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, InclusionReferralsProcess.KEY, Permissions.READ);
    Filter filter = filterService.newTaskFilter("Derivaciones — " + stateName + " — " + theme.spanishName());
    filter.setOwner(AccessSetup.FILTER_OWNER);
    filter.setQuery(taskService.createTaskQuery().taskCandidateGroup(groupId).taskUnassigned()
        .orderByDueDate().asc());
    Map<String, Object> filterProperties = new LinkedHashMap<>();
    filterProperties.put("description", "Derivaciones de " + theme.spanishName().toLowerCase() + " en " + stateName
        + " sin asignar: registre el resultado de cada una.");
    filterProperties.put("priority", 5);
    filterProperties.put("color", "#5f7a3c");
    filterProperties.put("refresh", true);
    filterProperties.put("variables", List.of(
        Map.of("name", InclusionReferralsProcess.CASE_NUMBER.name(), "label", "Expediente"),
        Map.of("name", InclusionReferralsProcess.PERSON_NAME.name(), "label", "Persona"),
        Map.of("name", InclusionReferralsProcess.REFERRAL_SERVICE.name(), "label", "Servicio")));
    filter.setProperties(filterProperties);
    filterService.saveFilter(filter);
    grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    return true;
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
