package org.refugio.inclusion.roundtable;

/** The body of {@code POST /api/roundtables}. */
public record NewRoundtable(String name, String level, String stateCode, String municipality, String theme,
    String coordinatingInstitution) {
}
