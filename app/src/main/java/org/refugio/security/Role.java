package org.refugio.security;

import java.util.Locale;

/**
 * The roles of people who use Refugio. An office-scoped role has one group per office ({@code eligibilityTap});
 * every role also has a national group named after the role ({@code eligibility}) whose members act for all offices.
 * Group ids are alphanumeric because the engine's resource whitelist allows nothing else.
 */
public enum Role {
  REGISTRATION("registration", "Registro", true),
  ELIGIBILITY("eligibility", "Elegibilidad", true),
  REVIEW("review", "Revisión", true),
  LEGAL("legal", "Unidad jurídica", false),
  COI_UNIT("coiUnit", "Unidad de información de países de origen", false),
  SRE("sre", "Secretaría de Relaciones Exteriores", false),
  INTERPRETATION("interpretation", "Coordinación de interpretación", true),
  ARCHIVE("archive", "Archivo y digitalización", true),
  POLICY("policy", "Políticas y reglas", false),
  MANAGER("manager", "Gerencia", true),
  INCLUSION("inclusion", "Inclusión", true),
  FRONT_DESK("frontDesk", "Ventanilla", false),
  ADMIN("admin", "Administración", false);

  private final String groupId;
  private final String spanishName;
  private final boolean officeScoped;

  Role(String groupId, String spanishName, boolean officeScoped) {
    this.groupId = groupId;
    this.spanishName = spanishName;
    this.officeScoped = officeScoped;
  }

  /** The national group of this role. */
  public String groupId() {
    return groupId;
  }

  /** The group of this role at one office, e.g. {@code eligibilityTap} for ELIGIBILITY at TAP. */
  public String groupId(String officeCode) {
    return groupId + officeSuffix(officeCode);
  }

  public String spanishName() {
    return spanishName;
  }

  public boolean officeScoped() {
    return officeScoped;
  }

  /** {@code TAP} → {@code Tap}, {@code CDMX} → {@code Cdmx}. */
  public static String officeSuffix(String officeCode) {
    String lower = officeCode.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
