package org.refugio.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures the managers' views at COMAR scale and PRINTS the times; it asserts none (figures go to
 * docs/performance.md). Not run by {@code ./mvnw verify} (its name matches neither *Test nor *IT). Run it with
 * {@code ./mvnw -pl app verify -Dit.test=InsightQueryBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * [-Drefugio.bench.claims=140000]}.
 */
@Tag("bench")
class InsightQueryBench extends IntegrationTest {

  private static final int CLAIMS = Integer.getInteger("refugio.bench.claims", 140_000);
  private static final int RUNS = 5;
  private static final String[] STEPS = {"user_ratify_claim", "user_conduct_interview", "user_assess_claim",
      "user_review_assessment", "user_decide_claim", "user_notify_resolution", "service_issue_constancia",
      "service_register_claim"};

  @Autowired
  private InsightService insight;
  @Autowired
  private InsightMapper mapper;
  @Autowired
  private org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired
  private org.apache.ibatis.session.SqlSessionFactory sessions;
  @Autowired
  private org.refugio.calendar.BusinessCalendar calendar;

  @AfterEach
  void removeTheSeed() {
    jdbc.update("delete from refugio.claim_coi_timing where claim_id in (select id from refugio.claim where "
        + "case_number like 'BENCH-%')");
    jdbc.update("delete from refugio.claim_coi where claim_id in (select id from refugio.claim where case_number like "
        + "'BENCH-%')");
    jdbc.update("delete from refugio.interpretation_booking where reference like 'BENCH-%'");
    jdbc.update("delete from refugio.coi_document where title = 'BENCH-document'");
    jdbc.update("delete from refugio.coi_request where question = 'BENCH-question'");
    jdbc.update("delete from refugio.deadline where process_instance_id like 'BENCH-%'");
    jdbc.update("delete from act_hi_actinst where proc_inst_id_ like 'BENCH-%'");
    jdbc.update("delete from refugio.claim_step where process_instance_id like 'BENCH-%'");
    jdbc.update("delete from refugio.claim where case_number like 'BENCH-%'");
  }

  @Test
  void printTheTimesOfEveryView() {
    long started = System.nanoTime();
    seed();
    System.out.printf("BENCH seeded %,d claims, %,d activity instances, %,d open deadlines in %,d ms%n",
        count("refugio.claim where case_number like 'BENCH-%'"), count("act_hi_actinst where proc_inst_id_ like "
            + "'BENCH-%'"), count("refugio.deadline where process_instance_id like 'BENCH-%'"),
        (System.nanoTime() - started) / 1_000_000);
    System.out.println("BENCH load average: " + loadAverage());
    System.out.printf("BENCH COI attachments: %,d, interpreter bookings: %,d%n",
        count("refugio.claim_coi where claim_id in (select id from refugio.claim where case_number like 'BENCH-%')"),
        count("refugio.interpretation_booking where reference like 'BENCH-%'"));
    System.out.printf("BENCH open claims: %,d%n",
        count("refugio.claim where case_number like 'BENCH-%' and status = 'OPEN'"));
    // what autovacuum leaves of insert-only tables: their visibility map set
    jdbc.execute("vacuum (analyze) act_hi_actinst");
    jdbc.execute("vacuum (analyze) refugio.claim");
    jdbc.execute("vacuum (analyze) refugio.claim_coi_timing");
    jdbc.execute("vacuum (analyze) refugio.claim_step");
    LocalDate today = LocalDate.now();
    InsightFilter year = InsightFilter.of(today.minusYears(1).plusDays(1), today, null, null,
        java.time.ZoneId.systemDefault().getId());
    bottleneckPlans(year);
    explainBottlenecks("TAP, 12 months", InsightFilter.of(today.minusYears(1).plusDays(1), today, List.of("TAP"), null,
        year.zone()));
    System.out.println("BENCH --- before and after, side by side");
    beforeAndAfter(year);
    System.out.println("BENCH --- every view, as shipped");
    views();
    System.out.println("BENCH load average: " + loadAverage());
  }

