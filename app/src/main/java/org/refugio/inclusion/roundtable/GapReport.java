package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import java.util.List;

/**
 * A roundtable's gap report for a period: the gaps opened in it in the roundtable's scope, by theme, institution,
 * reason (overdue referrals as their own reason, {@code OVERDUE}) and month, open or closed at the period's end, and
 * the trend against the previous period of equal length. No personal data: only counts.
 */
public record GapReport(long roundtableId, String roundtableName, String place, String theme, LocalDate from,
    LocalDate to, LocalDate previousFrom, LocalDate previousTo, int total, int open, int closed, int previousTotal,
    int change, List<GapFigure> byTheme, List<GapFigure> byInstitution, List<GapFigure> byReason,
    List<GapFigure> byMonth) {
}
