package org.refugio.claim;

/** Why a claim was closed. */
public enum ClosureReason {
  /** The decision became final: no appeal in time, or the appeal was decided. */
  DECISION("Resolución firme"),
  WITHDRAWAL("Desistimiento"),
  ABANDONMENT("Abandono"),
  DEATH("Fallecimiento");

  private final String spanish;

  ClosureReason(String spanish) {
    this.spanish = spanish;
  }

  public String spanish() {
    return spanish;
  }
}
