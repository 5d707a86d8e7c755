package org.refugio.claim;

/** How a dependant is related to the principal applicant. */
public enum Relationship {
  SPOUSE("cónyuge", "cónyuge", "cónyuge"),
  CHILD("hija", "hijo", "hija o hijo"),
  PARENT("madre", "padre", "madre o padre"),
  SIBLING("hermana", "hermano", "hermana o hermano"),
  OTHER("otro familiar", "otro familiar", "otro familiar");

  private final String female;
  private final String male;
  private final String neutral;

  Relationship(String female, String male, String neutral) {
    this.female = female;
    this.male = male;
    this.neutral = neutral;
  }

  /** The relationship in Spanish as documents state it, agreeing with the dependant's sex (F, M or X). */
  public String spanish(String sex) {
    return switch (sex) {
      case "F" -> female;
      case "M" -> male;
      default -> neutral;
    };
  }
}
