package org.refugio.insight;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.MigrationBackfills;
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

  /** The claim's id in {@code refugio.claim}. */
  long claimId(String caseNumber) {
    return jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, PREFIX + caseNumber);
  }

  /** An answered request to SRE for COI of {@code country}, opened and answered at the times given. */
  long coiRequest(String country, LocalDateTime openedAt, LocalDateTime answeredAt) {
    return jdbc.queryForObject("""
        insert into refugio.coi_request (country, question, status, opened_at, answered_at, answered_by)
        values (?, ?, 'ANSWERED', ?, ?, 'insightSeed') returning id""", Long.class, country,
        PREFIX + "question", at(openedAt), at(answeredAt));
  }

  /** A COI document that entered the repository at {@code uploadedAt}, as SRE's answer to a request or not. */
  long coiDocument(String country, LocalDateTime uploadedAt, Long coiRequestId) {
    return jdbc.queryForObject("""
        insert into refugio.coi_document (country, title, source, published_on, review_by, media_type, content, sha256,
          body_text, coi_request_id, uploaded_by, uploaded_at)
        values (?, ?, 'insight seed', ?, ?, 'text/html', ?, ?, 'seed', ?, 'insightSeed', ?) returning id""",
        Long.class, country, PREFIX + "document", uploadedAt.toLocalDate(), uploadedAt.toLocalDate().plusYears(1),
        "<p>seed</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "0".repeat(64), coiRequestId,
        at(uploadedAt));
  }

  void attachCoi(long claimId, long documentId, LocalDateTime attachedAt) {
    jdbc.update("insert into refugio.claim_coi (claim_id, document_id, attached_by, attached_at) values (?, ?, ?, ?)",
        claimId, documentId, "system", at(attachedAt));
  }

  /**
   * Runs V28's backfill of {@code refugio.claim_coi_timing}, the migration's own text, over what is seeded (history and
   * attachments): the seeded claims' COI figures then come from that backfill alone, so a figure derived differently
   * from what the views derived before V28 fails the figures' tests.
   */
  void backfillCoiTiming() {
    MigrationBackfills.runAgain(jdbc, "V28__claim_coi_timing.sql");
  }

  /**
   * Runs V29's backfill of {@code refugio.claim_step}, the migration's own text, over the seeded history: the seeded
   * claims' bottleneck figures, backlog steps and waiting claims then come from the steps that backfill derives.
   */
  void backfillClaimSteps() {
    MigrationBackfills.runAgain(jdbc, "V29__claim_step.sql");
  }

  /** An interpreter booking: REQUESTED (confirmedAt null), CONFIRMED by the provider or MANUAL. */
  void booking(long claimId, String office, String status, LocalDateTime requestedAt, LocalDateTime confirmedAt) {
    jdbc.update("""
        insert into refugio.interpretation_booking (reference, claim_id, attempt, language, interpreter_gender,
          office_code, status, requested_at, confirmed_at)
        values (?, ?, 1, 'ht', 'ANY', ?, ?, ?, ?)""", PREFIX + "INT-" + claimId, claimId, office, status,
        at(requestedAt), confirmedAt == null ? null : at(confirmedAt));
  }

  void removeAll() {
    jdbc.update("delete from refugio.claim_coi_timing where claim_id in (select id from refugio.claim where "
        + "case_number like ?)", PREFIX + "%");
    jdbc.update("delete from refugio.claim_coi where claim_id in (select id from refugio.claim where case_number like ?)",
        PREFIX + "%");
    jdbc.update("delete from refugio.interpretation_booking where reference like ?", PREFIX + "%");
    jdbc.update("delete from refugio.coi_document where title like ? and uploaded_by = 'insightSeed'", PREFIX + "%");
    jdbc.update("delete from refugio.coi_request where question like ? and answered_by = 'insightSeed'",
        PREFIX + "%");
    jdbc.update("delete from refugio.deadline where process_instance_id like ?", PREFIX + "%");
    jdbc.update("delete from act_hi_actinst where proc_inst_id_ like ?", PREFIX + "%");
    jdbc.update("delete from refugio.claim_step where process_instance_id like ?", PREFIX + "%");
    jdbc.update("delete from refugio.claim where case_number like ?", PREFIX + "%");
  }

  private static OffsetDateTime at(LocalDateTime time) {
    return time.atZone(ZONE).toOffsetDateTime();
  }
}
