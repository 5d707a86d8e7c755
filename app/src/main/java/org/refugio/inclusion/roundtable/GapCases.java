package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import java.util.List;

/**
 * The cases behind one number of a roundtable's gap report, as the user may see them ({@link ReportView}); at most
 * {@code limit} of them, {@code truncated} saying there were more.
 */
public record GapCases(long roundtableId, LocalDate from, LocalDate to, String theme, String institution,
    String reason, ReportView view, int limit, boolean truncated, List<GapCase> cases) {
}
