package org.refugio.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The front desk's status lookup across offices, and the applicant's public status page with the PIN. */
class FrontDeskAndPublicStatusIT extends IntegrationTest {

  private static final Pattern PIN = Pattern.compile("NIP de consulta: (\\d{8})");

  @Autowired
  ObjectMapper json;

  private final OpenClaims openClaims = new OpenClaims();

  @org.junit.jupiter.api.AfterEach
  void withdrawTheClaims() {
    openClaims.withdrawAll((path, body) -> post("registrationTap", path, body));
  }
  @Autowired
  PublicRateLimiter limiter;

  @BeforeEach
  @AfterEach
  void forgetLookups() {
    // every test calls from 127.0.0.1: each starts with a fresh minute
    limiter.reset();
  }

  @Test
  void shouldFindAClaimOfAnyOfficeByNameAndBirthDespiteAccentsAndTyposAndShowItsStatusOnly() throws Exception {
    // Given a Tapachula claim of Marisol Ñáñez Peñaloza, born on 17 February 1983
    String caseNumber = registered("Marisol", "Ñáñez Peñaloza", "1983-02-17");

    // When the front desk types her name without accents, with typos, or only in part
    for (String typed : List.of("marisol nanez penaloza", "Marisol Nañes Peñalosa", "MARISOL ÑAÑEZ")) {
      ResponseEntity<String> response = get("frontDeskTap",
          "/api/casefile/search?name=" + typed + "&dateOfBirth=1983-02-17");

      // Then they find her claim, with its status and nothing personal
      assertThat(response.getStatusCode()).as(typed + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode results = json.readTree(response.getBody());
      assertThat(results.findValuesAsText("caseNumber")).as(typed).contains(caseNumber);
      JsonNode found = result(results, caseNumber);
      assertThat(found.get("status").asText()).isEqualTo("Su solicitud está en trámite.");
      assertThat(found.get("office").asText()).isEqualTo("TAP");
      assertThat(found.get("fullFileAvailable").asBoolean()).isFalse();
      assertThat(response.getBody()).doesNotContain("Marisol").doesNotContain("Peñaloza").doesNotContain("1983");
    }

    // And a different date of birth, or another name, finds nothing
    assertThat(json.readTree(get("frontDeskTap", "/api/casefile/search?name=Marisol Ñáñez Peñaloza"
        + "&dateOfBirth=1983-02-18").getBody()).findValuesAsText("caseNumber")).doesNotContain(caseNumber);
    assertThat(json.readTree(get("frontDeskTap", "/api/casefile/search?name=Rosa Cardona"
        + "&dateOfBirth=1983-02-17").getBody()).findValuesAsText("caseNumber")).doesNotContain(caseNumber);

    // And by case number any office's staff find it, the full file only at its own office
    assertThat(result(json.readTree(get("eligibilityCdmx", "/api/casefile/search?caseNumber=" + caseNumber)
        .getBody()), caseNumber).get("fullFileAvailable").asBoolean()).isFalse();
    assertThat(result(json.readTree(get("eligibilityTap", "/api/casefile/search?caseNumber=" + caseNumber)
        .getBody()), caseNumber).get("fullFileAvailable").asBoolean()).isTrue();
    assertThat(get("frontDeskTap", "/api/casefile/" + caseNumber + "?reason=Ventanilla").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // And each lookup is in the read audit
    assertThat(jdbc.queryForObject("select count(*) from refugio.case_file_read where case_number = ? "
        + "and user_id = 'frontDeskTap' and what = 'front-desk-status'", Integer.class, caseNumber))
        .isEqualTo(3);
  }

  @Test
  void shouldSayWhatIsMissingWhenTheSearchHasNoDateOfBirth() throws Exception {
    ResponseEntity<String> response = get("frontDeskTap", "/api/casefile/search?name=Marisol");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
        .containsExactly("dateOfBirth");
  }

  @Test
  void shouldTellTheApplicantTheStatusInFourLanguagesWithTheRightPinAndNothingPersonal() throws Exception {
    // Given a claim whose constancia carries its PIN
    String caseNumber = registered("Yolette", "Jean-Baptiste", "1992-08-30");
    String pin = pinOnConstancia(caseNumber);

    // When the applicant looks it up anonymously
    ResponseEntity<String> response = post(null, "/public/api/status", Map.of("caseNumber", caseNumber, "pin", pin));

    // Then they read its status in Spanish, English, French and Haitian Creole, and nothing about them
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode status = json.readTree(response.getBody()).get("status");
    assertThat(status.get("es").asText()).isEqualTo("Su solicitud está en trámite.");
    assertThat(status.get("en").asText()).isEqualTo("Your claim is being processed.");
    assertThat(status.get("fr").asText()).isEqualTo("Votre demande est en cours d'examen.");
    assertThat(status.get("ht").asText()).isEqualTo("Demann ou an ap trete.");
    assertThat(response.getBody()).doesNotContain("Yolette").doesNotContain("Jean-Baptiste")
        .doesNotContain("1992").doesNotContain("Tapachula").doesNotContain("José");
    assertThat(response.getHeaders().getCacheControl()).contains("no-store");
    // and only a hash of the PIN is stored
    assertThat(jdbc.queryForObject("select pin_hash from refugio.status_pin p join refugio.claim c on c.id = "
        + "p.claim_id where c.case_number = ?", String.class, caseNumber)).doesNotContain(pin).startsWith("$2");
  }

  @Test
  void shouldServeThePublicStatusPageToAnyoneAndTheStaffPagesOnlyAfterLogin() {
    ResponseEntity<String> page = get(null, "/public/status/");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Estado de su solicitud").contains("NIP");

    for (String staffPage : List.of("/casefile/", "/casefile/search.html", "/casefile/station.html",
        "/casefile/audit.html")) {
      ResponseEntity<String> anonymous = http.withBasicAuth("nobody", "wrong").getForEntity(staffPage, String.class);
      assertThat(anonymous.getBody()).as(staffPage).doesNotContain("casefile.css");
      assertThat(get("frontDeskTap", staffPage).getBody()).as(staffPage).contains("casefile.css");
    }
  }

  @Test
  void shouldLockTheCaseAfterFiveWrongPinsEvenForTheRightOne() throws Exception {
    // Given a claim and its PIN
    String caseNumber = registered("Wilner", "Pierre", "1988-01-05");
    String pin = pinOnConstancia(caseNumber);
    String wrong = pin.equals("00000000") ? "11111111" : "00000000";

    // When someone tries four wrong PINs, they are told only that it is wrong
    for (int i = 0; i < 4; i++) {
      ResponseEntity<String> response = post(null, "/public/api/status", Map.of("caseNumber", caseNumber,
          "pin", wrong));
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody()).contains("no son correctos");
    }
    // Then the fifth locks the case number
    ResponseEntity<String> fifth = post(null, "/public/api/status", Map.of("caseNumber", caseNumber, "pin", wrong));
    assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.LOCKED);
    assertThat(fifth.getBody()).contains("bloqueada hasta las");

    // And the right PIN does not open it while it is locked
    assertThat(post(null, "/public/api/status", Map.of("caseNumber", caseNumber, "pin", pin)).getStatusCode())
        .isEqualTo(HttpStatus.LOCKED);
  }

