package org.refugio.inclusion.roundtable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One number of a gap report: the gaps of one theme, institution, reason or month opened in the period, how many
 * are still open at its end and how many closed; {@code previous} is the same number in the previous period of equal
 * length (absent for months).
 */
public record GapFigure(String key, String label, int total, int open, int closed,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer previous) {
}
