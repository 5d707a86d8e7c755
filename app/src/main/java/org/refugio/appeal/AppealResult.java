package org.refugio.appeal;

/** What the legal unit decides on a recurso de revisión; {@code asylum-claim} routes the claim by it. */
public enum AppealResult {
  /** The first decision stands; the claim closes with it. */
  CONFIRMED("Confirmar la resolución", "se confirma la resolución recurrida"),
  /** The first decision is revoked and the appeal states the new outcome. */
  REVOKED("Revocar y dictar nueva resolución", "se revoca la resolución recurrida y se dicta una nueva"),
  /** The procedure is reopened: the claim goes back to a new assessment. */
  REMANDED("Reponer el procedimiento: nueva evaluación",
      "se ordena reponer el procedimiento para que la solicitud se evalúe de nuevo");

  private final String formLabel;
  private final String resolutionText;

  AppealResult(String formLabel, String resolutionText) {
    this.formLabel = formLabel;
    this.resolutionText = resolutionText;
  }

  /** The option the decide-appeal form offers. */
  public String formLabel() {
    return formLabel;
  }

  /** How the appeal resolution states the result, after "En consecuencia, ". */
  public String resolutionText() {
    return resolutionText;
  }
}