  @Test
  void shouldRefuseAClientThatLooksUpTooOftenInAMinute() {
    // Given the default limit of 10 lookups per client and minute
    for (int i = 0; i < 10; i++) {
      assertThat(post(null, "/public/api/status", Map.of("caseNumber", "TAP-2026-9999" + i, "pin", "12345678"))
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // When the client tries once more
    ResponseEntity<String> response = post(null, "/public/api/status",
        Map.of("caseNumber", "TAP-2026-999999", "pin", "12345678"));

    // Then it is told to wait
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(response.getBody()).contains("Espere un minuto");
  }

  private String registered(String given, String family, String born) throws Exception {
    Map<String, Object> claim = Claims.valid("TAP");
    claim.put("applicant", Claims.person(given, family, "F", born, "HT"));
    ResponseEntity<String> response = post("registrationTap", "/api/claims", claim);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return openClaims.add(caseNumber);
  }

  private String pinOnConstancia(String caseNumber) throws Exception {
    JsonNode status = json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody());
    byte[] pdf = http.withBasicAuth("registrationTap", "registrationTap")
        .getForEntity(status.at("/documents/0/href").asText(), byte[].class).getBody();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      Matcher matcher = PIN.matcher(text);
      assertThat(matcher.find()).as("the constancia prints the PIN: %s", text).isTrue();
      return matcher.group(1);
    }
  }

  private static JsonNode result(JsonNode results, String caseNumber) {
    for (JsonNode result : results) {
      if (caseNumber.equals(result.get("caseNumber").asText())) {
        return result;
      }
    }
    throw new AssertionError("No result for " + caseNumber + " in " + results);
  }
}
