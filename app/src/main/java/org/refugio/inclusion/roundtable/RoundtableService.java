package org.refugio.inclusion.roundtable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roundtables as data: who may see which, creating them with their engine groups, and their members. National
 * inclusion staff, managers and admins see every roundtable; a member (a user in its member group) sees their own.
 */
@Service
public class RoundtableService {

  private static final int MAX_NAME = 200;

  private final RoundtableMapper mapper;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final SystemAuthentication system;

  public RoundtableService(RoundtableMapper mapper, IdentityService identityService,
      AuthorizationService authorizationService, SystemAuthentication system) {
    this.mapper = mapper;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.system = system;
  }

  /** Whether the user sees every roundtable, with case numbers: national inclusion staff, managers, admins. */
  static boolean isNational(CurrentUser user) {
    return user.isAdmin() || user.groupIds().contains(Role.INCLUSION.groupId())
        || user.groupIds().contains(Role.MANAGER.groupId());
  }

  /** Whether the user may create roundtables and manage their members: national inclusion staff and admins. */
  static boolean mayManage(CurrentUser user) {
    return user.isAdmin() || user.groupIds().contains(Role.INCLUSION.groupId());
  }

  /** The roundtables the user may see. */
  public List<Roundtable> list(CurrentUser user) {
    List<Roundtable> visible = new ArrayList<>();
    for (RoundtableRow row : mapper.findAll()) {
      if (isNational(user) || isMember(row, user)) {
        visible.add(Roundtable.of(row, members(row.id(), user)));
      }
    }
    return visible;
  }

  /** One roundtable, if the user may see it. */
  public Roundtable get(long id, CurrentUser user) {
    RoundtableRow row = visibleRow(id, user);
    return Roundtable.of(row, members(id, user));
  }

  /** The members as the user may see them: who sits for an institution is for national staff (and oneself). */
  private List<RoundtableMember> members(long id, CurrentUser user) {
    List<RoundtableMember> members = mapper.findMembers(id);
    if (isNational(user)) {
      return members;
    }
    return members.stream().map(m -> m.userId() == null || m.userId().equals(user.userId()) ? m
        : new RoundtableMember(m.id(), m.institutionCode(), m.institutionName(), null, m.external(), m.coordinator()))
        .toList();
  }

  /** The roundtable as stored, if the user may see it; refused (and said why) otherwise. */
  RoundtableRow visibleRow(long id, CurrentUser user) {
    RoundtableRow row = row(id);
    if (!isNational(user) && !isMember(row, user)) {
      throw new AccessDeniedException("No es miembro de la mesa «" + row.name() + "»: solo sus miembros, el personal "
          + "nacional de inclusión y la gerencia pueden consultarla.");
    }
    return row;
  }

  RoundtableRow row(long id) {
    return mapper.find(id).orElseThrow(() -> new RoundtableNotFoundException(
        "No existe la mesa " + id + ". Consulte GET /api/roundtables para ver las mesas."));
  }

  /** How the user sees the roundtable's gaps; refused if they may not see the roundtable at all. */
  ReportView view(RoundtableRow row, CurrentUser user) {
    if (isNational(user)) {
      return ReportView.FULL;
    }
    if (!isMember(row, user)) {
      throw new AccessDeniedException("No es miembro de la mesa «" + row.name() + "».");
    }
    // a user put into the group by hand, without a member row, is treated as external: least privilege
    Optional<RoundtableMember> member = mapper.findMembers(row.id()).stream()
        .filter(m -> user.userId().equals(m.userId())).findFirst();
    return member.isPresent() && !member.get().external() ? ReportView.FULL : ReportView.DEIDENTIFIED;
  }

  /** Whether the user coordinates the roundtable (or may manage every roundtable). */
  boolean mayCoordinate(RoundtableRow row, CurrentUser user) {
    return mayManage(user) || (row.coordinatorGroupId() != null
        && user.groupIds().contains(row.coordinatorGroupId()));
  }

  private static boolean isMember(RoundtableRow row, CurrentUser user) {
    return row.memberGroupId() != null && user.groupIds().contains(row.memberGroupId());
  }

