package org.refugio.claim;

/** The outcome of a claim's first-instance decision. */
public enum Outcome {
  RECOGNIZED_1951("Reconocimiento de la condición de refugiado (art. 13-I)"),
  RECOGNIZED_CARTAGENA("Reconocimiento de la condición de refugiado, definición ampliada (art. 13-II)"),
  RECOGNIZED_SUR_PLACE("Reconocimiento de la condición de refugiado sur place (art. 13-III)"),
  COMPLEMENTARY_PROTECTION("Otorgamiento de protección complementaria"),
  NOT_RECOGNIZED("No reconocimiento de la condición de refugiado"),
  EXCLUDED("No reconocimiento por cláusula de exclusión (art. 27)");

  private final String spanish;

  Outcome(String spanish) {
    this.spanish = spanish;
  }

  /** How the resolution states the outcome. */
  public String spanish() {
    return spanish;
  }

  public boolean isProtection() {
    return this == RECOGNIZED_1951 || this == RECOGNIZED_CARTAGENA || this == RECOGNIZED_SUR_PLACE
        || this == COMPLEMENTARY_PROTECTION;
  }
}
