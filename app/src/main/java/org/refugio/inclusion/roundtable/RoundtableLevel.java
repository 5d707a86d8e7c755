package org.refugio.inclusion.roundtable;

/** The level of a roundtable, which says what its place is: none, a state, or a state and a municipality. */
public enum RoundtableLevel {
  FEDERAL("federal"),
  STATE("estatal"),
  MUNICIPAL("municipal");

  private final String spanish;

  RoundtableLevel(String spanish) {
    this.spanish = spanish;
  }

  public String spanish() {
    return spanish;
  }
}
