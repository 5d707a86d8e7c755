package org.refugio.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo users of the default run: {@code admin}/{@code admin} and one user per role at Tapachula and Mexico City,
 * each with its user id as password ({@code eligibilityTap}/{@code eligibilityTap}). Never created on an external
 * database unless asked for ({@code REFUGIO_DEMO=true}).
 */
@Component
public class DemoSetup {

  /** The offices that get demo users. */
  public static final List<String> DEMO_OFFICES = List.of("TAP", "CDMX");
  /** A Tapachula officer who both assesses and reviews: shows the four-eyes rule refusing the same person twice. */
  public static final String SUPERVISOR = "supervisorTap";

  private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);
  private final IdentityService identityService;
  private final OfficeMapper officeMapper;

  public DemoSetup(IdentityService identityService, OfficeMapper officeMapper) {
    this.identityService = identityService;
    this.officeMapper = officeMapper;
  }

  public void apply() {
    DemoUsers.ensure(identityService, "admin", "Administración", "Refugio", Role.ADMIN.groupId(),
        AccessSetup.CAMUNDA_ADMIN);
    for (String officeCode : DEMO_OFFICES) {
      String officeName = officeMapper.findByCode(officeCode).map(Office::name).orElse(officeCode);
      for (Role role : Role.values()) {
        String groupId = role.officeScoped() ? role.groupId(officeCode) : role.groupId();
        DemoUsers.ensure(identityService, role.groupId(officeCode), role.spanishName(), officeName, groupId);
      }
    }
    DemoUsers.ensure(identityService, SUPERVISOR, "Supervisión", "Tapachula", Role.ELIGIBILITY.groupId("TAP"),
        Role.REVIEW.groupId("TAP"));
    log.info("Demo users ready (password = user id; admin/admin)");
  }
}
