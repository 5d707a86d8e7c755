package org.refugio.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugio.claim.Outcome;
import org.refugio.documents.Person.Sex;

class DocumentRendererTest {

  private static final String CODE = "7K3QZ9MXW2RDPC8VHT4N6BJF";
  private static final String VERIFICATION_URL = "https://refugio.example.org/public/verify/" + CODE;

  private final DocumentRenderer renderer =
      new DocumentRenderer(new DocumentsProperties("https://refugio.example.org/"));

  @Test
  void shouldStateTheClaimAndWhereItIsValidWhenIssuingAConstancia() {
    // Given a claim without dependants
    ConstanciaData data = Samples.constancia(List.of());

    // When
    byte[] pdf = renderer.renderConstancia(data, CODE);

    // Then
    String text = PdfReading.text(pdf);
    assertThat(text).contains(
        "Comisión Mexicana de Ayuda a Refugiados",
        "Oficina de Representación en Tapachula, Chiapas",
        "CONSTANCIA DE TRÁMITE",
        "Expediente: TAP-2024-000123",
        "Tapachula, Chiapas, a 12 de marzo de 2024",
        "hace constar que José Ñúñez, de nacionalidad Honduras, con fecha de nacimiento 21 de julio de 1988, "
            + "presentó el 11 de marzo de 2024",
        "solicitud de reconocimiento de la condición de refugiado",
        "es válida únicamente en el estado de Chiapas",
        "no es un documento de viaje",
        "son gratuitos");
    assertThat(text).doesNotContain("Parentesco", "comprende también");
  }

  @Test
  void shouldStateTheDelayTheTimeToExplainItAndTheRightsKeptWhenIssuingAPrevention() {
    // Given a claim filed months after entry, with a child, and five business days to explain the delay
    PreventionData data = new PreventionData("TAP-2024-000123", "Tapachula", "Chiapas", LocalDate.of(2024, 3, 11),
        LocalDate.of(2023, 12, 1), Samples.JOSE, List.of(new Dependant(
            new Person("María", "Ñúñez", Sex.F, LocalDate.of(2015, 2, 3), "HN"), "Hija", null)),
        5, LocalDate.of(2024, 3, 19), Samples.ISSUED_AT);

    // When
    String text = PdfReading.text(renderer.renderPrevention(data, CODE));

    // Then
    assertThat(text).contains(
        "PREVENCIÓN",
        "Asunto: Prevención por presentación extemporánea",
        "José Ñúñez, de nacionalidad Honduras",
        "presentó el 11 de marzo de 2024",
        "ingresó al territorio nacional el 1 de diciembre de 2023",
        "dentro de los 5 días hábiles siguientes",
        "a más tardar el 19 de marzo de 2024",
        "María Ñúñez",
        "no podrá ser devuelta a su país de origen",
        "Código de verificación",
        "Prevención por presentación extemporánea · Expediente TAP-2024-000123");
  }

  @Test
  void shouldListEveryDependantWhenTheClaimCoversAFamily() {
    // Given
    ConstanciaData data = Samples.constancia(List.of(Samples.LUCIA, Samples.MARIA_INES));

    // When
    byte[] pdf = renderer.renderConstancia(data, CODE);

    // Then
    String text = PdfReading.text(pdf);
    assertThat(text).contains(
        "La solicitud comprende también a las siguientes personas",
        "Nombre Parentesco Sexo Fecha de nacimiento Nacionalidad",
        "Lucía Güemes Ortíz cónyuge Mujer 30/01/1990 Honduras",
        "María Inés Ñúñez Güemes hija Mujer 01/02/2015 Honduras");
  }

  @Test
  void shouldCarryAVerificationLinkAndQrCodeWhenIssuingAConstancia() {
    // When
    byte[] pdf = renderer.renderConstancia(Samples.constancia(List.of()), CODE);

    // Then a phone that scans the code lands on the public verification page for this document
    assertThat(PdfReading.qrCode(pdf, PdfReading.pages(pdf))).isEqualTo(VERIFICATION_URL);
    assertThat(PdfReading.text(pdf)).contains(
        VERIFICATION_URL,
        "Código de verificación: 7K3Q-Z9MX-W2RD-PC8V-HT4N-6BJF",
        "Expediente TAP-2024-000123. Emitida el 12 de marzo de 2024 a las 10:05 horas.");
  }

