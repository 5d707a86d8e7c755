package org.refugio.inclusion.roundtable;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.refugio.casefile.ReadAuditMapper;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The gap reports of the roundtables: the figures of a period in a roundtable's scope, and the cases behind each
 * figure, with case numbers for internal users (each one shown is an audited read) and pseudonymous references for
 * external members.
 */
@Service
public class GapReports {

  /** The most cases listed behind one figure. */
  static final int CASE_LIMIT = 1000;
  /** What the case-file audit records for a case number shown behind a roundtable's figure. */
  static final String AUDIT_WHAT = "roundtable-gaps:";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", new Locale("es", "MX"));

  private final RoundtableService roundtables;
  private final RoundtableMapper mapper;
  private final ReadAuditMapper audit;

  public GapReports(RoundtableService roundtables, RoundtableMapper mapper, ReadAuditMapper audit) {
    this.roundtables = roundtables;
    this.mapper = mapper;
    this.audit = audit;
  }

  /** The report of the roundtable for the period, if the user may see the roundtable. */
  public GapReport report(long id, GapPeriod period, CurrentUser user) {
    RoundtableRow row = roundtables.visibleRow(id, user);
    Roundtable roundtable = Roundtable.of(row, List.of());
    GapPeriod previous = period.previous();
    List<GapFigure> byTheme = figures(row, period, previous, "theme", RoundtableTheme::spanishOf);
    List<GapFigure> byInstitution = figures(row, period, previous, "institution", Function.identity());
    List<GapFigure> byReason = figures(row, period, previous, "reason", Function.identity());
    int total = byTheme.stream().mapToInt(GapFigure::total).sum();
    int closed = byTheme.stream().mapToInt(GapFigure::closed).sum();
    int previousTotal = mapper.countGaps(row, previous.from(), previous.to(), "theme").stream()
        .mapToInt(GapCount::total).sum();
    return new GapReport(id, row.name(), roundtable.placeLabel(), roundtable.themeLabel(), period.from(),
        period.to(), previous.from(), previous.to(), total, total - closed, closed, previousTotal,
        total - previousTotal, byTheme, byInstitution, byReason, months(row, period));
  }

  private List<GapFigure> figures(RoundtableRow row, GapPeriod period, GapPeriod previous, String dimension,
      Function<String, String> label) {
    Map<String, GapCount> before = mapper.countGaps(row, previous.from(), previous.to(), dimension).stream()
        .collect(Collectors.toMap(GapCount::key, c -> c));
    List<GapFigure> figures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (GapCount count : mapper.countGaps(row, period.from(), period.to(), dimension)) {
      seen.add(count.key());
      GapCount earlier = before.get(count.key());
      figures.add(new GapFigure(count.key(), label.apply(count.label()), count.total(),
          count.total() - count.closed(), count.closed(), earlier == null ? 0 : earlier.total()));
    }
    // what had gaps before and has none now is a trend too
    before.values().stream().filter(c -> !seen.contains(c.key()))
        .forEach(c -> figures.add(new GapFigure(c.key(), label.apply(c.label()), 0, 0, 0, c.total())));
    return figures;
  }

