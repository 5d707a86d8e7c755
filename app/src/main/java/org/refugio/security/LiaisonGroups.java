package org.refugio.security;

import java.util.Locale;

/**
 * The groups of the liaisons of the receiving institutions: the inclusion role scoped to a state and a theme,
 * {@code inclusion} + state + theme ({@code inclusionChpHealth} for health in Chiapas). Alphanumeric, as the engine's
 * resource whitelist requires.
 */
public final class LiaisonGroups {

  private LiaisonGroups() {
  }

  /** The liaison group of a state (ISO 3166-2:MX code without "MX-", {@code CHP}) and theme ({@code HEALTH}). */
  public static String of(String stateCode, String theme) {
    return Role.INCLUSION.groupId() + capitalized(stateCode) + capitalized(theme);
  }

  /** Whether the user is a liaison of the state and theme. */
  public static boolean isLiaison(CurrentUser user, String stateCode, String theme) {
    return user.groupIds().contains(of(stateCode, theme));
  }

  private static String capitalized(String code) {
    String lower = code.strip().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
