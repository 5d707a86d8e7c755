package org.refugio.claim;

/** Why a claim was closed. */
public enum ClosureReason {
  /** The decision became final: no appeal in time, or the appeal was decided. */
  DECISION("Resolución firme"),
  WITHDRAWAL("Desistimiento"),
  ABANDONMENT("Abandono"),
  DEATH("Fallecimiento"),
  /** Filed by a representative and not ratified in person in time (Reglamento art. 20). */
  NOT_RATIFIED("Solicitud no ratificada"),
  /** Filed late, and the causes given in reply to the prevención were not accepted. */
  NOT_ADMITTED("Solicitud extemporánea no admitida");

  private final String spanish;

  ClosureReason(String spanish) {
    this.spanish = spanish;
  }

  public String spanish() {
    return spanish;
  }
}