  @Test
  void shouldStateTheOutcomeGroundsAndRightToAppealWhenIssuingAResolution() {
    // Given
    ResolutionData data = Samples.resolution(Outcome.RECOGNIZED_CARTAGENA, Samples.GROUNDS);

    // When
    byte[] pdf = renderer.renderResolution(data, CODE);

    // Then
    String text = PdfReading.text(pdf);
    assertThat(text).contains(
        "RESOLUCIÓN",
        "Expediente: TAP-2024-000123",
        "Tapachula, Chiapas, a 6 de mayo de 2024",
        "presentada por José Ñúñez, de nacionalidad Honduras",
        "CONSIDERANDO",
        "huyó de la violencia generalizada en San Pedro Sula",
        "se considera creíble",
        "RESUELVE",
        "PRIMERO. Se resuelve la solicitud de José Ñúñez en el sentido siguiente: "
            + Outcome.RECOGNIZED_CARTAGENA.spanish() + ".",
        "residente permanente",
        "procede el recurso de revisión",
        "dentro de los quince días hábiles siguientes a aquel en que surta efectos su notificación",
        "identificada con la clave eligibilityTap1",
        "Lucía Güemes Ortíz cónyuge",
        VERIFICATION_URL);
    assertThat(PdfReading.qrCode(pdf, PdfReading.pages(pdf))).isEqualTo(VERIFICATION_URL);
  }

  @Test
  void shouldKeepTheNonRefoulementNoticeAndOmitProtectionRightsWhenTheClaimIsNotRecognized() {
    // When
    byte[] pdf = renderer.renderResolution(Samples.resolution(Outcome.NOT_RECOGNIZED, Samples.GROUNDS), CODE);

    // Then
    String text = PdfReading.text(pdf);
    assertThat(text).contains(
        "en el sentido siguiente: No reconocimiento de la condición de refugiado.",
        "no podrá ser devuelta a su país de origen",
        "procede el recurso de revisión",
        "quince días hábiles");
    assertThat(text).doesNotContain("residente permanente");
  }

