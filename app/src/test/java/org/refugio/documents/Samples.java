package org.refugio.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.refugio.claim.Outcome;
import org.refugio.documents.Person.Sex;

/** Sample claims for the document tests: a family from Honduras filing in Tapachula, Chiapas. */
final class Samples {

  static final String CASE_NUMBER = "TAP-2024-000123";
  static final OffsetDateTime ISSUED_AT = OffsetDateTime.of(2024, 3, 12, 10, 5, 0, 0, ZoneOffset.ofHours(-6));
  static final Person JOSE = new Person("José", "Ñúñez", Sex.M, LocalDate.of(1988, 7, 21), "HN");
  static final Dependant LUCIA =
      new Dependant(new Person("Lucía", "Güemes Ortíz", Sex.F, LocalDate.of(1990, 1, 30), "HN"), "cónyuge");
  static final Dependant MARIA_INES =
      new Dependant(new Person("María Inés", "Ñúñez Güemes", Sex.F, LocalDate.of(2015, 2, 1), "HN"), "hija");
  static final String GROUNDS = """
      Del análisis de la entrevista de elegibilidad y de la información sobre el país de origen se desprende que \
      el solicitante huyó de la violencia generalizada en San Pedro Sula tras recibir amenazas de muerte.

      Su relato es coherente, detallado y congruente con la información del país de origen, por lo que se \
      considera creíble.""";

  private Samples() {
  }

  static ConstanciaData constancia(List<Dependant> dependants) {
    return new ConstanciaData(CASE_NUMBER, "Tapachula", "Chiapas", LocalDate.of(2024, 3, 11), JOSE, dependants,
        ISSUED_AT);
  }

  static ResolutionData resolution(Outcome outcome, String grounds) {
    OffsetDateTime decidedAt = OffsetDateTime.of(2024, 5, 6, 17, 30, 0, 0, ZoneOffset.ofHours(-6));
    return new ResolutionData(CASE_NUMBER, "Tapachula", "Chiapas", JOSE, List.of(LUCIA, MARIA_INES), outcome,
        grounds, "eligibilityTap1", decidedAt, decidedAt.plusMinutes(20));
  }
}
