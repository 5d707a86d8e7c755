package org.refugio.claim;

/** The reasons for which the decision deadline may be extended once (Ley sobre Refugiados art. 24). */
public enum ExtensionReason {
  NO_INTERPRETER("Falta de intérprete"),
  APPLICANT_HEALTH("Estado de salud de la persona solicitante"),
  EVIDENCE_REQUESTED("La persona solicitante pidió presentar pruebas"),
  FORCE_MAJEURE("Caso fortuito o fuerza mayor");

  private final String spanish;

  ExtensionReason(String spanish) {
    this.spanish = spanish;
  }

  public String spanish() {
    return spanish;
  }
}
