package org.refugio.inclusion;

import java.util.Locale;

/** The themes of referrals and of the roundtables that follow them up. */
public enum Theme {
  IDENTITY("Identidad"),
  LABOR("Empleo"),
  EDUCATION("Educación"),
  HEALTH("Salud");

  private final String spanishName;

  Theme(String spanishName) {
    this.spanishName = spanishName;
  }

  public String spanishName() {
    return spanishName;
  }

  /** {@code HEALTH} → {@code Health}, the last part of a liaison group id. */
  public String groupSuffix() {
    String lower = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
