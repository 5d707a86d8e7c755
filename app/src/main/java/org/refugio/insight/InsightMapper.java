package org.refugio.insight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The managers' figures, read from {@code refugio.claim}, {@code refugio.deadline}, {@code refugio.claim_coi_timing},
 * the interpreter bookings and the engine's history.
 */
@Mapper
public interface InsightMapper {

  /**
   * Claims registered in one month at one office in one modality, or in total ({@code total}), and what became of
   * them; and the COI turnaround of those that reached the COI step: how many got their COI, how many at once from
   * the repository and how many after waiting for SRE, and the median and 90th percentile of days from reaching the
   * step to the first COI attached.
   */
  record KpiRow(String month, String office, String modality, boolean total, long registered, long concluded,
      long concludedWithin20Days, long concludedWithin90Days, long abandoned, long withdrawn, long coiClaims,
      long coiAttached, long coiServedFromRepository, long coiWaitedForSre, Double coiMedianDays,
      Double coiP90Days) {
  }

  /**
   * Interpreter bookings, for one month, office and modality or in total ({@code total}): how many the provider
   * confirmed, how many a coordinator booked by hand, and the median and 90th percentile of hours from the request to
   * either.
   */
  record InterpreterRow(String month, String office, String modality, boolean total, long bookings, long confirmed,
      long manual, Double medianHours, Double p90Hours) {
  }

  /** One activity of the claim's process: claims there now, and time spent there by those that left it. */
  record ActivityRow(String activityId, String activityName, long waiting, long completed, Double medianMinutes,
      Double p90Minutes) {
  }

  /** Open claims at one office, step and modality, by age since registration. */
  record BacklogRow(String office, String step, String modality, long days0To30, long days31To90, long days91To180,
      long daysOver180, long total) {
  }

  /** Claims concluded in one week (starting on Monday). */
  record WeekRow(LocalDate weekStart, long concluded, long decided, long abandoned, long withdrawn, long other) {
  }

  /** Open deadlines of one name at one office, past and due soon. */
  record DeadlineCountRow(String office, String deadline, long past, long dueSoon) {
  }

  /** A claim behind a figure: no personal data, only what a manager needs to find the case. */
  record ClaimRow(String caseNumber, String office, String modality, String status, OffsetDateTime registeredAt,
      OffsetDateTime closedAt, String closureReason, OffsetDateTime nextDeadlineAt, String step) {
  }

  /** A per-office limit day of the "due soon" window (five business days on that office's calendar). */
  record OfficeLimit(String office, LocalDate limitDay) {
  }

  /**
   * Makes PostgreSQL plan every statement of the current transaction with its values, never with a generic plan
   * ({@code plan_cache_mode = force_custom_plan}), and sort a year of claims in memory ({@code work_mem = 32MB}): for
   * the transaction only.
   */
  String planWithTheValues();

  /** The KPIs and COI turnaround of the claims registered in the period (COI from {@code claim_coi_timing}). */
  List<KpiRow> kpis(@Param("f") InsightFilter filter);

  /** Interpreter bookings of the claims registered in the period. */
  List<InterpreterRow> interpreterLeadTime(@Param("f") InsightFilter filter);

  /** Per step of asylum-claim where claims wait ({@code refugio.claim_step}): waiting now, time spent in the period. */
  List<ActivityRow> bottlenecks(@Param("f") InsightFilter filter);

  List<BacklogRow> backlog(@Param("f") InsightFilter filter);

  List<WeekRow> concludedWeekly(@Param("f") InsightFilter filter);

  /** Open deadlines of open claims already past {@code now}, or due by each office's limit day, per office and name. */
  List<DeadlineCountRow> deadlineRiskCounts(@Param("f") InsightFilter filter, @Param("now") OffsetDateTime now,
      @Param("limits") List<OfficeLimit> limits);

  /**
   * The claims behind a figure. {@code metric}: registered, concluded, concludedWithin20Days, concludedWithin90Days,
   * abandoned, withdrawn, coiReached, coiAttached, coiPending, coiFromRepository, coiWaitedForSre, interpreterBooked,
   * interpreterConfirmed, interpreterManual, interpreterPending (claims registered in the period); closed (concluded
   * in the period); waiting (at {@code activityId} now); backlog (open now); deadlinePast, deadlineDueSoon (open, with
   * an open deadline, named {@code deadline} if given, past {@code now} or due by its office's limit day). From
   * {@code offset}, at most {@code limit}.
   */
  List<ClaimRow> claims(@Param("f") InsightFilter filter, @Param("metric") String metric,
      @Param("activityId") String activityId,
      @Param("deadline") String deadline, @Param("now") OffsetDateTime now, @Param("limits") List<OfficeLimit> limits,
      @Param("offset") int offset, @Param("limit") int limit);

  /** How many claims {@link #claims} would list without its limit. */
  long countClaims(@Param("f") InsightFilter filter, @Param("metric") String metric,
      @Param("activityId") String activityId,
      @Param("deadline") String deadline, @Param("now") OffsetDateTime now, @Param("limits") List<OfficeLimit> limits);
}
