package org.refugio.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
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
import org.refugio.appeal.AppealReviewProcess;
import org.refugio.claim.AsylumClaimProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start-up and idempotently, the groups of every role and office, what each group may do in the
 * engine, and the Tasklist filters per role and office. Runs before the demo users are added.
 */
@Component
@Order(1)
public class AccessSetup {

  static final String FILTER_OWNER = "admin";
  /** The group Camunda's webapps treat as administrators (and whose first member the Admin set-up page creates). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";
  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);
  /** Roles whose officers work on claims' tasks in their office's queue. */
  static final List<Role> CASEWORK_ROLES = List.of(Role.REGISTRATION, Role.ELIGIBILITY, Role.REVIEW);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final OfficeMapper officeMapper;

  public AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, OfficeMapper officeMapper) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.officeMapper = officeMapper;
  }

  public void apply() {
    List<Office> offices = officeMapper.findAll();
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.spanishName() + " (nacional)");
      grantRoleRights(role, role.groupId());
      if (role.officeScoped()) {
        for (Office office : offices) {
          ensureGroup(role.groupId(office.code()), role.spanishName() + " — " + office.name());
          grantRoleRights(role, role.groupId(office.code()));
        }
      }
    }
    // the Admin app's first-run set-up page stays open until someone is in camunda-admin: it is an admin group too
    ensureGroup(CAMUNDA_ADMIN, "Administración de Camunda");
    grantRoleRights(Role.ADMIN, CAMUNDA_ADMIN);
    ensureMyTasksFilter();
    for (Role role : CASEWORK_ROLES) {
      for (Office office : offices) {
        ensureQueueFilter(role, office);
      }
    }
    ensureLegalQueueFilter();
    for (Office office : offices) {
      ensureQueueFilter(Role.INTERPRETATION, office);
      ensureQueueFilter(Role.INCLUSION, office);
    }
    log.info("Access set up for {} roles and {} offices", Role.values().length, offices.size());
  }

  private void grantRoleRights(Role role, String groupId) {
    if (role == Role.ADMIN) {
      // membership of an engine admin group opens the Admin app and admin-only operations; resources still need
      // grants, as the starter gives its own admin group
      for (Resources resource : Resources.values()) {
        grant(groupId, resource, "*", Permissions.ALL);
      }
      return;
    }
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    if (CASEWORK_ROLES.contains(role) || role == Role.LEGAL) {
      // to show the claim's diagram beside a task; the definition holds no personal data
      grant(groupId, Resources.PROCESS_DEFINITION, AsylumClaimProcess.KEY, Permissions.READ);
      grant(groupId, Resources.PROCESS_DEFINITION, AppealReviewProcess.KEY, Permissions.READ);
    }
    if (role == Role.INCLUSION) {
      // the consent task shows the referrals' diagram; the definition holds no personal data
      grant(groupId, Resources.PROCESS_DEFINITION, org.refugio.inclusion.InclusionReferralsProcess.KEY,
          Permissions.READ);
    }
    if (role == Role.INTERPRETATION) {
      // the manual scheduling task shows the booking's diagram; the definition holds no personal data
      grant(groupId, Resources.PROCESS_DEFINITION, org.refugio.interpretation.InterpretationBookingProcess.KEY,
          Permissions.READ);
    }
    if (role == Role.REGISTRATION) {
      grant(groupId, Resources.PROCESS_DEFINITION, AsylumClaimProcess.KEY, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    if (role == Role.MANAGER) {
      grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      if (groupId.equals(role.groupId())) {
        // national managers see every office's claims; an office's managers get each claim of their office
        // (ClaimAccessGrants)
        grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      }
    }
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst()
        .orElseGet(() -> {
          Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
          created.setGroupId(groupId);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void ensureMyTasksFilter() {
    Filter filter = findOrCreateFilter("Mis tareas");
    filter.setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
        .orderByTaskPriority().desc().orderByDueDate().asc());
    filter.setProperties(filterProperties("Las tareas que usted reclamó.", -10, "#3c7a3c"));
    filterService.saveFilter(filter);
    boolean everyoneMayRead = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filter.getId()).userIdIn("*").count() > 0;
    if (!everyoneMayRead) {
      Authorization global = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      global.setResource(Resources.FILTER);
      global.setResourceId(filter.getId());
      global.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(global);
    }
  }

  private void ensureQueueFilter(Role role, Office office) {
    String groupId = role.groupId(office.code());
    Filter filter = findOrCreateFilter(role.spanishName() + " — " + office.name());
    filter.setQuery(taskService.createTaskQuery().taskCandidateGroup(groupId).taskUnassigned()
        .orderByTaskPriority().desc().orderByDueDate().asc());
    filter.setProperties(filterProperties(
        "Tareas sin asignar de " + role.spanishName().toLowerCase() + " en la oficina de " + office.name() + ".",
        CASEWORK_ROLES.indexOf(role), "#2b5f8a"));
    filterService.saveFilter(filter);
    grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /** The legal unit is national: one queue of appeals from every office. */
  private void ensureLegalQueueFilter() {
    String groupId = Role.LEGAL.groupId();
    Filter filter = findOrCreateFilter(Role.LEGAL.spanishName() + " — recursos de revisión");
    filter.setQuery(taskService.createTaskQuery().taskCandidateGroup(groupId).taskUnassigned()
        .orderByTaskPriority().desc().orderByDueDate().asc());
    filter.setProperties(filterProperties("Recursos de revisión sin asignar, de todas las oficinas.",
        CASEWORK_ROLES.size(), "#7a3c5f"));
    filterService.saveFilter(filter);
    grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private Filter findOrCreateFilter(String name) {
    Filter existing = filterService.createFilterQuery().filterName(name).filterOwner(FILTER_OWNER).singleResult();
    if (existing != null) {
      return existing;
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setOwner(FILTER_OWNER);
    return filter;
  }

  private static Map<String, Object> filterProperties(String description, int priority, String color) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    List<Map<String, String>> variables = new ArrayList<>();
    variables.add(Map.of("name", AsylumClaimProcess.CASE_NUMBER.name(), "label", "Expediente"));
    variables.add(Map.of("name", AsylumClaimProcess.APPLICANT_NAME.name(), "label", "Solicitante"));
    variables.add(Map.of("name", AsylumClaimProcess.NATIONALITY.name(), "label", "Nacionalidad"));
    variables.add(Map.of("name", AsylumClaimProcess.MODALITY.name(), "label", "Modalidad"));
    properties.put("variables", variables);
    return properties;
  }
}