  /**
   * Each change against what it replaced, in this run: the bottleneck view through InsightService on connections
   * whose {@code plan_cache_mode} is PostgreSQL's default ({@code auto}) and {@code force_custom_plan}; the COI
   * turnaround as derived before V28 (history and attachments, the old SQL, bound as MyBatis bound it) and read from
   * {@code claim_coi_timing}; the deadline-risk view listing every claim (the old SQL) and counting.
   */
  private void beforeAndAfter(InsightFilter year) {
    // the bottleneck statement as shipped before V29, over the engine's history, with the indexes it had then
    // (EngineHistoryIndexes created them; it drops them since), planned with its values; then the view as shipped
    // now, through InsightService, over refugio.claim_step
    String historyBottlenecks = """
        select coalesce(d.act_id_, w.act_id_) as activity_id,
          (select x.act_name_ from act_hi_actinst x where x.proc_def_key_ = ? and x.act_id_ = coalesce(d.act_id_,
            w.act_id_) order by x.end_time_ limit 1) as activity_name,
          coalesce(w.waiting, 0) as waiting, coalesce(d.completed, 0) as completed,
          d.median_ms / 60000.0 as median_minutes, d.p90_ms / 60000.0 as p90_minutes
        from (
          select a.act_id_, count(*) as completed,
            percentile_cont(0.5) within group (order by a.duration_) as median_ms,
            percentile_cont(0.9) within group (order by a.duration_) as p90_ms
          from act_hi_actinst a
          where a.proc_def_key_ = ? and a.end_time_ >= cast(? as timestamp) and a.end_time_ < cast(? as timestamp)
          group by a.act_id_) d
        full join (
          select a.act_id_, count(*) as waiting from act_hi_actinst a
          where a.proc_def_key_ = ? and a.end_time_ is null group by a.act_id_) w on w.act_id_ = d.act_id_
        order by 1""";
    Object[] bottleneckParams = {"asylum-claim", "asylum-claim", year.fromStart(), year.toEnd(), "asylum-claim"};
    var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    jdbc.execute("create index bench_hi_actinst_key_act_end on act_hi_actinst (proc_def_key_, act_id_, end_time_)"
        + " include (duration_, proc_inst_id_, start_time_)");
    jdbc.execute("create index bench_hi_actinst_open on act_hi_actinst (proc_def_key_, act_id_)"
        + " include (proc_inst_id_) where end_time_ is null");
    jdbc.execute("vacuum (analyze) act_hi_actinst");
    try {
      steady("bottlenecks, national, 12 months, BEFORE (engine history, its indexes then, force_custom_plan)",
          () -> transaction.execute(status -> {
            jdbc.queryForObject("select set_config('plan_cache_mode', 'force_custom_plan', true) || "
                + "set_config('work_mem', '32MB', true)", String.class);
            return jdbc.queryForList(historyBottlenecks, bottleneckParams);
          }));
    } finally {
      jdbc.execute("drop index bench_hi_actinst_key_act_end");
      jdbc.execute("drop index bench_hi_actinst_open");
    }
    steady("bottlenecks, national, 12 months, AFTER (InsightService over refugio.claim_step)",
        () -> insight.bottlenecks(year));
    Object[] params = {year.fromStart(), year.toEnd(), year.zone()};
    String coiBefore = """
        with claims_in_filter as (
          select c.id, c.process_instance_id, c.office_code, c.modality, c.registered_at
          from refugio.claim c where c.registered_at >= ? and c.registered_at < ?)
        select month, office, modality, grouping(month) = 1 as total, count(*) as claims,
          count(*) filter (where attached) as attached, count(*) filter (where from_repository) as from_repository,
          count(*) filter (where waited_for_sre) as waited_for_sre,
          percentile_cont(0.5) within group (order by days) filter (where attached) as median_days,
          percentile_cont(0.9) within group (order by days) filter (where attached) as p90_days
        from (
          select to_char(c.registered_at at time zone ?, 'YYYY-MM') as month, c.office_code as office, c.modality,
            first_coi.attached_at is not null as attached,
            coalesce(first_coi.attached_at is not null and first_coi.uploaded_at <= coi_step.reached_at, false)
              as from_repository,
            coalesce(first_coi.attached_at is not null and first_coi.coi_request_id is not null
              and first_coi.uploaded_at > coi_step.reached_at, false) as waited_for_sre,
            greatest(0, extract(epoch from (first_coi.attached_at - coi_step.reached_at)) / 86400.0) as days
          from claims_in_filter c
          join (select a.proc_inst_id_, min(a.start_time_) as reached_at from act_hi_actinst a
            where a.proc_def_key_ = 'asylum-claim' and a.act_id_ = 'call_request_coi'
              and a.proc_inst_id_ in (select f.process_instance_id from claims_in_filter f)
            group by a.proc_inst_id_) coi_step on coi_step.proc_inst_id_ = c.process_instance_id
          left join (select distinct on (cc.claim_id) cc.claim_id, cc.attached_at, d.uploaded_at, d.coi_request_id
            from refugio.claim_coi cc join refugio.coi_document d on d.id = cc.document_id
            where cc.claim_id in (select f.id from claims_in_filter f)
            order by cc.claim_id, cc.attached_at, cc.document_id) first_coi on first_coi.claim_id = c.id
        ) claims_at_coi
        group by grouping sets ((month, office, modality), ())
        order by total, month, office, modality""";
    List<java.util.Map<String, Object>> before = jdbc.queryForList(coiBefore, params);
    List<InsightMapper.KpiRow> after = mapper.kpis(year);
    System.out.printf("BENCH COI turnaround rows, before V28 / from claim_coi_timing (KPI rows): %,d / %,d; national "
        + "total before %s, after %s%n", before.size(), after.size(), before.get(before.size() - 1),
        after.get(after.size() - 1));
    time("kpis: COI turnaround, national, 12 months, BEFORE (derived from history and attachments)",
        () -> jdbc.queryForList(coiBefore, params));
    // the KPI view's registrations and COI as the two statements they were until one pass read both
    String kpisTwoStatementsRegistrations = """
        select to_char(c.month, 'YYYY-MM') as month, c.office_code as office, c.modality, count(*) as registered,
          count(*) filter (where c.closed_at is not null and c.closure_reason is distinct from 'TRANSFER') as concluded,
          count(*) filter (where c.closed_at is not null and c.closure_reason is distinct from 'TRANSFER'
            and c.closed_at <= c.registered_at + interval '20 days') as within_20,
          count(*) filter (where c.closed_at is not null and c.closure_reason is distinct from 'TRANSFER'
            and c.closed_at <= c.registered_at + interval '90 days') as within_90,
          count(*) filter (where c.closure_reason = 'ABANDONMENT') as abandoned,
          count(*) filter (where c.closure_reason = 'WITHDRAWAL') as withdrawn
        from (select date_trunc('month', c.registered_at at time zone ?) as month, c.office_code, c.modality,
            c.registered_at, c.closed_at, c.closure_reason
          from refugio.claim c where c.registered_at >= ? and c.registered_at < ?) c
        group by c.month, c.office_code, c.modality
        order by c.month, c.office_code, c.modality""";
    String kpisTwoStatementsCoi = """
        select to_char(month, 'YYYY-MM') as month, office, modality, grouping(month) = 1 as total, count(*) as claims,
          count(*) filter (where attached) as attached,
          count(*) filter (where source = 'REPOSITORY') as from_repository,
          count(*) filter (where source = 'SRE') as waited_for_sre,
          percentile_cont(0.5) within group (order by days) filter (where attached) as median_days,
          percentile_cont(0.9) within group (order by days) filter (where attached) as p90_days
        from (select date_trunc('month', c.registered_at at time zone ?) as month, c.office_code as office, c.modality,
            t.first_coi_attached_at is not null as attached, t.coi_source as source,
            greatest(0, extract(epoch from (t.first_coi_attached_at - t.coi_step_reached_at)) / 86400.0) as days
          from refugio.claim c
          join refugio.claim_coi_timing t on t.claim_id = c.id and t.coi_step_reached_at is not null
          where c.registered_at >= ? and c.registered_at < ?) claims_at_coi
        group by grouping sets ((month, office, modality), ())
        order by grouping(month), claims_at_coi.month, office, modality""";
    Object[] zoneFirst = {year.zone(), year.fromStart(), year.toEnd()};
    List<java.util.Map<String, Object>> coiTwoStatements = jdbc.queryForList(kpisTwoStatementsCoi, zoneFirst);
    System.out.printf("BENCH KPI rows, two statements / one: %,d (+ %,d COI) / %,d (with the total); national COI "
        + "total, two statements %s, one %s%n", jdbc.queryForList(kpisTwoStatementsRegistrations, zoneFirst).size(),
        coiTwoStatements.size(), after.size(), coiTwoStatements.get(coiTwoStatements.size() - 1),
        after.get(after.size() - 1));
    for (int round = 1; round <= 2; round++) {
      System.out.println("BENCH load average: " + loadAverage());
      time("kpis: registrations and COI, national, BEFORE (two statements, round " + round + ")",
          () -> inView(() -> jdbc.queryForList(kpisTwoStatementsRegistrations, zoneFirst).size()
              + jdbc.queryForList(kpisTwoStatementsCoi, zoneFirst).size()));
      time("kpis: registrations and COI, national, AFTER (one statement, mapper.kpis, round " + round + ")",
          () -> inView(() -> mapper.kpis(year)));
    }
    var kpisBound = sessions.getConfiguration().getMappedStatement(InsightMapper.class.getName() + ".kpis")
        .getBoundSql(java.util.Map.of("f", year));
    System.out.println("BENCH plan of the KPIs (registrations and COI) as shipped:\n" + String.join("\n",
        jdbc.queryForList("explain (analyze, buffers) " + kpisBound.getSql(), String.class, kpisBound
            .getParameterMappings().stream().map(m -> m.getProperty().equals("f.zone") ? (Object) year.zone()
                : m.getProperty().equals("f.fromStart") ? year.fromStart() : year.toEnd()).toArray())));
    String deadlinesBefore0 = """
        select c.case_number, c.office_code as office, c.modality, d.name as deadline, d.due_at, s.act_id_ as step
        from refugio.deadline d
        join refugio.claim c on c.process_instance_id = d.process_instance_id
        left join (select distinct on (a.proc_inst_id_) a.proc_inst_id_, a.act_id_ from act_hi_actinst a
          where a.end_time_ is null and a.act_type_ = 'userTask' order by a.proc_inst_id_, a.start_time_ desc) s
          on s.proc_inst_id_ = c.process_instance_id
        where d.status = 'OPEN' and c.status = 'OPEN' and (d.due_at < ? or (d.due_at at time zone ?)::date <= ?)
        order by d.due_at, c.case_number""";
    String deadlinesBefore = deadlinesBefore0;
    java.util.StringJoiner limits = new java.util.StringJoiner(", ", "(values ", ") as lim (office_code, limit_day)");
    jdbc.queryForList("select code from refugio.office", String.class).forEach(code -> limits.add("('" + code
        + "', date '" + calendar.addBusinessDays(LocalDate.now(), InsightService.DUE_SOON_BUSINESS_DAYS, code) + "')"));
    deadlinesBefore = deadlinesBefore.replace("where d.status", "join " + limits
        + " on lim.office_code = c.office_code where d.status").replace("::date <= ?", "::date <= lim.limit_day");
    String deadlinesOld = deadlinesBefore;
    Object[] deadlineParams = {java.time.OffsetDateTime.now(), year.zone()};
    System.out.printf("BENCH deadline risk, national: %,d claims listed before; counted now: %s%n",
        jdbc.queryForList(deadlinesOld, deadlineParams).size(), insight.deadlineRisk(year));
    time("deadline-risk, national, BEFORE (every claim listed, old SQL, rows to Java)",
        () -> jdbc.queryForList(deadlinesOld, deadlineParams));
    time("deadline-risk, national, AFTER (counts per office and deadline)", () -> insight.deadlineRisk(year));
  }

