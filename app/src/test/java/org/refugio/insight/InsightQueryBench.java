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

  @AfterEach
  void removeTheSeed() {
    jdbc.update("delete from refugio.claim_coi where claim_id in (select id from refugio.claim where case_number like "
        + "'BENCH-%')");
    jdbc.update("delete from refugio.interpretation_booking where reference like 'BENCH-%'");
    jdbc.update("delete from refugio.coi_document where title = 'BENCH-document'");
    jdbc.update("delete from refugio.coi_request where question = 'BENCH-question'");
    jdbc.update("delete from refugio.deadline where process_instance_id like 'BENCH-%'");
    jdbc.update("delete from act_hi_actinst where proc_inst_id_ like 'BENCH-%'");
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
    for (String index : List.of("refugio_hi_actinst_key_end", "refugio_hi_actinst_key_act_end", "refugio_hi_actinst_open", "refugio_hi_actinst_open_task",
        "refugio.claim_registered_at", "refugio.claim_closed_at", "refugio.claim_process_instance",
        "refugio.deadline_open_due", "refugio.deadline_process_instance")) {
      jdbc.execute("drop index if exists " + index);
    }
    System.out.println("BENCH --- without Refugio's insight indexes (engine's own indexes only)");
    views();
    started = System.nanoTime();
    new EngineHistoryIndexes(jdbc).ensure();
    System.out.printf("BENCH building the engine history indexes (EngineHistoryIndexes) took %,d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    started = System.nanoTime();
    for (String statement : V19) {
      jdbc.execute(statement);
    }
    System.out.printf("BENCH building V19's indexes took %,d ms%n", (System.nanoTime() - started) / 1_000_000);
    jdbc.execute("analyze act_hi_actinst");
    System.out.println("BENCH --- with the indexes");
    views();
    jdbc.execute("vacuum (analyze) act_hi_actinst");
    System.out.println("BENCH --- after vacuum (as autovacuum leaves an insert-only table): bottleneck variants");
    bottleneckVariants();
  }

  /** The national bottleneck query before this change and as shipped now, side by side, with plans. */
  private void bottleneckVariants() {
    Object[] period = {java.sql.Timestamp.valueOf(LocalDate.now().minusYears(1).plusDays(1).atStartOfDay()),
        java.sql.Timestamp.valueOf(LocalDate.now().plusDays(1).atStartOfDay())};
    String before = """
        select a.act_id_, max(a.act_name_), count(*) filter (where a.end_time_ is null),
          count(*) filter (where a.end_time_ is not null),
          percentile_cont(0.5) within group (order by a.duration_) filter (where a.end_time_ is not null),
          percentile_cont(0.9) within group (order by a.duration_) filter (where a.end_time_ is not null)
        from act_hi_actinst a
        where a.proc_def_key_ = 'asylum-claim' and (a.end_time_ is null or (a.end_time_ >= ? and a.end_time_ < ?))
        group by a.act_id_""";
    String split = """
        select coalesce(d.act_id_, w.act_id_), coalesce(w.n, 0), coalesce(d.n, 0), d.p[1], d.p[2]
        from (select a.act_id_, count(*) as n,
                percentile_cont(array[0.5, 0.9]) within group (order by a.duration_) as p
              from act_hi_actinst a
              where a.proc_def_key_ = 'asylum-claim' and a.end_time_ >= ? and a.end_time_ < ?
              group by a.act_id_) d
        full join (select a.act_id_, count(*) as n from act_hi_actinst a
              where a.proc_def_key_ = 'asylum-claim' and a.end_time_ is null group by a.act_id_) w
          on w.act_id_ = d.act_id_""";
    jdbc.execute("drop index if exists refugio_hi_actinst_key_act_end");
    jdbc.execute("vacuum (analyze) act_hi_actinst");
    System.out.println("BENCH --- the bottleneck query before this change, with the indexes it had");
    explainAndTime("before", before, period);
    long started = System.nanoTime();
    new EngineHistoryIndexes(jdbc).ensure();
    System.out.printf("BENCH building refugio_hi_actinst_key_act_end took %,d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    jdbc.execute("vacuum (analyze) act_hi_actinst");
    System.out.println("BENCH --- with refugio_hi_actinst_key_act_end: the old query (its plan changes) and the new");
    explainAndTime("before", before, period);
    explainAndTime("split (as shipped)", split, period);
    coiVariants();
    System.out.println("BENCH --- every view again, as shipped, after vacuum");
    views();
    System.out.println("BENCH load average: " + loadAverage());
  }

  /** The national COI turnaround of 12 months: per row and in total (as shipped), and in total only. */
  private void coiVariants() {
    Object[] params = {java.sql.Timestamp.valueOf(LocalDate.now().minusYears(1).plusDays(1).atStartOfDay()),
        java.sql.Timestamp.valueOf(LocalDate.now().plusDays(1).atStartOfDay()),
        java.time.ZoneId.systemDefault().getId()};
    String claims = """
        with claims_in_filter as (
          select c.id, c.process_instance_id, c.office_code, c.modality, c.registered_at
          from refugio.claim c where c.registered_at >= ? and c.registered_at < ?),
        per_claim as (
          select to_char(c.registered_at at time zone ?, 'YYYY-MM') as month, c.office_code as office, c.modality,
            f.attached_at is not null as attached,
            greatest(0, extract(epoch from (f.attached_at - s.reached_at)) / 86400.0) as days
          from claims_in_filter c
          join (select a.proc_inst_id_, min(a.start_time_) as reached_at from act_hi_actinst a
            where a.proc_def_key_ = 'asylum-claim' and a.act_id_ = 'call_request_coi'
              and a.proc_inst_id_ in (select x.process_instance_id from claims_in_filter x)
            group by a.proc_inst_id_) s on s.proc_inst_id_ = c.process_instance_id
          left join (select distinct on (cc.claim_id) cc.claim_id, cc.attached_at, d.uploaded_at, d.coi_request_id
            from refugio.claim_coi cc join refugio.coi_document d on d.id = cc.document_id
            where cc.claim_id in (select x.id from claims_in_filter x)
            order by cc.claim_id, cc.attached_at, cc.document_id) f on f.claim_id = c.id)
        """;
    String perRow = claims + """
        select month, office, modality, count(*), percentile_cont(0.5) within group (order by days) filter (where attached)
        from per_claim group by grouping sets ((month, office, modality), ())""";
    String total = claims + """
        select count(*), percentile_cont(0.5) within group (order by days) filter (where attached) from per_claim""";
    for (var variant : java.util.Map.of("per row and total (as shipped)", perRow, "total only", total).entrySet()) {
      System.out.println("BENCH plan COI " + variant.getKey() + ":\n" + String.join("\n",
          jdbc.queryForList("explain (analyze, buffers) " + variant.getValue(), String.class, params)));
      time("COI turnaround SQL, national, 12 months, " + variant.getKey(),
          () -> jdbc.queryForList(variant.getValue(), params));
    }
  }

  private void explainAndTime(String label, String sql, Object[] period) {
    System.out.println("BENCH plan " + label + ":\n" + String.join("\n",
        jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, period)));
    time("bottlenecks SQL, national, 12 months, " + label, () -> jdbc.queryForList(sql, period));
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static final List<String> V19 = List.of(
      "create index if not exists claim_registered_at on refugio.claim (registered_at, office_code)",
      "create index if not exists claim_closed_at on refugio.claim (closed_at, office_code) where closed_at is not null",
      "create index if not exists claim_process_instance on refugio.claim (process_instance_id)",
      "create index if not exists deadline_open_due on refugio.deadline (due_at) where status = 'OPEN'",
      "create index if not exists deadline_process_instance on refugio.deadline (process_instance_id)");

  private void views() {
    LocalDate today = LocalDate.now();
    String zone = java.time.ZoneId.systemDefault().getId();
    InsightFilter year = InsightFilter.of(today.minusYears(1).plusDays(1), today, null, null, zone);
    InsightFilter office = InsightFilter.of(today.minusYears(1).plusDays(1), today, List.of("TAP"), null, zone);
    InsightFilter month = InsightFilter.of(today.minusDays(30), today, null, "REGULAR", zone);
    time("kpis, national, 12 months", () -> insight.kpis(year));
    time("kpis, TAP, 12 months", () -> insight.kpis(office));
    time("kpis: registrations and conclusions only (mapper.kpis), national", () -> mapper.kpis(year));
    time("kpis: COI turnaround only (mapper.coiTurnaround), national", () -> mapper.coiTurnaround(year,
        "asylum-claim", "call_request_coi"));
    time("kpis: interpreter lead time only (mapper.interpreterLeadTime), national",
        () -> mapper.interpreterLeadTime(year));
    time("bottlenecks, national, 12 months", () -> insight.bottlenecks(year));
    time("bottlenecks, TAP, 12 months", () -> insight.bottlenecks(office));
    time("bottlenecks, REGULAR, 30 days", () -> insight.bottlenecks(month));
    time("backlog, national", () -> insight.backlog(year));
    time("backlog, TAP", () -> insight.backlog(office));
    time("deadline-risk, national", () -> insight.deadlineRisk(year));
    time("concluded-weekly, national, 12 months", () -> insight.concludedWeekly(year));
    time("claims drill-down, waiting at user_assess_claim, national",
        () -> insight.claims(year, "waiting", "user_assess_claim"));
    time("claims drill-down, concludedWithin90Days, TAP", () -> insight.claims(office, "concludedWithin90Days", null));
    time("claims drill-down, coiWaitedForSre, national", () -> insight.claims(year, "coiWaitedForSre", null));
    time("claims drill-down, interpreterManual, TAP", () -> insight.claims(office, "interpreterManual", null));
  }

  private void seed() {
    // 140,000 claims over the last year at 9 offices in 5 modalities; 3 in 7 stay open (60,000 of 140,000)
    jdbc.update("""
        insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, detained,
          filed_by_representative, late_filing, status, modality, process_instance_id, registered_by, registered_at,
          closed_at, closure_reason)
        select 'BENCH-' || i, (array['TAP','CDMX','PAL','TNQ','VSA','ACY','MTY','TIJ','GDL'])[1 + i % 9],
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
    jdbc.execute("analyze refugio.claim");
    jdbc.execute("analyze refugio.claim_coi");
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
