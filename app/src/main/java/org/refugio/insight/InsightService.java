package org.refugio.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.refugio.calendar.BusinessCalendar;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.insight.InsightMapper.ActivityRow;
import org.refugio.insight.InsightMapper.BacklogRow;
import org.refugio.insight.InsightMapper.ClaimRow;
import org.refugio.insight.InsightMapper.InterpreterRow;
import org.refugio.insight.InsightMapper.DeadlineCountRow;
import org.refugio.insight.InsightMapper.KpiRow;
import org.refugio.insight.InsightMapper.OfficeLimit;
import org.refugio.insight.InsightMapper.WeekRow;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The managers' figures: KPIs, bottlenecks, backlog, deadline risk and weekly conclusions, and the claims behind. Each
 * view reads in a read-only transaction (read committed: each statement sees the data as of its own start) whose
 * statements PostgreSQL plans with their values ({@link InsightMapper#planWithTheValues}); the KPIs' second statement
 * runs beside the first, in a transaction of its own ({@link #setStatementsBeside}).
 */
@Service
@Transactional(readOnly = true)
public class InsightService {

  /** "Soon" for a legal deadline: within this many business days of today, on the claim's office's calendar. */
  public static final int DUE_SOON_BUSINESS_DAYS = 5;
  /** The most claims a drill-down lists at once; {@code total} says how many there are, {@code offset} pages on. */
  public static final int CLAIMS_LIMIT = 1000;
  /** The drill-down metrics {@link InsightMapper#claims} understands. */
  public static final Set<String> METRICS = Set.of("registered", "concluded", "concludedWithin20Days",
      "concludedWithin90Days", "abandoned", "withdrawn", "closed", "waiting", "backlog", "coiReached", "coiAttached",
      "coiPending", "coiFromRepository", "coiWaitedForSre", "interpreterBooked", "interpreterConfirmed",
      "interpreterManual", "interpreterPending", "deadlinePast", "deadlineDueSoon");

  /** At most this many statements run beside their views at once; beyond, each runs after its view's main one. */
  static final int STATEMENTS_BESIDE = 2;

  private final InsightMapper mapper;
  private final OfficeMapper offices;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final TransactionTemplate besideTransaction;
  private final ExecutorService beside = Executors.newFixedThreadPool(STATEMENTS_BESIDE, runnable -> {
    Thread thread = new Thread(runnable, "insight-beside");
    thread.setDaemon(true);
    return thread;
  });
  /**
   * A view waiting for a statement beside it holds its own connection meanwhile: with fewer such views than the pool
   * has connections, the one beside always gets one in the end (the others finish), so the pool cannot be exhausted by
   * views waiting for each other.
   */
  private final Semaphore besidePermits = new Semaphore(STATEMENTS_BESIDE);
  private volatile boolean statementsBeside = true;

  InsightService(InsightMapper mapper, OfficeMapper offices, BusinessCalendar calendar, Clock clock,
      PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.offices = offices;
    this.calendar = calendar;
    this.clock = clock;
    this.besideTransaction = new TransactionTemplate(transactions);
    besideTransaction.setReadOnly(true);
  }

  @PreDestroy
  void stopBeside() {
    beside.shutdownNow();
  }

  /**
   * Whether a view's second statement runs beside its first, on a connection of its own (the KPIs' interpreter lead
   * times beside the KPIs), or after it. The benchmark measures both in one run.
   */
  public void setStatementsBeside(boolean statementsBeside) {
    this.statementsBeside = statementsBeside;
  }

  public boolean isStatementsBeside() {
    return statementsBeside;
  }

  /**
   * {@code work} in a read-only transaction of its own on another thread while the caller goes on, when a permit is
   * free; otherwise in the caller's transaction when asked for. Each statement of a view in read committed sees the
   * data as of its own start either way.
   */
  private <T> Supplier<T> beside(Supplier<T> work) {
    if (!statementsBeside || !besidePermits.tryAcquire()) {
      return work;
    }
    Future<T> result;
    try {
      result = beside.submit(() -> {
        try {
          return besideTransaction.execute(status -> work.get());
        } finally {
          besidePermits.release();
        }
      });
    } catch (RejectedExecutionException e) {
      besidePermits.release();
      return work;
    }
    return () -> {
      try {
        return result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while reading a view", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
      }
    };
  }

  /** The KPIs of the claims registered in the period, in total and per month, office and modality. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Kpis(LocalDate from, LocalDate to, long registered, long concluded, long concludedWithin20Days,
      long concludedWithin90Days, Double shareWithin20Days, Double shareWithin90Days, long abandoned, long withdrawn,
      Double abandonmentRate, Double withdrawalRate, CoiTurnaround coiTurnaround,
      InterpreterLeadTime interpreterLeadTime, List<KpiShareRow> rows) {
  }

  /**
   * COI turnaround of the claims that reached the COI step: {@code claims} reached it, {@code attached} have their
   * COI ({@code servedFromRepository} at once, {@code waitedForSre} after SRE answered), {@code pending} not yet; days
   * from reaching the step to the first COI attached (median, 90th percentile, 0.1).
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record CoiTurnaround(long claims, long attached, long pending, long servedFromRepository, long waitedForSre,
      Double medianDays, Double p90Days) {

    static final CoiTurnaround NONE = new CoiTurnaround(0, 0, 0, 0, 0, null, null);
  }

  /**
   * Interpreter bookings: {@code confirmed} by the provider, {@code manual} booked by a coordinator after the
   * confirmation did not come, {@code pending} neither yet; hours from the request to either (median, 90th
   * percentile, 0.1); the shares of confirmed and manual among those settled.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record InterpreterLeadTime(long bookings, long confirmed, long manual, long pending, Double medianHours,
      Double p90Hours, Double confirmedShare, Double manualShare) {

    static final InterpreterLeadTime NONE = new InterpreterLeadTime(0, 0, 0, 0, null, null, null, null);
  }

  /** One month, office and modality of the KPIs, shares, COI turnaround and interpreter lead time included. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record KpiShareRow(String month, String office, String modality, long registered, long concluded,
      long concludedWithin20Days, long concludedWithin90Days, Double shareWithin20Days, Double shareWithin90Days,
      long abandoned, long withdrawn, Double abandonmentRate, Double withdrawalRate, long coiClaims, long coiAttached,
      long coiPending, long coiServedFromRepository, long coiWaitedForSre, Double coiMedianDays, Double coiP90Days,
      long interpreterBookings, long interpreterConfirmed, long interpreterManual, long interpreterPending,
      Double interpreterMedianHours, Double interpreterP90Hours, Double interpreterConfirmedShare,
      Double interpreterManualShare) {
  }

  /** The month, office and modality a KPI row is about. */
  private record RowKey(String month, String office, String modality) {
  }

  /** An activity's figures for the overlay. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Bottleneck(String activityId, String activityName, long waiting, long completed,
      Double medianMinutes, Double p90Minutes) {
  }

  /**
   * The deadline-risk view: how many open deadlines of open claims are past and how many due within
   * {@link #DUE_SOON_BUSINESS_DAYS} business days, in total and per office and deadline ({@code rows}); the claims
   * behind them are the drill-downs {@code deadlinePast} and {@code deadlineDueSoon}.
   */
  public record DeadlineRisks(long past, long dueSoon, int businessDays, List<DeadlineCountRow> rows) {
  }

  /**
   * The claims behind a figure: {@code total} of them, these from {@code offset}, at most {@link #CLAIMS_LIMIT};
   * {@code truncated} when more follow.
   */
  public record Claims(String metric, long total, int offset, boolean truncated, List<ClaimRow> claims) {
  }

  public Kpis kpis(InsightFilter filter) {
    mapper.planWithTheValues();
    // nationally the interpreter lead times are a quarter of the view and the KPIs the rest: the first beside
    Supplier<List<InterpreterRow>> interpreterLeadTimes = beside(() -> {
      mapper.planWithTheValues();
      return mapper.interpreterLeadTime(filter);
    });
    List<KpiRow> kpiRows = mapper.kpis(filter);
    InterpreterLeadTime interpreterTotal = InterpreterLeadTime.NONE;
    Map<RowKey, InterpreterLeadTime> interpreterRows = new HashMap<>();
    for (InterpreterRow row : interpreterLeadTimes.get()) {
      long settled = row.confirmed() + row.manual();
      InterpreterLeadTime interpreter = new InterpreterLeadTime(row.bookings(), row.confirmed(), row.manual(),
          row.bookings() - settled, round(row.medianHours()), round(row.p90Hours()), share(row.confirmed(), settled),
          share(row.manual(), settled));
      if (row.total()) {
        interpreterTotal = interpreter;
      } else {
        interpreterRows.put(new RowKey(row.month(), row.office(), row.modality()), interpreter);
      }
    }
    List<KpiShareRow> rows = new ArrayList<>();
    long registered = 0;
    long concluded = 0;
    long within20 = 0;
    long within90 = 0;
    long abandoned = 0;
    long withdrawn = 0;
    CoiTurnaround coiTotal = CoiTurnaround.NONE;
    for (KpiRow row : kpiRows) {
      CoiTurnaround coi = new CoiTurnaround(row.coiClaims(), row.coiAttached(), row.coiClaims() - row.coiAttached(),
          row.coiServedFromRepository(), row.coiWaitedForSre(), round(row.coiMedianDays()), round(row.coiP90Days()));
      if (row.total()) {
        coiTotal = coi;
        continue;
      }
      RowKey key = new RowKey(row.month(), row.office(), row.modality());
      InterpreterLeadTime interpreter = interpreterRows.getOrDefault(key, InterpreterLeadTime.NONE);
      rows.add(new KpiShareRow(row.month(), row.office(), row.modality(), row.registered(), row.concluded(),
          row.concludedWithin20Days(), row.concludedWithin90Days(), share(row.concludedWithin20Days(),
          row.registered()), share(row.concludedWithin90Days(), row.registered()), row.abandoned(), row.withdrawn(),
          share(row.abandoned(), row.registered()), share(row.withdrawn(), row.registered()), coi.claims(),
          coi.attached(), coi.pending(), coi.servedFromRepository(), coi.waitedForSre(), coi.medianDays(),
          coi.p90Days(), interpreter.bookings(), interpreter.confirmed(), interpreter.manual(),
          interpreter.pending(), interpreter.medianHours(), interpreter.p90Hours(), interpreter.confirmedShare(),
          interpreter.manualShare()));
      registered += row.registered();
      concluded += row.concluded();
      within20 += row.concludedWithin20Days();
      within90 += row.concludedWithin90Days();
      abandoned += row.abandoned();
      withdrawn += row.withdrawn();
    }
    return new Kpis(filter.from(), filter.to(), registered, concluded, within20, within90, share(within20, registered),
        share(within90, registered), abandoned, withdrawn, share(abandoned, registered), share(withdrawn, registered),
        coiTotal, interpreterTotal, rows);
  }

  public List<Bottleneck> bottlenecks(InsightFilter filter) {
    mapper.planWithTheValues();
    return mapper.bottlenecks(filter).stream().map(InsightService::bottleneck).toList();
  }

  static Bottleneck bottleneck(ActivityRow row) {
    return new Bottleneck(row.activityId(), row.activityName(), row.waiting(), row.completed(),
        round(row.medianMinutes()), round(row.p90Minutes()));
  }

  public List<BacklogRow> backlog(InsightFilter filter) {
    mapper.planWithTheValues();
    return mapper.backlog(filter);
  }

  public List<WeekRow> concludedWeekly(InsightFilter filter) {
    mapper.planWithTheValues();
    return mapper.concludedWeekly(filter);
  }

  public DeadlineRisks deadlineRisk(InsightFilter filter) {
    mapper.planWithTheValues();
    List<OfficeLimit> limits = dueSoonLimits(filter);
    if (limits.isEmpty()) {
      return new DeadlineRisks(0, 0, DUE_SOON_BUSINESS_DAYS, List.of());
    }
    List<DeadlineCountRow> rows = mapper.deadlineRiskCounts(filter, OffsetDateTime.now(clock), limits);
    return new DeadlineRisks(rows.stream().mapToLong(DeadlineCountRow::past).sum(),
        rows.stream().mapToLong(DeadlineCountRow::dueSoon).sum(), DUE_SOON_BUSINESS_DAYS, rows);
  }

  /** Each office's last day of "due soon": {@link #DUE_SOON_BUSINESS_DAYS} business days on its own calendar. */
  private List<OfficeLimit> dueSoonLimits(InsightFilter filter) {
    LocalDate today = LocalDate.now(clock);
    return offices.findAll().stream().map(Office::code)
        .filter(code -> filter.offices() == null || filter.offices().contains(code))
        .map(code -> new OfficeLimit(code, calendar.addBusinessDays(today, DUE_SOON_BUSINESS_DAYS, code)))
        .toList();
  }

  public Claims claims(InsightFilter filter, String metric, String activityId) {
    return claims(filter, metric, activityId, null, 0);
  }

  /**
   * The claims behind a figure, from {@code offset} ({@code null}: 0); {@code deadline} narrows the deadline
   * drill-downs to one deadline (e.g. {@code decisionDue}).
   */
  public Claims claims(InsightFilter filter, String metric, String activityId, String deadline, Integer offset) {
    mapper.planWithTheValues();
    List<FieldError> errors = new ArrayList<>();
    if (metric == null || !METRICS.contains(metric)) {
      errors.add(new FieldError("metric", "Indique qué cifra desglosar: una de "
          + String.join(", ", METRICS.stream().sorted().toList()) + "."));
    } else if (metric.equals("waiting") && (activityId == null || activityId.isBlank())) {
      errors.add(new FieldError("activityId", "Para desglosar los expedientes en espera indique la actividad "
          + "(activityId), por ejemplo user_assess_claim."));
    }
    if (offset != null && offset < 0) {
      errors.add(new FieldError("offset", "El desplazamiento (offset) no puede ser negativo."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se pudo desglosar la cifra.", errors);
    }
    int from = offset == null ? 0 : offset;
    String deadlineName = deadline == null || deadline.isBlank() ? null : deadline;
    List<OfficeLimit> limits = metric.startsWith("deadline") ? dueSoonLimits(filter) : List.of();
    if (metric.startsWith("deadline") && limits.isEmpty()) {
      return new Claims(metric, 0, from, false, List.of());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long total = mapper.countClaims(filter, metric, activityId, deadlineName, now, limits);
    List<ClaimRow> rows = mapper.claims(filter, metric, activityId, deadlineName, now, limits,
        from, CLAIMS_LIMIT);
    return new Claims(metric, total, from, total > from + rows.size(), rows);
  }

  static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
