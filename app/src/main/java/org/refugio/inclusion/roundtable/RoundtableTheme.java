package org.refugio.inclusion.roundtable;

/**
 * The theme a roundtable follows up: one of the four themes of inclusion, or all of them. The theme's suffix names
 * the liaison groups of a state ({@code inclusionChpHealth}).
 */
public enum RoundtableTheme {
  ALL("Todos los temas", null),
  IDENTITY("Identidad y documentación", "Identity"),
  LABOR("Inclusión laboral", "Labor"),
  EDUCATION("Educación", "Education"),
  HEALTH("Salud", "Health");

  private final String spanish;
  private final String groupSuffix;

  RoundtableTheme(String spanish, String groupSuffix) {
    this.spanish = spanish;
    this.groupSuffix = groupSuffix;
  }

  public String spanish() {
    return spanish;
  }

  /** The suffix of the liaison groups of this theme, {@code null} for ALL. */
  public String groupSuffix() {
    return groupSuffix;
  }

  /** The Spanish name of a gap's theme code, or the code itself if it is unknown. */
  public static String spanishOf(String code) {
    for (RoundtableTheme theme : values()) {
      if (theme.name().equals(code)) {
        return theme.spanish;
      }
    }
    return code;
  }
}
