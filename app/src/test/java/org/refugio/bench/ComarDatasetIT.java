package org.refugio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.security.ClaimAccessGrants;
import org.refugio.security.Role;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's dataset generator at a tiny scale: the right number of officers, open, concluded and older claims
 * at each office, real instances parked at their steps in their office's queues, and the history of every concluded
 * claim. Everything runs in one transaction that is rolled back, so other tests never see the generated claims.
 */
class ComarDatasetIT extends IntegrationTest {

  private static final DatasetSize TINY = DatasetSize.at(0.001);

  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  ClaimAccessGrants grants;

  @Test
  void shouldGenerateTheComarProportionsAtATinyScaleAndReuseThem() {
    new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
      try {
        ComarDataset dataset = new ComarDataset(engine, jdbc, transactionManager, grants);

        // When the dataset is generated at scale 0.001
        ComarDataset.Generated generated = dataset.ensure(TINY);

        // Then the marker records the scale, and 60 open, 140 concluded and 350 older claims are spread by office
        assertThat(generated.generatedNow()).isTrue();
        assertThat(jdbc.queryForObject("select scale from refugio.bench_dataset", Double.class)).isEqualTo(0.001);
        assertThat(TINY.openClaims()).isEqualTo(60);
        assertThat(countsByOffice("c.process_instance_id not like 'bench-p-%' and c.status = 'OPEN'"))
            .isEqualTo(DatasetSize.perOffice(60));
        assertThat(countsByOffice("c.process_instance_id like 'bench-p-%'")).isEqualTo(DatasetSize.perOffice(140));
        assertThat(countsByOffice("c.process_instance_id is null")).isEqualTo(DatasetSize.perOffice(350));
        assertThat(DatasetSize.perOffice(140).get("TAP")).isBetween(61L, 65L);
        assertThat(DatasetSize.perOffice(140).get("ACY")).isBetween(5L, 7L);

        // every claim has a principal applicant with a name and a date of birth, and case numbers are unique
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim c where c.registered_by = ? and not "
            + "exists (select 1 from refugio.person p where p.claim_id = c.id and p.role = 'PRINCIPAL')",
            Long.class, ComarDataset.GENERATOR)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from refugio.person p join refugio.claim c on c.id = "
            + "p.claim_id where c.registered_by = ? and p.role = 'DEPENDANT'", Long.class, ComarDataset.GENERATOR))
            .isBetween(120L, 200L);
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim where registered_by = ? and ("
            + "case_number like 'BENCHTMP%' or case_number !~ '^[A-Z]+-[0-9]{4}-[0-9]{6}$')", Long.class,
            ComarDataset.GENERATOR)).isZero();

        // the open claims are real instances waiting at a task of their office's group (or the appeal window)
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution e join refugio.claim c on "
            + "c.process_instance_id = e.id_ where c.registered_by = ? and e.id_ = e.proc_inst_id_ and "
            + "e.business_key_ = c.case_number", Long.class, ComarDataset.GENERATOR)).isEqualTo(60);
        Map<String, Long> queued = new HashMap<>();
        jdbc.query("select c.office_code, count(*) from refugio.claim c join act_ru_task t on t.proc_inst_id_ = "
            + "c.process_instance_id join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' "
            + "where c.registered_by = ? and l.group_id_ in (" + officeGroupsSql() + ") and position(lower("
            + "c.office_code) in lower(l.group_id_)) > 0 group by 1",
            rs -> {
              queued.put(rs.getString(1), rs.getLong(2));
            }, ComarDataset.GENERATOR);
        long waitingForAppeal = jdbc.queryForObject("select count(*) from act_ru_event_subscr s join refugio.claim c "
            + "on c.process_instance_id = s.proc_inst_id_ where c.registered_by = ? and s.activity_id_ = ?", Long.class,
            ComarDataset.GENERATOR, AsylumClaimProcess.Elements.MSG_APPEAL_FILED);
        assertThat(queued.values().stream().mapToLong(Long::longValue).sum() + waitingForAppeal).isEqualTo(60);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task t join refugio.claim c on "
            + "c.process_instance_id = t.proc_inst_id_ join act_ru_identitylink l on l.task_id_ = t.id_ where "
            + "c.registered_by = ? and t.task_def_key_ = ? and l.group_id_ = ?", Long.class, ComarDataset.GENERATOR,
            AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW, Role.ELIGIBILITY.groupId("TAP"))).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task t join refugio.claim c on "
            + "c.process_instance_id = t.proc_inst_id_ where c.registered_by = ? and t.task_def_key_ <> ? "
            + "and t.due_date_ is null", Long.class, ComarDataset.GENERATOR,
            AsylumClaimProcess.Elements.USER_NOTIFY_RESOLUTION)).isZero();

        // and each open claim not yet decided has its running decision deadline, as the calendar and the deadline
        // views see it; those decided and waiting for notification or the appeal window have theirs closed
        long decided = jdbc.queryForObject("select count(*) from act_ru_task t join refugio.claim c on "
            + "c.process_instance_id = t.proc_inst_id_ where c.registered_by = ? and t.task_def_key_ = ?", Long.class,
            ComarDataset.GENERATOR, AsylumClaimProcess.Elements.USER_NOTIFY_RESOLUTION) + waitingForAppeal;
        assertThat(decided).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct d.process_instance_id) from refugio.deadline d join "
            + "refugio.claim c on c.process_instance_id = d.process_instance_id where c.registered_by = ? and "
            + "d.name = ? and d.status = 'OPEN' and d.due_at > now()", Long.class, ComarDataset.GENERATOR,
            AsylumClaimProcess.DECISION_DUE.name())).isEqualTo(60 - decided);

        // each concluded claim has its completed instance, a user task per officer's step and an activity per step,
        // and ended within the last 12 months
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where id_ like 'bench-p-%' "
            + "and state_ = 'COMPLETED' and end_time_ > now() - interval '365 days' and end_time_ <= now()",
            Long.class)).isEqualTo(140);
        List<Long> tasksPerClaim = jdbc.queryForList("select count(*) from act_hi_taskinst "
            + "where proc_inst_id_ like 'bench-p-%' group by proc_inst_id_", Long.class);
        assertThat(tasksPerClaim).hasSize(140).allMatch(n -> n == 4 || n == 5);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ like 'bench-p-%' "
            + "and act_id_ = ?", Long.class, AsylumClaimProcess.Elements.END_CLAIM_CLOSED)).isEqualTo(140);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst a join act_hi_procinst p on "
            + "p.id_ = a.proc_inst_id_ where p.id_ like 'bench-p-%' and (a.start_time_ < p.start_time_ "
            + "or a.end_time_ > p.end_time_ + interval '1 second')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select avg(duration_) / 86400000.0 from act_hi_taskinst where "
            + "proc_inst_id_ like 'bench-p-%' and task_def_key_ = ?", Double.class,
            AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW)).isBetween(10.0, 40.0);

        // every claim that reached the COI step (each concluded one, each open one past triage) has its first COI and
        // its COI timing as org.refugio.coi keeps it: concluded ones at their history's COI step, from the repository
        // at once or after waiting for SRE's answer; untriaged open claims have none yet
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim_coi_timing t join refugio.claim c on "
            + "c.id = t.claim_id where c.registered_by = ? and t.first_coi_attached_at >= t.coi_step_reached_at and "
            + "t.coi_source in ('REPOSITORY', 'SRE')", Long.class, ComarDataset.GENERATOR))
            .isEqualTo(140 + jdbc.queryForObject("select count(*) from refugio.claim where registered_by = ? and "
                + "status = 'OPEN' and modality is not null", Long.class, ComarDataset.GENERATOR));
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim_coi_timing t join refugio.claim c on "
            + "c.id = t.claim_id where c.registered_by = ? and c.status = 'OPEN' and c.modality is null", Long.class,
            ComarDataset.GENERATOR)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim_coi_timing t join refugio.claim c on "
            + "c.id = t.claim_id join act_hi_actinst a on a.proc_inst_id_ = c.process_instance_id and a.act_id_ = ? "
            + "where c.registered_by = ? and t.coi_step_reached_at = a.start_time_::timestamptz", Long.class,
            AsylumClaimProcess.Elements.CALL_REQUEST_COI, ComarDataset.GENERATOR)).isEqualTo(140);
        Map<String, Long> sources = new HashMap<>();
        jdbc.query("select t.coi_source, count(*) from refugio.claim_coi_timing t join refugio.claim c on c.id = "
            + "t.claim_id where c.registered_by = ? group by 1", rs -> {
              sources.put(rs.getString(1), rs.getLong(2));
            }, ComarDataset.GENERATOR);
        assertThat(sources.keySet()).containsExactlyInAnyOrder("REPOSITORY", "SRE");
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim_coi cc join refugio.claim c on c.id = "
            + "cc.claim_id join refugio.claim_coi_timing t on t.claim_id = c.id and t.first_coi_document_id = "
            + "cc.document_id and t.first_coi_attached_at = cc.attached_at where c.registered_by = ?", Long.class,
            ComarDataset.GENERATOR)).isEqualTo(sources.values().stream().mapToLong(Long::longValue).sum());
        // and every Haitian principal applicant of a claim past triage booked an interpreter
        assertThat(jdbc.queryForObject("select count(*) from refugio.interpretation_booking b join refugio.claim c on "
            + "c.id = b.claim_id where c.registered_by = ?", Long.class, ComarDataset.GENERATOR))
            .isPositive().isEqualTo(jdbc.queryForObject("select count(*) from refugio.claim c join refugio.person p on "
                + "p.claim_id = c.id and p.role = 'PRINCIPAL' where c.registered_by = ? and p.nationality = 'HT' and "
                + "c.modality is not null and c.process_instance_id is not null", Long.class,
                ComarDataset.GENERATOR));

        // and the officers are in their office's groups
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Role.ELIGIBILITY.groupId("TAP"))
            .userIdIn(ComarDataset.officerId(Role.ELIGIBILITY, "TAP", 1)).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ like 'bench%'", Long.class))
            .isEqualTo(TINY.officersPerOffice().values().stream().mapToLong(Integer::longValue).sum());
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim where registered_by = ? and "
            + "application_date > ?", Long.class, ComarDataset.GENERATOR, LocalDate.now())).isZero();

        // When it is asked for again, it is reused, not generated twice
        assertThat(dataset.ensure(TINY).generatedNow()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from refugio.claim where registered_by = ?", Long.class,
            ComarDataset.GENERATOR)).isEqualTo(550);
      } finally {
        transaction.setRollbackOnly();
      }
    });
  }

  private Map<String, Long> countsByOffice(String condition) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    DatasetSize.OFFICE_SHARES.keySet().forEach(code -> counts.put(code, 0L));
    jdbc.query("select c.office_code, count(*) from refugio.claim c where c.registered_by = ? and (" + condition
        + ") group by 1", rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        }, ComarDataset.GENERATOR);
    return counts;
  }

  private static String officeGroupsSql() {
    StringBuilder groups = new StringBuilder();
    for (String office : DatasetSize.OFFICE_SHARES.keySet()) {
      for (Role role : List.of(Role.REGISTRATION, Role.ELIGIBILITY, Role.REVIEW)) {
        groups.append(groups.isEmpty() ? "" : ", ").append('\'').append(role.groupId(office)).append('\'');
      }
    }
    return groups.toString();
  }
}
