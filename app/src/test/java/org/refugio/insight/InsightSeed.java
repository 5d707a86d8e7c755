package org.refugio.insight;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.refugio.claim.AsylumClaimProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes claims, their activity history and their deadlines straight into the database, as years of work would have
 * left them, under case numbers starting with {@link #PREFIX} so that they can be removed afterwards.
 */
final class InsightSeed {

  static final String PREFIX = "INSIGHT-";
  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final JdbcTemplate jdbc;

  InsightSeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A claim registered at {@code registeredAt}, closed (with its reason) or open when {@code closedAt} is null. */
  String claim(String caseNumber, String office, String modality, LocalDateTime registeredAt,
      LocalDateTime closedAt, String closureReason) {
    String processInstanceId = PREFIX + "pi-" + caseNumber;
    jdbc.update("""
        insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, detained,
          filed_by_representative, late_filing, status, modality, process_instance_id, registered_by, registered_at,
          closed_at, closure_reason)
        values (?, ?, ?, ?, 'Ciudad Hidalgo', false, false, false, ?, ?, ?, 'insightSeed', ?, ?, ?)""",
        PREFIX + caseNumber, office, registeredAt.toLocalDate(), registeredAt.toLocalDate(),
        closedAt == null ? "OPEN" : "CLOSED", modality, processInstanceId, at(registeredAt),
        closedAt == null ? null : at(closedAt), closureReason);
    return processInstanceId;
  }

  /** An activity instance of the claim's process: ended after {@code minutes}, or still open when null. */
  void activity(String processInstanceId, String activityId, String type, LocalDateTime start, Integer minutes) {
    LocalDateTime end = minutes == null ? null : start.plusMinutes(minutes);
    jdbc.update("""
        insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
          execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_)
        values (?, ?, 'insight-seed-definition', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        PREFIX + java.util.UUID.randomUUID(), AsylumClaimProcess.KEY, processInstanceId, processInstanceId,
        processInstanceId, activityId, activityId, type, Timestamp.valueOf(start),
        end == null ? null : Timestamp.valueOf(end), minutes == null ? null : minutes * 60_000L,
        minutes == null ? 0 : 1);
  }

  void openDeadline(String processInstanceId, String caseNumber, String office, String name, OffsetDateTime dueAt) {
    jdbc.update("""
        insert into refugio.deadline (process_instance_id, business_key, name, office_code, event_day, business_days,
          due_at)
        values (?, ?, ?, ?, ?, 45, ?)""", processInstanceId, PREFIX + caseNumber, name, office,
        dueAt.toLocalDate().minusDays(60), dueAt);
  }

  void removeAll() {
    jdbc.update("delete from refugio.deadline where process_instance_id like ?", PREFIX + "%");
    jdbc.update("delete from act_hi_actinst where proc_inst_id_ like ?", PREFIX + "%");
    jdbc.update("delete from refugio.claim where case_number like ?", PREFIX + "%");
  }

  private static OffsetDateTime at(LocalDateTime time) {
    return time.atZone(ZONE).toOffsetDateTime();
  }
}