  /**
   * What PostgreSQL runs for the bottleneck statement exactly as MyBatis sends it. PgJDBC sends a statement unnamed
   * (planned with its values) for its first {@code prepareThreshold} (5) executions on a connection, then as a named
   * server-side prepared statement; PostgreSQL plans that one with its values 5 times, then may switch to a generic
   * plan (planned without the values) when it estimates it no dearer. 15 calls through InsightService on one
   * connection, each timed, then {@code pg_prepared_statements} of that connection says which plans ran; then the
   * statement's own SQL and parameter types (MyBatis's bound SQL: timestamptz, varchar) prepared by hand and
   * {@code EXPLAIN (ANALYZE, BUFFERS) EXECUTE}d with a custom and with a generic plan.
   */
  private void bottleneckPlans(InsightFilter year) {
    System.out.println("BENCH --- bottlenecks, national, 12 months: 15 calls through InsightService, one connection");
    List<Long> millis = new ArrayList<>();
    for (int run = 1; run <= 15; run++) {
      long started = System.nanoTime();
      insight.bottlenecks(year);
      millis.add((System.nanoTime() - started) / 1_000_000);
    }
    System.out.println("BENCH calls 1-15 (ms): " + millis + " (load " + loadAverage() + ")");
    System.out.println("BENCH pg_prepared_statements of that connection (bottleneck statement): " + jdbc.queryForList(
        "select generic_plans, custom_plans, parameter_types::text from pg_prepared_statements "
            + "where statement like '%percentile_cont%claim_step%'"));
    var bound = sessions.getConfiguration().getMappedStatement(InsightMapper.class.getName() + ".bottlenecks")
        .getBoundSql(java.util.Map.of("f", year));
    String sql = bound.getSql();
    for (int i = 1; sql.contains("?"); i++) {
      sql = sql.replaceFirst("\\?", "\\$" + i);
    }
    // the national statement binds the period alone
    List<String> types = bound.getParameterMappings().stream().map(m -> "timestamptz").toList();
    List<String> values = bound.getParameterMappings().stream()
        .map(m -> "'" + (m.getProperty().endsWith("fromStart") ? year.fromStart() : year.toEnd()) + "'").toList();
    String prepared = sql;
    new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
      jdbc.execute("prepare bench_bottlenecks (" + String.join(", ", types) + ") as " + prepared);
      for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
        jdbc.execute("set local plan_cache_mode = " + mode);
        long started = System.nanoTime();
        List<String> plan = jdbc.queryForList("explain (analyze, buffers) execute bench_bottlenecks ("
            + String.join(", ", values) + ")", String.class);
        System.out.printf("BENCH plan of the statement as MyBatis sends it, %s (%,d ms, load %s):%n%s%n", mode,
            (System.nanoTime() - started) / 1_000_000, loadAverage(), String.join("\n", plan));
      }
      jdbc.execute("deallocate bench_bottlenecks");
    });
  }

  /** The plan of the bottleneck statement for a filter, bound as MyBatis binds it (unnamed: planned with its values). */
  private void explainBottlenecks(String label, InsightFilter filter) {
    var bound = sessions.getConfiguration().getMappedStatement(InsightMapper.class.getName() + ".bottlenecks")
        .getBoundSql(java.util.Map.of("f", filter));
    Object[] values = bound.getParameterMappings().stream().map(m -> bound.hasAdditionalParameter(m.getProperty())
        ? bound.getAdditionalParameter(m.getProperty()) : switch (m.getProperty()) {
          case "f.fromStart" -> (Object) filter.fromStart();
          case "f.toEnd" -> filter.toEnd();
          case "f.modality" -> filter.modality();
          default -> throw new IllegalStateException("Unexpected parameter " + m.getProperty());
        }).toArray();
    long started = System.nanoTime();
    List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + bound.getSql(), String.class, values);
    System.out.printf("BENCH plan of bottlenecks, %s (%,d ms, load %s):%n%s%n", label,
        (System.nanoTime() - started) / 1_000_000, loadAverage(), String.join("\n", plan));
  }

  /** One part of a view as InsightService runs it: in a read-only transaction planned with its values. */
  private <T> T inView(Supplier<T> part) {
    var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    transaction.setReadOnly(true);
    return transaction.execute(status -> {
      mapper.planWithTheValues();
      return part.get();
    });
  }

  /** Times a view after 10 calls on the same connection, when PgJDBC and PostgreSQL have settled on their plans. */
  private static void steady(String view, Supplier<?> query) {
    for (int warm = 0; warm < 10; warm++) {
      query.get();
    }
    time(view, query);
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private void views() {
    LocalDate today = LocalDate.now();
    String zone = java.time.ZoneId.systemDefault().getId();
    InsightFilter year = InsightFilter.of(today.minusYears(1).plusDays(1), today, null, null, zone);
    InsightFilter office = InsightFilter.of(today.minusYears(1).plusDays(1), today, List.of("TAP"), null, zone);
    InsightFilter month = InsightFilter.of(today.minusDays(30), today, null, "REGULAR", zone);
    time("kpis, national, 12 months", () -> insight.kpis(year));
    time("kpis, TAP, 12 months", () -> insight.kpis(office));
    time("kpis: registrations, conclusions and COI (mapper.kpis), national", () -> inView(() -> mapper.kpis(year)));
    time("kpis: interpreter lead time only (mapper.interpreterLeadTime), national",
        () -> inView(() -> mapper.interpreterLeadTime(year)));
    time("bottlenecks, national, 12 months", () -> insight.bottlenecks(year));
    time("bottlenecks, TAP, 12 months", () -> insight.bottlenecks(office));
    time("bottlenecks, REGULAR, 30 days", () -> insight.bottlenecks(month));
    time("backlog, national", () -> insight.backlog(year));
    time("backlog, TAP", () -> insight.backlog(office));
    time("deadline-risk, national (counts)", () -> insight.deadlineRisk(year));
    time("deadline-risk drill-down, deadlinePast, national, first page",
        () -> insight.claims(year, "deadlinePast", null));
    time("deadline-risk drill-down, deadlinePast, national, page at offset 20,000",
        () -> insight.claims(year, "deadlinePast", null, null, 20_000));
    time("concluded-weekly, national, 12 months", () -> insight.concludedWeekly(year));
    time("claims drill-down, waiting at user_assess_claim, national",
        () -> insight.claims(year, "waiting", "user_assess_claim"));
    time("claims drill-down, concludedWithin90Days, TAP", () -> insight.claims(office, "concludedWithin90Days", null));
    time("claims drill-down, coiWaitedForSre, national", () -> insight.claims(year, "coiWaitedForSre", null));
    time("claims drill-down, interpreterManual, TAP", () -> insight.claims(office, "interpreterManual", null));
  }

  private void seed() {
    // 140,000 claims over the last year at 9 offices in 5 modalities; 3 in 7 stay open (60,000 of 140,000); Tapachula
    // registers 45 % of them, as at COMAR, the other eight offices the rest evenly
    jdbc.update("""
        insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, detained,
          filed_by_representative, late_filing, status, modality, process_instance_id, registered_by, registered_at,
          closed_at, closure_reason)
        select 'BENCH-' || i,
          case when i % 20 < 9 then 'TAP' else (array['CDMX','PAL','TNQ','VSA','ACY','MTY','TIJ','GDL'])[1 + i / 20 % 8] end,
          current_date - (i % 365), current_date - (i % 365), 'Ciudad Hidalgo', false, false, false,
          case when i % 7 < 3 then 'OPEN' else 'CLOSED' end,
          (array['REGULAR','ACCELERATED','SIMPLIFIED','MERGED','PRIMA_FACIE'])[1 + i % 5],
          'BENCH-pi-' || i, 'bench', now() - make_interval(days => i % 365, hours => i % 24),
          case when i % 7 >= 3 then least(now(), now() - make_interval(days => i % 365, hours => i % 24)
            + make_interval(days => i % 150)) end,
          case when i % 7 >= 3 then (array['DECISION','DECISION','DECISION','DECISION','WITHDRAWAL',
            'ABANDONMENT','DECISION','TRANSFER'])[1 + i % 8] end
        from generate_series(1, ?) as i""", CLAIMS);
    // every claim's path through eight activities; an open claim waits at one of them and has not reached the rest
    jdbc.update("""
        insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
          execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_)
        select 'BENCH-' || c.i || '-' || s.n, 'asylum-claim', 'bench-definition', 'BENCH-pi-' || c.i,
          'BENCH-pi-' || c.i, 'BENCH-pi-' || c.i, (?::text[])[s.n], (?::text[])[s.n],
          case when s.n <= 6 then 'userTask' else 'serviceTask' end,
          c.registered + make_interval(days => s.n * 3),
          case when c.open and s.n = c.waits_at then null
            else c.registered + make_interval(days => s.n * 3, mins => 30 + (c.i * s.n) % 5000) end,
          case when c.open and s.n = c.waits_at then null else (30 + (c.i * s.n) % 5000) * 60000::bigint end,
          case when c.open and s.n = c.waits_at then 0 else 1 end
        from (select i, i % 7 < 3 as open, 1 + i % 6 as waits_at,
                (now() - make_interval(days => i % 365, hours => i % 24))::timestamp as registered
              from generate_series(1, ?) as i) c
        cross join generate_series(1, 8) as s(n)
        where not c.open or s.n <= c.waits_at""", STEPS, STEPS, CLAIMS);
    jdbc.update("""
        insert into refugio.deadline (process_instance_id, business_key, name, office_code, event_day, business_days,
          due_at)
        select c.process_instance_id, c.case_number, 'decision', c.office_code, c.registered_at::date, 45,
          c.registered_at + interval '63 days'
        from refugio.claim c where c.case_number like 'BENCH-%' and c.status = 'OPEN'""");
    // every claim reached the COI step two days after registration and left it after 0-9 days; 9 in 10 have COI
    // attached (1 in 3 of those SRE's answer to a monthly request, uploaded after), 4 in 10 an interpreter booking
    jdbc.update("""
        insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
          execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_)
        select 'BENCH-' || i || '-coi', 'asylum-claim', 'bench-definition', 'BENCH-pi-' || i, 'BENCH-pi-' || i,
          'BENCH-pi-' || i, 'call_request_coi', 'Obtener información del país de origen', 'callActivity',
          r + interval '2 days', r + make_interval(days => 2 + i % 10), (i % 10) * 86400000::bigint, 1
        from (select i, (now() - make_interval(days => i % 365, hours => i % 24))::timestamp as r
              from generate_series(1, ?) as i) c""", CLAIMS);
    jdbc.update("""
        insert into refugio.coi_request (country, question, status, opened_at, answered_at, answered_by)
        select 'HN', 'BENCH-question', 'ANSWERED', now() - make_interval(days => 30 * m + 10),
          now() - make_interval(days => 30 * m), 'bench'
        from generate_series(0, 12) as m""");
    jdbc.update("""
        insert into refugio.coi_document (country, title, source, published_on, review_by, media_type, content, sha256,
          body_text, coi_request_id, uploaded_by, uploaded_at)
        select 'HN', 'BENCH-document', 'bench', current_date - 800, current_date + 30, 'text/html', 'x'::bytea,
          repeat('0', 64), 'bench', r.id, 'bench', coalesce(r.answered_at, now() - interval '800 days')
        from (select id, answered_at from refugio.coi_request where question = 'BENCH-question'
              union all select null, null) r""");
    jdbc.update("""
        insert into refugio.claim_coi (claim_id, document_id, attached_by, attached_at)
        select c.id, (select d.id from refugio.coi_document d where d.title = 'BENCH-document'
            and (c.n % 3 <> 0 and d.coi_request_id is null
              or c.n % 3 = 0 and d.coi_request_id is not null and d.uploaded_at > c.registered_at)
            order by d.uploaded_at limit 1),
          'system', c.registered_at + make_interval(days => 2 + c.n % 10)
        from (select id, registered_at, substring(case_number from 7)::int as n from refugio.claim
              where case_number like 'BENCH-%') c
        where c.n % 10 <> 0 and (c.n % 3 <> 0 or c.registered_at < now() - interval '31 days')""");
    jdbc.update("""
        insert into refugio.interpretation_booking (reference, claim_id, attempt, language, interpreter_gender,
          office_code, status, requested_at, confirmed_at)
        select 'BENCH-' || c.id, c.id, 1, 'ht', 'ANY', c.office_code,
          (array['CONFIRMED','CONFIRMED','CONFIRMED','MANUAL','REQUESTED'])[1 + c.n % 5],
          c.registered_at + interval '2 days',
          case when c.n % 5 < 4 then c.registered_at + make_interval(days => 2, hours => c.n % 72) end
        from (select id, office_code, registered_at, substring(case_number from 7)::int as n from refugio.claim
              where case_number like 'BENCH-%') c
        where c.n % 10 < 4""");
    long started = System.nanoTime();
    new InsightSeed(jdbc).backfillCoiTiming();
    System.out.printf("BENCH V28's backfill of refugio.claim_coi_timing took %,d ms (%,d rows)%n",
        (System.nanoTime() - started) / 1_000_000, count("refugio.claim_coi_timing"));
    started = System.nanoTime();
    new InsightSeed(jdbc).backfillClaimSteps();
    System.out.printf("BENCH V29's backfill of refugio.claim_step took %,d ms (%,d rows)%n",
        (System.nanoTime() - started) / 1_000_000, count("refugio.claim_step"));
    jdbc.execute("analyze refugio.claim");
    jdbc.execute("analyze refugio.claim_coi");
    jdbc.execute("analyze refugio.claim_coi_timing");
    jdbc.execute("analyze refugio.interpretation_booking");
    jdbc.execute("analyze refugio.deadline");
    jdbc.execute("analyze act_hi_actinst");
  }

  private long count(String fromWhere) {
    return jdbc.queryForObject("select count(*) from " + fromWhere, Long.class);
  }

  private static void time(String view, Supplier<?> query) {
    List<Long> millis = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      long started = System.nanoTime();
      query.get();
      millis.add((System.nanoTime() - started) / 1_000_000);
    }
    long first = millis.get(0);
    Collections.sort(millis);
    System.out.printf("BENCH %-60s first %,6d ms, median %,6d ms, max %,6d ms%n", view, first,
        millis.get(RUNS / 2), millis.get(RUNS - 1));
  }
}
