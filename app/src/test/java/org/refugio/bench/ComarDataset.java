package org.refugio.bench;

import static org.refugio.claim.AsylumClaimProcess.APPEAL_DUE;
import static org.refugio.claim.AsylumClaimProcess.APPLICANT_NAME;
import static org.refugio.claim.AsylumClaimProcess.ASSESSMENT;
import static org.refugio.claim.AsylumClaimProcess.ASSESSMENT_AUTHOR;
import static org.refugio.claim.AsylumClaimProcess.CASE_NUMBER;
import static org.refugio.claim.AsylumClaimProcess.CLAIM_ID;
import static org.refugio.claim.AsylumClaimProcess.DECISION_BREACHED;
import static org.refugio.claim.AsylumClaimProcess.DECISION_DUE;
import static org.refugio.claim.AsylumClaimProcess.DECISION_WARNING_DUE;
import static org.refugio.claim.AsylumClaimProcess.DETAINED;
import static org.refugio.claim.AsylumClaimProcess.EXCLUSION_INDICATORS;
import static org.refugio.claim.AsylumClaimProcess.FILED_BY_REPRESENTATIVE;
import static org.refugio.claim.AsylumClaimProcess.INM_NOTICE_DUE;
import static org.refugio.claim.AsylumClaimProcess.INTERVIEW_TYPE;
import static org.refugio.claim.AsylumClaimProcess.LANGUAGE;
import static org.refugio.claim.AsylumClaimProcess.LATE_FILING;
import static org.refugio.claim.AsylumClaimProcess.MODALITY;
import static org.refugio.claim.AsylumClaimProcess.NATIONALITY;
import static org.refugio.claim.AsylumClaimProcess.NOTIFICATION_DATE;
import static org.refugio.claim.AsylumClaimProcess.NOTIFICATION_METHOD;
import static org.refugio.claim.AsylumClaimProcess.OFFICE;
import static org.refugio.claim.AsylumClaimProcess.OUTCOME;
import static org.refugio.claim.AsylumClaimProcess.PREVENTION_REPLY_DUE;
import static org.refugio.claim.AsylumClaimProcess.PRIOR_CLAIM;
import static org.refugio.claim.AsylumClaimProcess.PRIORITY;
import static org.refugio.claim.AsylumClaimProcess.PROPOSED_OUTCOME;
import static org.refugio.claim.AsylumClaimProcess.RATIFICATION_DUE;
import static org.refugio.claim.AsylumClaimProcess.RESOLUTION_GROUNDS;
import static org.refugio.claim.AsylumClaimProcess.REVIEW_APPROVED;
import static org.refugio.claim.AsylumClaimProcess.SENIOR_REVIEW;
import static org.refugio.claim.AsylumClaimProcess.SPECIFIC_NEEDS;
import static org.refugio.claim.AsylumClaimProcess.TARGET_DUE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.claim.AsylumClaimProcess.Elements;
import org.refugio.security.ClaimAccessGrants;
import org.refugio.security.Role;
import org.refugio.support.MigrationBackfills;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a COMAR-scale dataset: officers in their office groups (through the IdentityService), older
 * files and concluded claims with their applicants and their engine history (bulk SQL: ACT_HI_PROCINST, ACT_HI_ACTINST,
 * ACT_HI_TASKINST, ACT_HI_VARINST with durations per step), and open claims as real {@code asylum-claim} instances
 * parked at their steps ({@code startBeforeActivity}) with the variables, due dates, timers and office grants a
 * registered claim has. A marker table records the scale, so a dataset is generated once and reused.
 */
public class ComarDataset {

  /** Who the generated claims say registered them; the generator finds its own rows by it. */
  public static final String GENERATOR = "benchGenerator";
  /** The casework roles a generated officer has, with their share of an office's officers. */
  static final List<Role> OFFICER_ROLES = List.of(Role.REGISTRATION, Role.ELIGIBILITY, Role.REVIEW, Role.MANAGER);

  private static final Logger log = LoggerFactory.getLogger(ComarDataset.class);
  private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
  private static final int BATCH = 250;
  private static final List<String> FEMALE = List.of("Ana Lucía", "María José", "Yesenia", "Dayana", "Rosa Elena",
      "Marie Claude", "Widline", "Yanelis", "Carolina", "Gabriela", "Fabiola", "Nathalie", "Lourdes", "Karla",
      "Daniela", "Esther", "Guerline", "Sofía", "Valentina", "Ingrid");
  private static final List<String> MALE = List.of("José Luis", "Wilner", "Jean Robert", "Carlos Alberto",
      "Luis Fernando", "Yoandri", "Kervens", "Marvin", "Wilmer", "Óscar", "Jonathan", "Ricardo", "Jefferson",
      "Pierre", "Yunior", "Edwin", "Brayan", "Fritz", "Alexis", "Nelson");
  private static final List<String> FAMILY = List.of("Martínez", "Hernández", "López", "García", "Rodríguez",
      "Joseph", "Pierre", "Jean-Baptiste", "Louis", "Pérez", "González", "Ramírez", "Flores", "Cruz", "Reyes",
      "Morales", "Castillo", "Ortiz", "Gutiérrez", "Chávez", "Saint-Fleur", "Dorvil", "Mejía", "Núñez", "Vásquez",
      "Romero", "Sánchez", "Torres", "Díaz", "Alvarado");
  /** Nationalities in 5 % steps: Honduras, Haiti, Cuba, Venezuela, El Salvador, Guatemala, Nicaragua. */
  private static final List<String> NATIONALITIES = List.of("HN", "HN", "HN", "HN", "HN", "HN", "HN", "HT", "HT",
      "HT", "HT", "CU", "CU", "VE", "VE", "SV", "SV", "GT", "GT", "NI");

