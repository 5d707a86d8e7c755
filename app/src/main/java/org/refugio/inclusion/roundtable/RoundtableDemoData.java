package org.refugio.inclusion.roundtable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.refugio.engine.RefugioProperties;
import org.refugio.security.CurrentUser;
import org.refugio.security.DemoUsers;
import org.refugio.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's roundtables: a federal health roundtable, Chiapas' state roundtable and Tapachula's municipal one, with
 * an internal coordinator ({@code coordinatorInclusion}) and an external member ({@code memberImssb}), each with
 * their user id as password; and demo gaps in Chiapas (on demo claims {@code DEMO-MESA-…}) so that the report page
 * shows numbers. Only in the demo; after the demo users exist (application ready).
 */
@Component
class RoundtableDemoData {

  static final String COORDINATOR = "coordinatorInclusion";
  static final String EXTERNAL_MEMBER = "memberImssb";
  static final String DEMO_CASE_PREFIX = "DEMO-MESA-";
  private static final CurrentUser DEMO = new CurrentUser("demo", Set.of(Role.ADMIN.groupId()));
  private static final Logger log = LoggerFactory.getLogger(RoundtableDemoData.class);

  private final RoundtableService roundtables;
  private final RoundtableMapper mapper;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final RefugioProperties properties;
  private final RoundtableProperties roundtableProperties;
  private final Clock clock;

  RoundtableDemoData(RoundtableService roundtables, RoundtableMapper mapper, IdentityService identityService,
      JdbcTemplate jdbc, RefugioProperties properties, RoundtableProperties roundtableProperties, Clock clock) {
    this.roundtables = roundtables;
    this.mapper = mapper;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.properties = properties;
    this.roundtableProperties = roundtableProperties;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onReady() {
    if (!properties.demoEnabled()) {
      return;
    }
    DemoUsers.ensure(identityService, COORDINATOR, "Coordinación de mesas", "Inclusión (nacional)",
        Role.INCLUSION.groupId());
    DemoUsers.ensure(identityService, EXTERNAL_MEMBER, "Enlace externo", "IMSS-Bienestar");
    long federal = ensure(new NewRoundtable("Mesa federal de salud", "FEDERAL", null, null, "HEALTH", "SSA"));
    long state = ensure(new NewRoundtable("Mesa estatal de Chiapas", "STATE", "CHP", null, "ALL", "COMAR"));
    long municipal = ensure(new NewRoundtable("Mesa municipal de Tapachula", "MUNICIPAL", "CHP", "Tapachula", "ALL",
        "COMAR"));
    for (long id : List.of(federal, state, municipal)) {
      member(id, new NewMember("COMAR", COORDINATOR, false, true));
    }
    member(federal, new NewMember("IMSSB", EXTERNAL_MEMBER, true, false));
    member(municipal, new NewMember("IMSSB", EXTERNAL_MEMBER, true, false));
    member(municipal, new NewMember("ACNUR", null, true, false));
    int gaps = roundtableProperties.demoGaps() ? demoGaps() : 0;
    log.info("Demo roundtables ready ({} demo gaps added)", gaps);
  }

  private long ensure(NewRoundtable roundtable) {
    return mapper.findAll().stream().filter(r -> r.name().equals(roundtable.name())).findFirst()
        .map(RoundtableRow::id).orElseGet(() -> roundtables.create(roundtable, DEMO).id());
  }

  private void member(long id, NewMember member) {
    boolean present = mapper.findMembers(id).stream().anyMatch(m -> member.userId() == null
        ? m.userId() == null && m.institutionCode().equals(member.institutionCode())
        : member.userId().equals(m.userId()));
    if (!present) {
      roundtables.addMember(id, member, DEMO);
    }
  }

  /** Demo claims with one referral and gap each, over the last four months, clearly marked as demo. */
  int demoGaps() {
    Integer present = jdbc.queryForObject("select count(*) from refugio.claim where case_number like ?",
        Integer.class, DEMO_CASE_PREFIX + "%");
    if (present != null && present > 0) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    // theme, institution, municipality, reason (null: overdue), days ago opened, days ago closed (null: open)
    Object[][] gaps = {
        {"HEALTH", "IMSSB", "Tapachula", "NO_CAPACITY", 100, null},
        {"HEALTH", "IMSSB", "Tapachula", "NO_CAPACITY", 75, 40},
        {"HEALTH", "IMSSB", "Tapachula", "FEE_DEMANDED", 60, null},
        {"HEALTH", "IMSSB", "Tapachula", null, 30, null},
        {"HEALTH", "IMSSB", "Tuxtla Gutiérrez", "NO_CAPACITY", 20, null},
        {"IDENTITY", "RENAPO", "Tapachula", "MISSING_DOCUMENT", 90, 70},
        {"IDENTITY", "RENAPO", "Tapachula", "NOT_RECOGNIZED_ID", 45, null},
        {"IDENTITY", "INM", "Tapachula", null, 15, null},
        {"LABOR", "SNE", "Tapachula", "NOT_RECOGNIZED_ID", 80, null},
        {"LABOR", "SNE", "Tapachula", "DISCRIMINATION", 35, null},
        {"LABOR", "SNE", "Tuxtla Gutiérrez", null, 25, null},
        {"EDUCATION", "SEP", "Tapachula", "MISSING_DOCUMENT", 55, 10},
        {"EDUCATION", "SEP", "Tapachula", null, 10, null},
    };
    int n = 0;
    for (Object[] gap : gaps) {
      n++;
      LocalDate opened = today.minusDays((Integer) gap[4]);
      LocalDate closed = gap[5] == null ? null : today.minusDays((Integer) gap[5]);
      Long claimId = jdbc.queryForObject("""
          insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, detained,
            filed_by_representative, late_filing, status, outcome, registered_by, residence_state,
            residence_municipality)
          values (?, 'TAP', ?, ?, 'Ciudad Hidalgo', false, false, false, 'OPEN', 'RECOGNIZED', 'demo', 'CHP', ?)
          returning id""", Long.class, String.format("%s%03d", DEMO_CASE_PREFIX, n), opened.minusYears(1),
          opened.minusYears(1), gap[2]);
      Long personId = jdbc.queryForObject("""
          insert into refugio.person (claim_id, role, given_names, family_names, sex, date_of_birth, nationality,
            languages)
          values (?, 'PRINCIPAL', 'Persona', 'de demostración', 'X', '1990-01-01', 'HN', '{es}')
          returning id""", Long.class, claimId);
      String status = closed != null ? "ATTENDED" : gap[3] == null ? "OVERDUE" : "REFUSED";
      Long referralId = jdbc.queryForObject("""
          insert into refugio.referral (claim_id, person_id, theme, service, institution_code, state_code,
            municipality, status, due_date, reason_code, outcome_by)
          values (?, ?, ?, 'DEMO', ?, 'CHP', ?, ?, ?, ?, 'demo')
          returning id""", Long.class, claimId, personId, gap[0], gap[1], gap[2], status, opened, gap[3]);
      jdbc.update("""
          insert into refugio.inclusion_gap (referral_id, kind, theme, institution_code, state_code, municipality,
            reason_code, opened_on, closed_on)
          values (?, ?, ?, ?, 'CHP', ?, ?, ?, ?)""", referralId, gap[3] == null ? "OVERDUE" : "REFUSED", gap[0],
          gap[1], gap[2], gap[3], opened, closed);
    }
    return n;
  }
}