  private List<GapFigure> months(RoundtableRow row, GapPeriod period) {
    Map<String, GapCount> counts = mapper.countGaps(row, period.from(), period.to(), "month").stream()
        .collect(Collectors.toMap(GapCount::key, c -> c));
    Map<String, GapFigure> months = new LinkedHashMap<>();
    for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
        month = month.plusMonths(1)) {
      GapCount count = counts.get(month.toString());
      int total = count == null ? 0 : count.total();
      int closed = count == null ? 0 : count.closed();
      months.put(month.toString(), new GapFigure(month.toString(), MONTH.format(month), total, total - closed,
          closed, null));
    }
    return List.copyOf(months.values());
  }

  /**
   * The cases behind a figure of the report (narrowed by theme, institution and reason when given), as the user may
   * see them; every case number shown to an internal user is recorded in the case-file audit.
   */
  public GapCases cases(long id, GapPeriod period, String theme, String institution, String reason,
      CurrentUser user) {
    RoundtableRow row = roundtables.visibleRow(id, user);
    ReportView view = roundtables.view(row, user);
    String themeFilter = code(theme);
    String institutionFilter = code(institution);
    String reasonFilter = code(reason);
    List<FieldError> errors = new ArrayList<>();
    if (themeFilter != null && (RoundtableTheme.spanishOf(themeFilter).equals(themeFilter)
        || "ALL".equals(themeFilter))) {
      errors.add(new FieldError("theme", "El tema " + themeFilter + " no existe: use IDENTITY, LABOR, EDUCATION o "
          + "HEALTH, o no lo indique."));
    }
    if (institutionFilter != null && institutionFilter.length() > 16) {
      errors.add(new FieldError("institution", "La clave de institución tiene a lo más 16 caracteres."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se listaron los casos.", errors);
    }
    List<GapCaseRow> rows = mapper.findGapCases(row, period.from(), period.to(), themeFilter, institutionFilter,
        reasonFilter, CASE_LIMIT + 1);
    boolean truncated = rows.size() > CASE_LIMIT;
    List<GapCaseRow> shown = truncated ? rows.subList(0, CASE_LIMIT) : rows;
    List<GapCase> cases = new ArrayList<>();
    Set<Long> audited = new HashSet<>();
    for (GapCaseRow gap : shown) {
      boolean open = gap.closedOn() == null || gap.closedOn().isAfter(period.to());
      if (view == ReportView.FULL) {
        if (audited.add(gap.claimId())) {
          audit.insert(gap.caseNumber(), gap.claimId(), gap.officeCode(), user.userId(), AUDIT_WHAT + id,
              "Casos detrás de las brechas de la mesa «" + row.name() + "», " + period.from() + " a "
                  + period.to(), true);
        }
        cases.add(new GapCase(GapCase.reference(gap.referralId()), gap.caseNumber(), gap.theme(),
            RoundtableTheme.spanishOf(gap.theme()), gap.institutionCode(), gap.institutionName(), gap.reasonCode(),
            gap.reasonLabel(), gap.stateCode(), gap.municipality(), gap.openedOn(), gap.closedOn(), open));
      } else {
        cases.add(new GapCase(GapCase.reference(gap.referralId()), null, gap.theme(),
            RoundtableTheme.spanishOf(gap.theme()), gap.institutionCode(), gap.institutionName(), gap.reasonCode(),
            gap.reasonLabel(), gap.stateCode(), gap.municipality(), null, null, open));
      }
    }
    return new GapCases(id, period.from(), period.to(), themeFilter, institutionFilter, reasonFilter, view,
        CASE_LIMIT, truncated, cases);
  }

  private static String code(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  /** The report as CSV (RFC 4180, Spanish headers), one line per figure, the totals first. */
  public static String csv(GapReport report) {
    StringBuilder csv = new StringBuilder("apartado,clave,concepto,total,abiertas,cerradas,periodo_anterior\r\n");
    line(csv, "Total", "TOTAL", "Todas las brechas", report.total(), report.open(), report.closed(),
        report.previousTotal());
    for (GapFigure figure : report.byTheme()) {
      line(csv, "Tema", figure.key(), figure.label(), figure.total(), figure.open(), figure.closed(),
          figure.previous());
    }
    for (GapFigure figure : report.byInstitution()) {
      line(csv, "Institución", figure.key(), figure.label(), figure.total(), figure.open(), figure.closed(),
          figure.previous());
    }
    for (GapFigure figure : report.byReason()) {
      line(csv, "Motivo", figure.key(), figure.label(), figure.total(), figure.open(), figure.closed(),
          figure.previous());
    }
    for (GapFigure figure : report.byMonth()) {
      line(csv, "Mes", figure.key(), figure.label(), figure.total(), figure.open(), figure.closed(), null);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, String section, String key, String label, int total, int open,
      int closed, Integer previous) {
    csv.append(cell(section)).append(',').append(cell(key)).append(',').append(cell(label)).append(',')
        .append(total).append(',').append(open).append(',').append(closed).append(',')
        .append(previous == null ? "" : previous).append("\r\n");
  }

  private static String cell(String value) {
    String text = value == null ? "" : value;
    // a leading =, +, - or @ would be a formula to a spreadsheet
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