  /** Where the open claims wait, in percent: most at the interview and the assessment. */
  static final Map<String, Integer> OPEN_STEP_SHARES = openStepShares();

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ClaimAccessGrants grants;

  public ComarDataset(ProcessEngine engine, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      ClaimAccessGrants grants) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.grants = grants;
  }

  /** The dataset at this scale: generated now, or found from an earlier run (the marker table says which). */
  public Generated ensure(DatasetSize size) {
    jdbc.execute("create table if not exists refugio.bench_dataset (scale double precision not null, "
        + "officers integer not null, open_claims integer not null, concluded_claims integer not null, "
        + "older_files integer not null, generated_at timestamptz not null default now(), "
        + "generation_seconds double precision not null)");
    List<Double> existing = jdbc.queryForList("select scale from refugio.bench_dataset", Double.class);
    if (!existing.isEmpty()) {
      if (Math.abs(existing.get(0) - size.scale()) > 1e-9) {
        throw new IllegalStateException("The bench database holds a dataset at scale " + existing.get(0)
            + ", not " + size.scale() + ": delete its data directory or use another one");
      }
      log.info("Reusing the COMAR dataset at scale {}", size.scale());
      return new Generated(size, false, 0);
    }
    long started = System.nanoTime();
    officers(size);
    log.info("Bench: {} officers", size.officersPerOffice().values().stream().mapToInt(Integer::intValue).sum());
    olderFiles(size.olderFiles());
    log.info("Bench: {} older files", size.olderFiles());
    concluded(size);
    log.info("Bench: {} concluded claims with history", size.concludedClaims());
    // their steps where claims wait (refugio.claim_step), as V29 derives them from the engine's history; the open
    // claims' steps are written by the application as their instances start
    MigrationBackfills.runAgain(jdbc, "V29__claim_step.sql");
    open(size.openClaims());
    log.info("Bench: {} open claims", size.openClaims());
    transactions.executeWithoutResult(s -> {
      addPrincipals();
      addDependants();
      renumber();
      addRunningDeadlines();
      addCoi();
      addInterpreterBookings();
    });
    jdbc.execute("analyze");
    double seconds = (System.nanoTime() - started) / 1e9;
    jdbc.update("insert into refugio.bench_dataset (scale, officers, open_claims, concluded_claims, older_files, "
        + "generation_seconds) values (?, ?, ?, ?, ?, ?)", size.scale(), size.officers(), size.openClaims(),
        size.concludedClaims(), size.olderFiles(), seconds);
    return new Generated(size, true, seconds);
  }

  /** The generated officer {@code n} (from 1) of a role at an office, e.g. {@code benchEligibilityTap07}. */
  public static String officerId(Role role, String office, int n) {
    return officerPrefix(role, office) + "%02d".formatted(n);
  }

  private static String officerPrefix(Role role, String office) {
    return "bench" + Character.toUpperCase(role.groupId().charAt(0)) + role.groupId().substring(1)
        + Role.officeSuffix(office);
  }

  /** How many of an office's {@code total} officers have a role. */
  public static int officersWithRole(Role role, int total) {
    int registration = Math.max(1, (int) Math.round(total * 0.25));
    int review = Math.max(1, (int) Math.round(total * 0.20));
    int managers = Math.max(1, (int) Math.round(total * 0.05));
    return switch (role) {
      case REGISTRATION -> registration;
      case REVIEW -> review;
      case MANAGER -> managers;
      case ELIGIBILITY -> Math.max(1, total - registration - review - managers);
      default -> 0;
    };
  }

  private void officers(DatasetSize size) {
    IdentityService identity = engine.getIdentityService();
    transactions.executeWithoutResult(s -> size.officersPerOffice().forEach((office, total) -> {
      for (Role role : OFFICER_ROLES) {
        for (int n = 1; n <= officersWithRole(role, total); n++) {
          String id = officerId(role, office, n);
          if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(role.spanishName());
            user.setLastName(office + " " + n);
            user.setPassword(id);
            identity.saveUser(user);
            identity.createMembership(id, role.groupId(office));
          }
        }
      }
    }));
  }

  /** Files closed one to ten years ago: claims and applicants, no engine history (they predate the engine). */
  private void olderFiles(int count) {
    transactions.executeWithoutResult(s -> {
      jdbc.execute("select setseed(0.2026)");
      jdbc.update("insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, "
          + "detained, filed_by_representative, late_filing, status, modality, priority, decision_due, outcome, "
          + "registered_by, registered_at, closed_at, closure_reason, notified_on) "
          + "select 'BENCHTMP-O-' || g, o.code, a.app, a.app - (2 + (g % 20)::int), 'Ciudad Hidalgo', false, false, "
          + "false, 'CLOSED', case when g % 20 < 3 then 'MERGED' else 'REGULAR' end, 50, a.app + 63, "
          + OUTCOME_BY_G + ", ?, a.app::timestamptz, (a.app + 80 + (g % 40)::int)::timestamptz, "
          + "case when g % 20 < 18 then 'DECISION' else 'ABANDONMENT' end, "
          + "case when g % 20 < 18 then a.app + 60 + (g % 20)::int end "
          + "from generate_series(0, ? - 1) g join " + officeRanges()
          + " on (g * 37) % 100 >= o.lo and (g * 37) % 100 < o.hi "
          + "cross join lateral (select current_date - 380 - ((g::bigint * 7919) % 3300)::int as app) a",
          GENERATOR, count);
      addPrincipals();
      addDependants();
      renumber();
    });
  }

  /** Outcomes of decided claims: 45 % recognized (1951), 10 % Cartagena, 10 % complementary, 35 % not recognized. */
  private static final String OUTCOME_BY_G = "case when g % 20 < 9 then 'RECOGNIZED_1951' "
      + "when g % 20 < 11 then 'RECOGNIZED_CARTAGENA' when g % 20 < 13 then 'COMPLEMENTARY_PROTECTION' "
      + "when g % 20 < 18 then 'NOT_RECOGNIZED' else null end";

  /** Claims concluded over the last 12 months, with the engine history of their way through every step. */
  private void concluded(DatasetSize size) {
    int count = size.concludedClaims();
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AsylumClaimProcess.KEY).latestVersion().singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    transactions.executeWithoutResult(s -> {
      jdbc.execute("select setseed(0.1401)");
      // 70 % regular, 10 % accelerated, 15 % merged, 5 % prima facie; every one decided (abandonment is rarer than
      // its own path is worth here)
      jdbc.update("insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, "
          + "detained, filed_by_representative, late_filing, status, modality, priority, outcome, registered_by, "
          + "closure_reason) select 'BENCHTMP-C-' || g, o.code, current_date, current_date, 'Ciudad Hidalgo', "
          + "false, false, false, 'CLOSED', case when g % 20 < 3 then 'MERGED' when g % 20 = 3 then 'PRIMA_FACIE' "
          + "when g % 20 < 6 then 'ACCELERATED' else 'REGULAR' end, 50, "
          + OUTCOME_BY_G.replace("else null", "else 'NOT_RECOGNIZED'") + ", ?, 'DECISION' "
          + "from generate_series(0, ? - 1) g join " + officeRanges()
          + " on (g * 37) % 100 >= o.lo and (g * 37) % 100 < o.hi",
          GENERATOR, count);
      jdbc.update("update refugio.claim set process_instance_id = 'bench-p-' || id "
          + "where case_number like 'BENCHTMP-C-%'");
      jdbc.execute("create temp table bench_step_def (seq integer, act_id text, act_type text, act_name text, "
          + "mean_seconds double precision, in_sub boolean, modalities text, role text) on commit drop");
      jdbc.batchUpdate("insert into bench_step_def values (?, ?, ?, ?, ?, ?, ?, ?)", stepDefinitions(model));
      // each step's duration varies per claim, and the busiest offices are slower
      jdbc.execute("create temp table bench_dur on commit drop as "
          + "select c.id as claim_id, c.office_code, c.modality, c.process_instance_id as pi, d.*, "
          + "(d.mean_seconds * (0.3 + 1.4 * random()) * case c.office_code when 'TAP' then 1.5 "
          + "when 'CDMX' then 1.2 else 1.0 end * interval '1 second') as dur "
          + "from refugio.claim c join bench_step_def d on d.modalities is null or position(c.modality in "
          + "d.modalities) > 0 where c.case_number like 'BENCHTMP-C-%'");
      jdbc.execute("create temp table bench_span on commit drop as "
          + "select claim_id, sum(dur) as total, now() - (random() * interval '364 days') as end_time "
          + "from bench_dur group by claim_id");
      jdbc.execute("create temp table bench_step on commit drop as "
          + "select t.*, t.start_time + t.dur as end_time from (select d.*, sp.end_time - sp.total + coalesce(sum("
          + "d.dur) over (partition by d.claim_id order by d.seq rows between unbounded preceding and 1 preceding), "
          + "interval '0') as start_time from bench_dur d join bench_span sp using (claim_id)) t");
      jdbc.update("update refugio.claim c set application_date = (sp.end_time - sp.total)::date, "
          + "entry_date = (sp.end_time - sp.total)::date - (2 + c.id % 20)::int, "
          + "registered_at = sp.end_time - sp.total, closed_at = sp.end_time, "
          + "decision_due = (sp.end_time - sp.total)::date + 63, "
          + "notified_on = st.end_time::date, appeal_due = sp.end_time::date from bench_span sp, bench_step st "
          + "where sp.claim_id = c.id and st.claim_id = c.id and st.act_id = ?",
          Elements.USER_NOTIFY_RESOLUTION);
      renumber();
      String definitionId = definition.getId();
      jdbc.update("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, "
          + "start_time_, end_time_, removal_time_, duration_, start_user_id_, start_act_id_, end_act_id_, "
          + "root_proc_inst_id_, state_) select c.process_instance_id, c.process_instance_id, c.case_number, ?, ?, "
          + "sp.end_time - sp.total, sp.end_time, sp.end_time + interval '7300 days', "
          + "(extract(epoch from sp.total) * 1000)::bigint, ?, ?, ?, c.process_instance_id, 'COMPLETED' "
          + "from refugio.claim c join bench_span sp on sp.claim_id = c.id",
          AsylumClaimProcess.KEY, definitionId, officerId(Role.REGISTRATION, "TAP", 1),
          Elements.START_CLAIM_FILED, Elements.END_CLAIM_CLOSED);
      // an activity instance per step; those inside the decision stage hang below its subprocess instance
      jdbc.update("insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, "
          + "root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_, "
          + "start_time_, end_time_, duration_, act_inst_state_, sequence_counter_, removal_time_) "
          + "select 'bench-a-' || s.claim_id || '-' || s.seq, case when s.in_sub then 'bench-a-' || s.claim_id "
          + "|| '-sub' else s.pi end, ?, ?, s.pi, s.pi, s.pi, s.act_id, "
          + "case when s.act_type = 'userTask' then 'bench-t-' || s.claim_id || '-' || s.seq end, s.act_name, "
          + "s.act_type, case when s.role is not null then " + assigneeSql(size) + " end, s.start_time, s.end_time, "
          + "(extract(epoch from s.dur) * 1000)::bigint, 1, s.seq, sp.end_time + interval '7300 days' "
          + "from bench_step s join bench_span sp using (claim_id)", AsylumClaimProcess.KEY, definitionId);
      jdbc.update("insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, "
          + "root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, "
          + "duration_, act_inst_state_, sequence_counter_, removal_time_) "
          + "select 'bench-a-' || s.claim_id || '-sub', s.pi, ?, ?, s.pi, s.pi, s.pi, ?, ?, 'subProcess', "
          + "min(s.start_time), max(s.end_time), (extract(epoch from max(s.end_time) - min(s.start_time)) * 1000)"
          + "::bigint, 1, min(s.seq) - 1, max(s.end_time) + interval '7300 days' from bench_step s where s.in_sub "
          + "group by s.claim_id, s.pi", AsylumClaimProcess.KEY, definitionId, Elements.SUB_DECISION,
          name(model, Elements.SUB_DECISION));
      jdbc.update("insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, "
          + "proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, "
          + "delete_reason_, priority_, due_date_, removal_time_, task_state_) "
          + "select 'bench-t-' || s.claim_id || '-' || s.seq, s.act_id, ?, ?, s.pi, s.pi, s.pi, "
          + "'bench-a-' || s.claim_id || '-' || s.seq, s.act_name, " + assigneeSql(size)
          + ", s.start_time, s.end_time, "
          + "(extract(epoch from s.dur) * 1000)::bigint, 'completed', 50, "
          + "(sp.end_time - sp.total) + interval '63 days', sp.end_time + interval '7300 days', 'Completed' "
          + "from bench_step s join bench_span sp using (claim_id) where s.act_type = 'userTask'",
          AsylumClaimProcess.KEY, definitionId);
      // the variables managers filter by; no personal data (as in real history)
      for (String[] variable : List.of(new String[] {OFFICE.name(), "c.office_code"},
          new String[] {MODALITY.name(), "c.modality"}, new String[] {OUTCOME.name(), "c.outcome"},
          new String[] {CASE_NUMBER.name(), "c.case_number"})) {
        jdbc.update("insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, "
            + "proc_inst_id_, execution_id_, act_inst_id_, name_, var_type_, create_time_, rev_, text_, state_, "
            + "removal_time_) select 'bench-v-' || c.id || '-' || ?, ?, ?, c.process_instance_id, "
            + "c.process_instance_id, c.process_instance_id, c.process_instance_id, ?, 'string', c.registered_at, "
            + "0, " + variable[1] + ", 'CREATED', c.closed_at + interval '7300 days' from refugio.claim c "
            + "join bench_span sp on sp.claim_id = c.id", variable[0], AsylumClaimProcess.KEY, definitionId,
            variable[0]);
      }
    });
  }

  /** The generated officer of the step's role at the claim's office who completed it. */
  private String assigneeSql(DatasetSize size) {
    StringJoiner cases = new StringJoiner(" ", "case ", " end");
    size.officersPerOffice().forEach((office, total) -> {
      for (Role role : List.of(Role.REGISTRATION, Role.ELIGIBILITY, Role.REVIEW)) {
        cases.add("when s.office_code = '" + office + "' and s.role = '" + role.groupId() + "' then '"
            + officerPrefix(role, office) + "' || lpad((1 + s.claim_id % " + officersWithRole(role, total)
            + ")::text, 2, '0')");
      }
    });
    return cases.toString();
  }

  /** The steps of a decided claim, in order, with their mean duration in seconds and the role that works them. */
  private static List<Object[]> stepDefinitions(BpmnModelInstance model) {
    double hour = 3600;
    double day = 24 * hour;
    String interviewed = "REGULAR,ACCELERATED,SIMPLIFIED";
    Object[][] steps = {
        {Elements.START_CLAIM_FILED, "startEvent", 0.0, false, null, null},
        {Elements.SERVICE_REGISTER_CLAIM, "serviceTask", 0.05, false, null, null},
        {Elements.SERVICE_ISSUE_CONSTANCIA, "serviceTask", 2.0, false, null, null},
        {Elements.SERVICE_START_DECISION_CLOCK, "serviceTask", 0.02, false, null, null},
        {Elements.XOR_RATIFICATION_NEEDED, "exclusiveGateway", 0.0, false, null, null},
        {Elements.XOR_LATE_FILING, "exclusiveGateway", 0.0, false, null, null},
        {Elements.RULE_TRIAGE_CLAIM, "businessRuleTask", 0.05, false, null, null},
        {Elements.SERVICE_RECORD_TRIAGE, "serviceTask", 0.02, false, null, null},
        {Elements.CALL_REQUEST_COI, "callActivity", 3 * day, false, null, null},
        {Elements.XOR_DECISION_STAGE, "exclusiveGateway", 0.0, false, null, null},
        {"start_decision_stage", "startEvent", 0.0, true, null, null},
        {Elements.XOR_STAGE_ENTRY, "exclusiveGateway", 0.0, true, null, null},
        {Elements.XOR_MODALITY, "exclusiveGateway", 0.0, true, null, null},
        {Elements.USER_CONDUCT_INTERVIEW, "userTask", 18 * day, true, interviewed, Role.ELIGIBILITY.groupId()},
        {Elements.USER_CONDUCT_MERGED_INTERVIEW, "userTask", 8 * day, true, "MERGED", Role.REGISTRATION.groupId()},
        {"xor_interviewed", "exclusiveGateway", 0.0, true, null, null},
        {"xor_assessment_due", "exclusiveGateway", 0.0, true, null, null},
        {Elements.USER_ASSESS_CLAIM, "userTask", 10 * day, true, null, Role.ELIGIBILITY.groupId()},
        {Elements.USER_REVIEW_ASSESSMENT, "userTask", 4 * day, true, null, Role.REVIEW.groupId()},
        {Elements.XOR_REVIEW_RESULT, "exclusiveGateway", 0.0, true, null, null},
        {Elements.USER_DECIDE_CLAIM, "userTask", 2 * day, true, null, Role.REVIEW.groupId()},
        {"end_decision_stage", "noneEndEvent", 0.0, true, null, null},
        {Elements.SERVICE_STOP_DECISION_CLOCK, "serviceTask", 0.02, false, null, null},
        {Elements.SERVICE_ISSUE_RESOLUTION, "serviceTask", 2.0, false, null, null},
        {Elements.USER_NOTIFY_RESOLUTION, "userTask", 6 * day, false, null, Role.REGISTRATION.groupId()},
        {Elements.SERVICE_OPEN_APPEAL_WINDOW, "serviceTask", 0.02, false, null, null},
        {Elements.EVGW_APPEAL_WINDOW, "eventBasedGateway", 0.0, false, null, null},
        {Elements.TIMER_APPEAL_WINDOW_CLOSED, "intermediateTimer", 21 * day, false, null, null},
        {Elements.XOR_DECISION_FINAL, "exclusiveGateway", 0.0, false, null, null},
        {Elements.SERVICE_CLOSE_CLAIM, "serviceTask", 0.05, false, null, null},
        {Elements.END_CLAIM_CLOSED, "noneEndEvent", 0.0, false, null, null},
    };
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      Object[] step = steps[i];
      String id = (String) step[0];
      rows.add(new Object[] {i + 1, id, step[1], name(model, id), step[2], step[3], step[4], step[5]});
    }
    return rows;
  }

  private static String name(BpmnModelInstance model, String elementId) {
    ModelElementInstance element = model.getModelElementById(elementId);
    if (element == null) {
      throw new IllegalStateException("asylum-claim has no element " + elementId + ": update the bench's steps");
    }
    return element.getAttributeValue("name");
  }

  /** Open claims as real process instances, each parked at its step with what the earlier steps would have set. */
  private void open(int count) {
    Map<String, Integer> counters = new HashMap<>();
    jdbc.query("select office_code, year, last_value from refugio.case_number_counter",
        rs -> {
          counters.put(rs.getString(1) + "|" + rs.getInt(2), rs.getInt(3));
        });
    List<String> steps = new ArrayList<>();
    OPEN_STEP_SHARES.forEach((step, share) -> {
      for (int i = 0; i < share; i++) {
        steps.add(step);
      }
    });
    Random random = new Random(60_000);
    LocalDate today = LocalDate.now(ZONE);
    for (int from = 0; from < count; from += BATCH) {
      int to = Math.min(count, from + BATCH);
      int first = from;
      transactions.executeWithoutResult(s -> {
        for (int n = first; n < to; n++) {
          // office by n % 100, step by a stride that visits every step at every office
          openClaim(n, steps.get((int) Math.floorMod(53L * (n / 100) + 37L * n, 100)), today, random, counters);
        }
        counters.forEach((key, last) -> jdbc.update("insert into refugio.case_number_counter (office_code, year, "
            + "last_value) values (?, ?, ?) on conflict (office_code, year) do update set last_value = "
            + "greatest(refugio.case_number_counter.last_value, excluded.last_value)", key.split("\\|")[0],
            Integer.parseInt(key.split("\\|")[1]), last));
      });
      if (to % 5000 == 0) {
        log.info("Bench: {} of {} open claims", to, count);
      }
    }
  }

  private void openClaim(int n, String step, LocalDate today, Random random, Map<String, Integer> counters) {
    String office = DatasetSize.officeOf(n);
    int age = switch (step) {
      case Elements.USER_RATIFY_CLAIM, Elements.USER_NOTIFY_INM -> 1;
      case Elements.USER_ASSESS_PREVENTION_REPLY -> 3;
      case Elements.USER_CONDUCT_MERGED_INTERVIEW -> 1 + random.nextInt(20);
      case Elements.USER_CONDUCT_INTERVIEW -> 1 + random.nextInt(40);
      case Elements.USER_ASSESS_CLAIM -> 10 + random.nextInt(40);
      case Elements.USER_REVIEW_ASSESSMENT -> 20 + random.nextInt(35);
      case Elements.USER_DECIDE_CLAIM -> 25 + random.nextInt(31);
      case Elements.USER_NOTIFY_RESOLUTION -> 40 + random.nextInt(50);
      default -> 50 + random.nextInt(50);
    };
    LocalDate applied = today.minusDays(age);
    boolean late = step.equals(Elements.USER_NOTIFY_INM) || step.equals(Elements.USER_ASSESS_PREVENTION_REPLY);
    boolean representative = step.equals(Elements.USER_RATIFY_CLAIM);
    boolean triaged = !late && !representative;
    String modality = !triaged ? null : step.equals(Elements.USER_CONDUCT_MERGED_INTERVIEW) ? "MERGED"
        : n % 10 == 0 ? "ACCELERATED" : "REGULAR";
    String key = office + "|" + applied.getYear();
    int sequence = counters.merge(key, 1, Integer::sum);
    String caseNumber = "%s-%d-%06d".formatted(office, applied.getYear(), sequence);
    boolean female = random.nextInt(100) < 45;
    String given = (female ? FEMALE : MALE).get(random.nextInt(20));
    String family = FAMILY.get(random.nextInt(FAMILY.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size()));
    String nationality = NATIONALITIES.get(random.nextInt(NATIONALITIES.size()));
    String language = nationality.equals("HT") ? "ht" : "es";
    LocalDate decisionDue = applied.plusDays(63);
    Long claimId = jdbc.queryForObject("insert into refugio.claim (case_number, office_code, application_date, "
        + "entry_date, entry_place, detained, filed_by_representative, late_filing, modality, priority, decision_due, "
        + "registered_by, registered_at) values (?, ?, ?, ?, 'Ciudad Hidalgo', false, ?, ?, ?, ?, ?, ?, ?) "
        + "returning id", Long.class, caseNumber, office, applied, applied.minusDays(late ? 60 : 2 + n % 20),
        representative, late, modality, triaged ? 50 : null, decisionDue, GENERATOR,
        java.sql.Timestamp.from(applied.atStartOfDay(ZONE).toInstant()));
    jdbc.update("insert into refugio.person (claim_id, role, given_names, family_names, sex, date_of_birth, "
        + "nationality, languages) values (?, 'PRINCIPAL', ?, ?, ?, ?, ?, ?::text[])", claimId, given, family,
        female ? "F" : "M", LocalDate.of(1950, 1, 1).plusDays(random.nextInt(21_000)), nationality,
        "{" + language + "}");

    Map<String, Object> variables = new HashMap<>();
    CLAIM_ID.put(variables, claimId);
    CASE_NUMBER.put(variables, caseNumber);
    OFFICE.put(variables, office);
    APPLICANT_NAME.put(variables, given + " " + family);
    NATIONALITY.put(variables, nationality);
    LANGUAGE.put(variables, language);
    DETAINED.put(variables, false);
    LATE_FILING.put(variables, late);
    FILED_BY_REPRESENTATIVE.put(variables, representative);
    SPECIFIC_NEEDS.put(variables, false);
    PRIOR_CLAIM.put(variables, false);
    EXCLUSION_INDICATORS.put(variables, false);
    DECISION_DUE.put(variables, endOfDay(decisionDue));
    DECISION_WARNING_DUE.put(variables, endOfDay(decisionDue.minusDays(7)));
    DECISION_BREACHED.put(variables, false);
    if (representative) {
      RATIFICATION_DUE.put(variables, endOfDay(today.plusDays(3)));
    }
    if (late) {
      INM_NOTICE_DUE.put(variables, endOfDay(today.plusDays(2)));
      PREVENTION_REPLY_DUE.put(variables, endOfDay(today.plusDays(5)));
    }
    if (triaged) {
      MODALITY.put(variables, modality);
      PRIORITY.put(variables, 50);
      INTERVIEW_TYPE.put(variables, modality.equals("MERGED") ? "MERGED" : "FULL");
      SENIOR_REVIEW.put(variables, false);
      TARGET_DUE.put(variables, endOfDay(applied.plusDays(modality.equals("REGULAR") ? 40 : 20)));
    }
    int stepIndex = List.copyOf(OPEN_STEP_SHARES.keySet()).indexOf(step);
    int assessed = List.copyOf(OPEN_STEP_SHARES.keySet()).indexOf(Elements.USER_REVIEW_ASSESSMENT);
    if (stepIndex >= assessed) {
      PROPOSED_OUTCOME.put(variables, "RECOGNIZED_1951");
      ASSESSMENT.put(variables, "Evaluación generada para la prueba de rendimiento.");
      ASSESSMENT_AUTHOR.put(variables, officerId(Role.ELIGIBILITY, office, 1));
    }
    if (stepIndex > assessed) {
      REVIEW_APPROVED.put(variables, true);
    }
    if (step.equals(Elements.USER_NOTIFY_RESOLUTION) || step.equals(Elements.EVGW_APPEAL_WINDOW)) {
      OUTCOME.put(variables, n % 3 == 0 ? "NOT_RECOGNIZED" : "RECOGNIZED_1951");
      RESOLUTION_GROUNDS.put(variables, "Resolución generada para la prueba de rendimiento.");
    }
    if (step.equals(Elements.EVGW_APPEAL_WINDOW)) {
      NOTIFICATION_DATE.put(variables, today.minusDays(2).toString());
      NOTIFICATION_METHOD.put(variables, "IN_PERSON");
      APPEAL_DUE.put(variables, endOfDay(today.plusDays(1 + n % 20)));
    }
    String instanceId = engine.getRuntimeService().createProcessInstanceByKey(AsylumClaimProcess.KEY)
        .businessKey(caseNumber).setVariables(variables).startBeforeActivity(step).execute().getId();
    jdbc.update("update refugio.claim set process_instance_id = ? where id = ?", instanceId, claimId);
    grants.grantOffice(instanceId, office);
  }

  /**
   * The running legal deadlines of the open claims ({@code refugio.deadline}, which the calendar moves and managers'
   * deadline views read), from the instances' own deadline variables.
   */
  private void addRunningDeadlines() {
    jdbc.update("insert into refugio.deadline (process_instance_id, business_key, name, office_code, event_day, "
        + "business_days, due_at, status, started_at) select v.proc_inst_id_, c.case_number, v.name_, c.office_code, "
        + "c.application_date, case v.name_ when ? then 45 when ? then 40 when ? then 30 when ? then 15 else 3 end, "
        + "to_timestamp(v.long_ / 1000.0), 'OPEN', c.registered_at from act_ru_variable v join refugio.claim c on "
        + "c.process_instance_id = v.proc_inst_id_ where c.registered_by = ? and v.execution_id_ = v.proc_inst_id_ "
        + "and v.name_ in (?, ?, ?, ?, ?, ?) and v.long_ is not null and not exists (select 1 from refugio.deadline d "
        + "where d.process_instance_id = v.proc_inst_id_ and d.name = v.name_ and d.status = 'OPEN') "
        // once decided, the decision's clocks are closed
        + "and not (v.name_ in (?, ?, ?) and exists (select 1 from act_ru_execution e where e.proc_inst_id_ = "
        + "v.proc_inst_id_ and e.act_id_ in (?, ?, ?, ?)))",
        DECISION_DUE.name(), DECISION_WARNING_DUE.name(), TARGET_DUE.name(), APPEAL_DUE.name(), GENERATOR,
        DECISION_DUE.name(), DECISION_WARNING_DUE.name(), TARGET_DUE.name(), APPEAL_DUE.name(),
        RATIFICATION_DUE.name(), PREVENTION_REPLY_DUE.name(), DECISION_DUE.name(), DECISION_WARNING_DUE.name(),
        TARGET_DUE.name(), Elements.USER_NOTIFY_RESOLUTION, Elements.EVGW_APPEAL_WINDOW, Elements.MSG_APPEAL_FILED,
        Elements.TIMER_APPEAL_WINDOW_CLOSED);
  }

  /**
   * The COI of every generated claim that reached the COI step (every concluded claim, every open one past triage):
   * a repository document per nationality, SRE's weekly answer per nationality over the last 13 months, the first COI
   * attached to each claim ({@code refugio.claim_coi}) and its timing ({@code refugio.claim_coi_timing}, as
   * org.refugio.coi keeps it). A claim whose COI step spans one of SRE's answers for its nationality waited for it;
   * the others got the repository's document at once. Concluded claims reached the step at their history's
   * {@code call_request_coi}; open ones two days after registration (or halfway to now), for 0-4 days.
   */
  private void addCoi() {
    jdbc.update("insert into refugio.coi_document (country, title, source, published_on, review_by, media_type, "
        + "content, sha256, body_text, uploaded_by, uploaded_at) select n, 'Situación del país ' || n, 'bench', "
        + "current_date - 820, current_date + 3650, 'text/html', convert_to('<p>bench</p>', 'UTF8'), repeat('0', 64), "
        + "'situación general del país', ?, now() - interval '800 days' from unnest(?::text[]) n",
        GENERATOR, "{HN,HT,CU,VE,SV,GT,NI}");
    jdbc.update("insert into refugio.coi_request (country, question, status, opened_at, answered_at, answered_by) "
        + "select n, 'Solicitud semanal (bench) ' || n || ' ' || w, 'ANSWERED', now() - make_interval(days => 7 * w "
        + "+ 5), now() - make_interval(days => 7 * w, hours => (w * 7) % 24), ? from unnest(?::text[]) n "
        + "cross join generate_series(0, 56) w", GENERATOR, "{HN,HT,CU,VE,SV,GT,NI}");
    jdbc.update("insert into refugio.coi_document (country, title, source, published_on, review_by, media_type, "
        + "content, sha256, body_text, coi_request_id, uploaded_by, uploaded_at) select r.country, 'Respuesta de la "
        + "SRE ' || r.id, 'SRE', r.answered_at::date, r.answered_at::date + 365, 'text/html', convert_to('<p>bench"
        + "</p>', 'UTF8'), repeat('0', 64), 'respuesta de la SRE', r.id, ?, r.answered_at from refugio.coi_request r "
        + "where r.answered_by = ?", GENERATOR, GENERATOR);
    jdbc.execute("create temp table bench_coi on commit drop as "
        + "select c.id as claim_id, p.nationality as country, a.start_time_::timestamptz as reached, "
        + "a.end_time_::timestamptz as settled from refugio.claim c join act_hi_actinst a on a.proc_inst_id_ = "
        + "c.process_instance_id and a.act_id_ = '" + Elements.CALL_REQUEST_COI + "' join refugio.person p on "
        + "p.claim_id = c.id and p.role = 'PRINCIPAL' where c.registered_by = '" + GENERATOR + "' "
        + "union all select c.id, p.nationality, c.registered_at + least(interval '2 days', (now() - c.registered_at) "
        + "/ 2), least(now(), c.registered_at + make_interval(days => 2 + (c.id % 5)::int, hours => (c.id % 24)::int)) "
        + "from refugio.claim c "
        + "join refugio.person p on p.claim_id = c.id and p.role = 'PRINCIPAL' where c.registered_by = '"
        + GENERATOR + "' and c.status = 'OPEN' and c.modality is not null");
    jdbc.execute("create temp table bench_first_coi on commit drop as "
        + "select b.claim_id, b.reached, coalesce(sre.id, repo.id) as document_id, coalesce(sre.uploaded_at, "
        + "b.reached) as attached_at from bench_coi b join refugio.coi_document repo on repo.country = b.country "
        + "and repo.uploaded_by = '" + GENERATOR + "' and repo.coi_request_id is null left join lateral (select d.id, "
        + "d.uploaded_at from refugio.coi_document d where d.country = b.country and d.uploaded_by = '" + GENERATOR
        + "' and d.coi_request_id is not null and d.uploaded_at > b.reached and d.uploaded_at <= b.settled order by "
        + "d.uploaded_at limit 1) sre on true");
    jdbc.update("insert into refugio.claim_coi (claim_id, document_id, attached_by, attached_at) select claim_id, "
        + "document_id, 'system', attached_at from bench_first_coi");
    jdbc.update("insert into refugio.claim_coi_timing (claim_id, coi_step_reached_at, first_coi_attached_at, "
        + "first_coi_document_id, first_coi_uploaded_at, first_coi_request_id) select f.claim_id, f.reached, "
        + "f.attached_at, d.id, d.uploaded_at, d.coi_request_id from bench_first_coi f join refugio.coi_document d "
        + "on d.id = f.document_id");
  }

  /**
   * An interpreter booking for every Haitian principal applicant of a claim past triage (Haitian Creole): 3 in 4
   * confirmed by the provider within 2-72 hours, 1 in 8 booked by hand after 3 days, the rest still pending when open.
   */
  private void addInterpreterBookings() {
    jdbc.update("insert into refugio.interpretation_booking (reference, claim_id, attempt, language, "
        + "interpreter_gender, office_code, status, requested_at, confirmed_at) select 'bench-i-' || c.id, c.id, 1, "
        + "'ht', 'ANY', c.office_code, s.status, c.registered_at + interval '2 days', case s.status when 'CONFIRMED' "
        + "then c.registered_at + make_interval(days => 2, hours => 2 + (c.id % 71)::int) when 'MANUAL' then "
        + "c.registered_at + interval '5 days' end from refugio.claim c join refugio.person p on p.claim_id = c.id "
        + "and p.role = 'PRINCIPAL' and p.nationality = 'HT' cross join lateral (select case when c.id % 8 < 6 "
        + "then 'CONFIRMED' when c.id % 8 = 6 or c.status = 'CLOSED' then 'MANUAL' else 'REQUESTED' end as status) s "
        + "where c.registered_by = ? and c.modality is not null and c.process_instance_id is not null", GENERATOR);
  }

  private void addPrincipals() {
    jdbc.update("insert into refugio.person (claim_id, role, given_names, family_names, sex, date_of_birth, "
        + "nationality, languages) select c.id, 'PRINCIPAL', case when r.sex = 'F' then (?::text[])[1 + floor(r.r1 "
        + "* 20)::int] else (?::text[])[1 + floor(r.r1 * 20)::int] end, (?::text[])[1 + floor(r.r2 * ?)::int] || ' ' "
        + "|| (?::text[])[1 + floor(r.r3 * ?)::int], r.sex, date '1950-01-01' + floor(r.r4 * 21000)::int, r.nat, "
        + "case when r.nat = 'HT' then '{ht,fr}'::text[] else '{es}'::text[] end from refugio.claim c "
        + "cross join lateral (select c.id as claim_id, case when random() < 0.45 then 'F' else 'M' end as sex, "
        + "random() as r1, random() as r2, random() as r3, random() as r4, (?::text[])[1 + floor(random() * 20)"
        + "::int] as nat) r where c.registered_by = ? and not exists (select 1 from refugio.person p "
        + "where p.claim_id = c.id and p.role = 'PRINCIPAL')", array(FEMALE), array(MALE), array(FAMILY),
        FAMILY.size(), array(FAMILY), FAMILY.size(), array(NATIONALITIES), GENERATOR);
  }

  /** Three claims in ten are a family case with a child. */
  private void addDependants() {
    jdbc.update("insert into refugio.person (claim_id, role, relationship, given_names, family_names, sex, "
        + "date_of_birth, nationality, languages) select p.claim_id, 'DEPENDANT', 'CHILD', "
        + "case when p.claim_id % 2 = 0 "
        + "then (?::text[])[1 + (p.claim_id % 20)::int] else (?::text[])[1 + (p.claim_id % 20)::int] end, "
        + "p.family_names, case when p.claim_id % 2 = 0 then 'F' else 'M' end, date '2010-01-01' + (p.claim_id % 5000)"
        + "::int, p.nationality, p.languages from refugio.person p join refugio.claim c on c.id = p.claim_id "
        + "where c.registered_by = ? and p.role = 'PRINCIPAL' and c.id % 10 < 3 and not exists (select 1 from "
        + "refugio.person d where d.claim_id = c.id and d.role = 'DEPENDANT')", array(FEMALE), array(MALE),
        GENERATOR);
  }

  /** Gives the generated claims real case numbers, gap-free per office and year after those already issued. */
  private void renumber() {
    jdbc.update("with numbered as (select c.id, c.office_code, extract(year from c.application_date)::int as yr, "
        + "row_number() over (partition by c.office_code, extract(year from c.application_date) order by "
        + "c.application_date, c.id) as n from refugio.claim c where c.case_number like 'BENCHTMP-%') "
        + "update refugio.claim c set case_number = n.office_code || '-' || n.yr || '-' || lpad((coalesce("
        + "k.last_value, 0) + n.n)::text, 6, '0') from numbered n left join refugio.case_number_counter k on "
        + "k.office_code = n.office_code and k.year = n.yr where c.id = n.id");
    jdbc.update("insert into refugio.case_number_counter (office_code, year, last_value) select office_code, "
        + "extract(year from application_date)::int, max(substring(case_number from '(\\d+)$')::int) "
        + "from refugio.claim group by 1, 2 on conflict (office_code, year) do update set last_value = "
        + "greatest(refugio.case_number_counter.last_value, excluded.last_value)");
  }

  private static String officeRanges() {
    StringJoiner rows = new StringJoiner(", ", "(values ", ") as o(code, lo, hi)");
    int lower = 0;
    for (Map.Entry<String, Integer> share : DatasetSize.OFFICE_SHARES.entrySet()) {
      rows.add("('" + share.getKey() + "', " + lower + ", " + (lower + share.getValue()) + ")");
      lower += share.getValue();
    }
    return rows.toString();
  }

  private static String array(List<String> values) {
    StringJoiner literal = new StringJoiner(",", "{", "}");
    values.forEach(v -> literal.add("\"" + v + "\""));
    return literal.toString();
  }

  private static Date endOfDay(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
  }

  private static Map<String, Integer> openStepShares() {
    Map<String, Integer> shares = new java.util.LinkedHashMap<>();
    shares.put(Elements.USER_RATIFY_CLAIM, 2);
    shares.put(Elements.USER_NOTIFY_INM, 1);
    shares.put(Elements.USER_ASSESS_PREVENTION_REPLY, 2);
    shares.put(Elements.USER_CONDUCT_MERGED_INTERVIEW, 10);
    shares.put(Elements.USER_CONDUCT_INTERVIEW, 35);
    shares.put(Elements.USER_ASSESS_CLAIM, 25);
    shares.put(Elements.USER_REVIEW_ASSESSMENT, 10);
    shares.put(Elements.USER_DECIDE_CLAIM, 5);
    shares.put(Elements.USER_NOTIFY_RESOLUTION, 5);
    shares.put(Elements.EVGW_APPEAL_WINDOW, 5);
    return java.util.Collections.unmodifiableMap(shares);
  }

  /** What {@link #ensure} found or made. */
  public record Generated(DatasetSize size, boolean generatedNow, double seconds) {
  }
}