  /** Creates a roundtable and its member and coordinator groups; every field error is reported at once. */
  @Transactional
  public Roundtable create(NewRoundtable body, CurrentUser user) {
    requireManager(user);
    NewRoundtable clean = validate(body);
    if (mapper.scopeTaken(clean.level(), clean.stateCode(), clean.municipality(), clean.theme())) {
      throw new RoundtableConflictException("Ya existe una mesa " + RoundtableLevel.valueOf(clean.level()).spanish()
          + " para ese lugar y tema: consulte GET /api/roundtables y agregue miembros a esa mesa.");
    }
    long id = mapper.insert(clean, user.userId());
    String memberGroup = "roundtable" + id;
    String coordinatorGroup = memberGroup + "Coord";
    ensureGroup(memberGroup, "Mesa interinstitucional: " + clean.name());
    ensureGroup(coordinatorGroup, "Coordinación de la mesa: " + clean.name());
    // the coordinators follow up the agreements in Tasklist and see the agreement's diagram (no personal data)
    grant(coordinatorGroup, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(coordinatorGroup, Resources.PROCESS_DEFINITION, RoundtableAgreementProcess.KEY, Permissions.READ);
    mapper.setGroups(id, memberGroup, coordinatorGroup);
    return get(id, user);
  }

  /** Adds a member (an institution, and the user who sits for it, put into the roundtable's groups). */
  @Transactional
  public RoundtableMember addMember(long id, NewMember body, CurrentUser user) {
    requireManager(user);
    RoundtableRow row = row(id);
    List<FieldError> errors = new ArrayList<>();
    String institution = body == null || body.institutionCode() == null ? null
        : body.institutionCode().strip().toUpperCase(Locale.ROOT);
    if (institution == null || institution.isEmpty()) {
      errors.add(new FieldError("institutionCode", "Indique la institución (institutionCode), p. ej. IMSSB."));
    } else if (!mapper.institutionExists(institution)) {
      errors.add(new FieldError("institutionCode", "La institución " + institution + " no existe en el catálogo."));
    }
    String userId = body == null || body.userId() == null || body.userId().isBlank() ? null : body.userId().strip();
    if (userId != null && system.call(() -> identityService.createUserQuery().userId(userId).count()) == 0) {
      errors.add(new FieldError("userId", "El usuario " + userId + " no existe: créelo primero en Camunda Admin."));
    }
    if (body == null || body.external() == null) {
      errors.add(new FieldError("external", "Indique si el miembro es externo (true) o interno (false)."));
    }
    boolean coordinator = body != null && Boolean.TRUE.equals(body.coordinator());
    if (coordinator && body.external() != null && body.external()) {
      errors.add(new FieldError("coordinator", "Una institución externa no coordina la mesa: marque external=false."));
    }
    if (coordinator && userId == null) {
      errors.add(new FieldError("userId", "Un coordinador necesita un usuario (userId) que dé seguimiento."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se agregó el miembro.", errors);
    }
    boolean taken = mapper.findMembers(id).stream().anyMatch(m -> userId == null
        ? m.userId() == null && m.institutionCode().equals(institution) : userId.equals(m.userId()));
    if (taken) {
      throw new RoundtableConflictException(userId == null ? "La institución " + institution + " ya es miembro."
          : "El usuario " + userId + " ya es miembro de la mesa.");
    }
    NewMember clean = new NewMember(institution, userId, body.external(), coordinator);
    long memberId = mapper.insertMember(id, clean, user.userId());
    if (userId != null) {
      addToGroup(userId, row.memberGroupId());
      if (coordinator) {
        addToGroup(userId, row.coordinatorGroupId());
      }
    }
    return mapper.findMembers(id).stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
  }

  /** Removes a member, and their user from the roundtable's groups. */
  @Transactional
  public void removeMember(long id, long memberId, CurrentUser user) {
    requireManager(user);
    RoundtableRow row = row(id);
    RoundtableMember member = mapper.findMembers(id).stream().filter(m -> m.id() == memberId).findFirst()
        .orElseThrow(() -> new RoundtableNotFoundException("La mesa " + id + " no tiene el miembro " + memberId + "."));
    mapper.deleteMember(id, memberId);
    if (member.userId() != null) {
      // the groups are Refugio's to keep: the decision who may change them was taken above
      system.call(() -> {
        identityService.deleteMembership(member.userId(), row.memberGroupId());
        identityService.deleteMembership(member.userId(), row.coordinatorGroupId());
        return null;
      });
    }
  }

  private void requireManager(CurrentUser user) {
    if (!mayManage(user)) {
      throw new AccessDeniedException("Solo el personal nacional de inclusión crea mesas y administra sus miembros.");
    }
  }

  private NewRoundtable validate(NewRoundtable body) {
    List<FieldError> errors = new ArrayList<>();
    if (body == null) {
      body = new NewRoundtable(null, null, null, null, null, null);
    }
    String name = body.name() == null ? "" : body.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      errors.add(new FieldError("name", "Indique el nombre de la mesa (de 1 a " + MAX_NAME + " caracteres)."));
    }
    RoundtableLevel level = parse(RoundtableLevel.class, body.level());
    if (level == null) {
      errors.add(new FieldError("level", "Indique el nivel: FEDERAL, STATE o MUNICIPAL."));
    }
    String state = body.stateCode() == null || body.stateCode().isBlank() ? null
        : body.stateCode().strip().toUpperCase(Locale.ROOT);
    String municipality = body.municipality() == null || body.municipality().isBlank() ? null
        : body.municipality().strip();
    if (level == RoundtableLevel.FEDERAL && (state != null || municipality != null)) {
      errors.add(new FieldError("stateCode", "Una mesa federal no lleva estado ni municipio: quítelos."));
    }
    if ((level == RoundtableLevel.STATE || level == RoundtableLevel.MUNICIPAL) && state == null) {
      errors.add(new FieldError("stateCode", "Indique el estado (clave ISO 3166-2:MX sin «MX-», p. ej. CHP)."));
    } else if (state != null && !mapper.stateExists(state)) {
      errors.add(new FieldError("stateCode", "El estado " + state + " no existe: use una clave ISO 3166-2:MX "
          + "sin «MX-», p. ej. CHP."));
    }
    if (level == RoundtableLevel.MUNICIPAL && municipality == null) {
      errors.add(new FieldError("municipality", "Indique el municipio de la mesa municipal."));
    }
    if (level == RoundtableLevel.STATE && municipality != null) {
      errors.add(new FieldError("municipality", "Una mesa estatal no lleva municipio: quítelo o use MUNICIPAL."));
    }
    RoundtableTheme theme = parse(RoundtableTheme.class, body.theme());
    if (theme == null) {
      errors.add(new FieldError("theme", "Indique el tema: IDENTITY, LABOR, EDUCATION, HEALTH o ALL."));
    }
    String institution = body.coordinatingInstitution() == null ? null
        : body.coordinatingInstitution().strip().toUpperCase(Locale.ROOT);
    if (institution == null || institution.isEmpty()) {
      errors.add(new FieldError("coordinatingInstitution", "Indique la institución que coordina, p. ej. COMAR."));
    } else if (!mapper.institutionExists(institution)) {
      errors.add(new FieldError("coordinatingInstitution", "La institución " + institution
          + " no existe en el catálogo."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se creó la mesa.", errors);
    }
    return new NewRoundtable(name, level.name(), state, municipality, theme.name(), institution);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // The engine groups and grants of a roundtable are Refugio's to keep: whether the user may change them was decided
  // by Refugio's own rules, so they are written without the user's engine authorization.
  private void ensureGroup(String id, String name) {
    system.call(() -> {
      if (identityService.createGroupQuery().groupId(id).count() == 0) {
        Group group = identityService.newGroup(id);
        group.setName(name.length() > 240 ? name.substring(0, 240) : name);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
      return null;
    });
  }

  private void addToGroup(String userId, String groupId) {
    system.call(() -> {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
      return null;
    });
  }

  private void grant(String groupId, Resources resource, String resourceId, Permissions permission) {
    system.call(() -> {
      grantAsSystem(groupId, resource, resourceId, permission);
      return null;
    });
  }

  private void grantAsSystem(String groupId, Resources resource, String resourceId, Permissions permission) {
    boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).count() > 0;
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