  @Test
  void shouldPrintTheCaseNumberOnEveryPageWhenTheGroundsRunLong() {
    // Given grounds of several pages
    String longGrounds = String.join("\n\n", Collections.nCopies(30, Samples.GROUNDS));

    // When
    byte[] pdf = renderer.renderResolution(Samples.resolution(Outcome.COMPLEMENTARY_PROTECTION, longGrounds), CODE);

    // Then
    int pages = PdfReading.pages(pdf);
    assertThat(pages).isGreaterThan(2);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfReading.pageText(pdf, page))
          .contains("Resolución · Expediente TAP-2024-000123 · Emitida el 6 de mayo de 2024 · Página " + page);
    }
    assertThat(PdfReading.qrCode(pdf, pages)).isEqualTo(VERIFICATION_URL);
  }

  @Test
  void shouldDropOnlyTheDiacriticsTheFontLacksWhenANameHasThem() {
    // Given a name with a Vietnamese letter outside the font
    Person nguyen = new Person("Thị Lan", "Nguyễn", Sex.F, LocalDate.of(1995, 4, 2), "VN");
    ConstanciaData data = new ConstanciaData("TAP-2024-000124", "Tapachula", "Chiapas", LocalDate.of(2024, 3, 11),
        nguyen, List.of(), Samples.ISSUED_AT);

    // When
    String text = PdfReading.text(renderer.renderConstancia(data, CODE));

    // Then "ị" and "ễ" lose their accents, nothing else changes
    assertThat(text).contains("hace constar que Thi Lan Nguyen, de nacionalidad Vietnam");
  }

  @Test
  void shouldRefuseRatherThanDropLettersWhenANameIsInAnotherScript() {
    // Given
    Person person = new Person("Анна", "Иванова", Sex.F, LocalDate.of(1993, 9, 9), "RU");
    ConstanciaData data = new ConstanciaData("TAP-2024-000125", "Tapachula", "Chiapas", LocalDate.of(2024, 3, 11),
        person, List.of(), Samples.ISSUED_AT);

    // When / Then: the message says what to fix without repeating the name
    assertThatThrownBy(() -> renderer.renderConstancia(data, CODE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("principal's name")
        .hasMessageContaining("U+0410")
        .hasMessageNotContaining("Иванова");
  }

  @Test
  void shouldWordEveryOutcomeAsTheLawNamesItWhenIssuingAResolution() {
    for (Outcome outcome : Outcome.values()) {
      String text = PdfReading.text(renderer.renderResolution(
          new ResolutionData(Samples.CASE_NUMBER, "Tapachula", "Chiapas", Samples.JOSE, List.of(), outcome,
              Samples.GROUNDS, "reviewTap", Samples.ISSUED_AT, Samples.ISSUED_AT), CODE)).replaceAll("\\s+", " ");
      assertThat(text).as(outcome.name())
          .contains("en el sentido siguiente: " + outcome.spanish() + ".")
          .contains(outcome.isProtection() ? "residente permanente" : "no podrá ser devuelta");
    }
  }

  @Test
  void shouldNameEachDependantWithTheirOutcomeWhenOneWasDecidedSeparately() {
    // Given a family whose daughter was decided separately
    Dependant daughter = new Dependant(Samples.MARIA_INES.person(), "hija", Outcome.COMPLEMENTARY_PROTECTION);
    ResolutionData data = new ResolutionData(Samples.CASE_NUMBER, "Tapachula", "Chiapas", Samples.JOSE,
        List.of(Samples.LUCIA, daughter), Outcome.NOT_RECOGNIZED, Samples.GROUNDS, "reviewTap", Samples.ISSUED_AT,
        Samples.ISSUED_AT);

    // When
    String text = PdfReading.text(renderer.renderResolution(data, CODE)).replaceAll("\\s+", " ");

    // Then the spouse shares the principal's outcome and the daughter has her own
    assertThat(text).contains("Sentido de la resolución",
        "Lucía Güemes Ortíz cónyuge Mujer 30/01/1990 Honduras No reconocimiento de la condición de refugiado",
        "María Inés Ñúñez Güemes hija Mujer 01/02/2015 Honduras Otorgamiento de protección complementaria",
        "en el sentido que la relación anterior indica para cada una");
  }

  @Test
  void shouldStateTheNewOutcomeWhenAnAppealRevokesTheResolution() {
    // When
    String text = PdfReading.text(renderer.renderAppealResolution(
        appeal(org.refugio.appeal.AppealResult.REVOKED, Outcome.RECOGNIZED_CARTAGENA), CODE)).replaceAll("\\s+", " ");

    // Then
    assertThat(text).contains("RESOLUCIÓN DEL RECURSO DE REVISIÓN", "Expediente: TAP-2024-000123",
        "Visto el recurso de revisión interpuesto el 20 de mayo de 2024 por José Ñúñez",
        "en el sentido siguiente: No reconocimiento de la condición de refugiado;",
        "distinta de la que emitió la resolución recurrida",
        "Se revoca la resolución recurrida y, en su lugar, se resuelve la solicitud de José Ñúñez en el sentido "
            + "siguiente: " + Outcome.RECOGNIZED_CARTAGENA.spanish() + ".",
        "residente permanente", "juicio de nulidad", "identificada con la clave legalCdmx", VERIFICATION_URL);
    assertThat(text).doesNotContain("Se confirma", "reponer el procedimiento");
  }

  @Test
  void shouldKeepTheFirstOutcomeWhenAnAppealConfirmsItAndReopenTheProcedureWhenItRemands() {
    String confirmed = PdfReading.text(renderer.renderAppealResolution(
        appeal(org.refugio.appeal.AppealResult.CONFIRMED, null), CODE)).replaceAll("\\s+", " ");
    assertThat(confirmed).contains("PRIMERO. Se confirma la resolución recurrida, en el sentido siguiente: "
        + Outcome.NOT_RECOGNIZED.spanish() + ".", "no podrá ser devuelta").doesNotContain("Se revoca");

    String remanded = PdfReading.text(renderer.renderAppealResolution(
        appeal(org.refugio.appeal.AppealResult.REMANDED, null), CODE)).replaceAll("\\s+", " ");
    assertThat(remanded).contains("se ordena reponer el procedimiento",
        "evaluará nuevamente la solicitud", "Pendiente de nueva resolución").doesNotContain("Se confirma");
  }

  @Test
  void shouldRefuseAnAppealResolutionThatRevokesWithoutANewOutcome() {
    assertThatThrownBy(() -> appeal(org.refugio.appeal.AppealResult.REVOKED, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new outcome");
    assertThatThrownBy(() -> appeal(org.refugio.appeal.AppealResult.CONFIRMED, Outcome.RECOGNIZED_1951))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static AppealResolutionData appeal(org.refugio.appeal.AppealResult result, Outcome newOutcome) {
    return new AppealResolutionData(Samples.CASE_NUMBER, "Tapachula", "Chiapas", Samples.JOSE,
        List.of(Samples.LUCIA), Outcome.NOT_RECOGNIZED, LocalDate.of(2024, 5, 20), result, newOutcome,
        Samples.GROUNDS, "legalCdmx", Samples.ISSUED_AT, Samples.ISSUED_AT);
  }
}
