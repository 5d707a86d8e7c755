package org.refugio.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The case file on the real stack: the audited read, uploads with versions and confidentiality, notes. */
class CaseFileIT extends IntegrationTest {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @Autowired
  ObjectMapper json;

  private final OpenClaims openClaims = new OpenClaims();

  @org.junit.jupiter.api.AfterEach
  void withdrawTheClaims() {
    openClaims.withdrawAll((path, body) -> post("registrationTap", path, body));
  }

  @Test
  void shouldRecordWhoReadTheFileAndWhyAndRefuseAndRecordAnotherOffice() throws Exception {
    // Given a Tapachula claim with its constancia issued
    String caseNumber = registeredClaim();

    // When a Tapachula eligibility officer opens its file, saying why
    ResponseEntity<String> read = get("eligibilityTap", "/api/casefile/" + caseNumber
        + "?reason=Preparar la entrevista");

    // Then they see the applicant and dependant, the steps done, the deadlines and the constancia, uncached
    assertThat(read.getStatusCode()).as(read.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(read.getHeaders().getCacheControl()).contains("no-store");
    JsonNode file = json.readTree(read.getBody());
    assertThat(file.findValuesAsText("name")).contains("Ana Lucía Martínez Núñez", "José Martínez");
    assertThat(file.get("timeline")).isNotEmpty();
    assertThat(file.get("timeline").findValuesAsText("key")).contains(
        AsylumClaimProcess.Elements.SERVICE_ISSUE_CONSTANCIA);
    assertThat(file.get("deadlines").findValuesAsText("key")).contains("decisionDue");
    assertThat(file.at("/issuedDocuments/0/type").asText()).isEqualTo("CONSTANCIA");
    // and the current country-of-origin information attached after triage, with no interpreter for a Spanish speaker
    assertThat(file.get("coiAttachments").findValuesAsText("country")).isNotEmpty().containsOnly("HN");
    assertThat(file.get("interpreterBookings")).isEmpty();

    // And an eligibility officer of Mexico City is refused
    ResponseEntity<String> refused = get("eligibilityCdmx", "/api/casefile/" + caseNumber + "?reason=Curiosidad");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("otra oficina");

    // And downloading the constancia through the claims API is a read too
    String constancia = file.at("/issuedDocuments/0/href").asText();
    assertThat(http.withBasicAuth("eligibilityTap", "eligibilityTap")
        .getForEntity(constancia + "?reason=Revisar la constancia", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // Then Tapachula's manager finds each read, granted or refused, with who and why
    ResponseEntity<String> auditResponse = get("managerTap", "/api/casefile/" + caseNumber + "/audit");
    assertThat(auditResponse.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode audit = json.readTree(auditResponse.getBody());
    assertThat(events(audit)).contains(
        "eligibilityTap|casefile|Preparar la entrevista|true",
        "eligibilityCdmx|casefile|Curiosidad|false",
        "eligibilityTap|issued-document:" + file.at("/issuedDocuments/0/id").asLong() + "|Revisar la constancia|true");
    // and the office's audit lists them too; Mexico City's manager may not look
    assertThat(events(json.readTree(get("managerTap", "/api/casefile/audit?office=TAP").getBody())))
        .contains("eligibilityCdmx|casefile|Curiosidad|false");
    assertThat(get("managerCdmx", "/api/casefile/" + caseNumber + "/audit").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("eligibilityTap", "/api/casefile/" + caseNumber + "/audit").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldReadTheFileForTheTaskBeingWorkedOn() throws Exception {
    // Given a claim waiting for its interview
    String caseNumber = registeredClaim();
    Task interview = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW).singleResult();

    // When the office's eligibility officer opens the file from that task
    ResponseEntity<String> read = get("eligibilityTap", "/api/casefile/tasks/" + interview.getId());

    // Then they get the claim's file, and the read names the task as its reason
    assertThat(read.getStatusCode()).as(read.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(read.getBody()).get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(events(json.readTree(get("managerTap", "/api/casefile/" + caseNumber + "/audit").getBody())))
        .contains("eligibilityTap|casefile|Tarea «" + interview.getName() + "» (" + interview.getId() + ")|true");

    // And an officer of another office, who cannot see the task, gets nothing
    ResponseEntity<String> other = get("eligibilityCdmx", "/api/casefile/tasks/" + interview.getId());
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldKeepEveryVersionOfAReplacedScanWithItsChecksum() throws Exception {
    // Given a claim
    String caseNumber = registeredClaim();

    // When an officer uploads a PDF scan of a passport, then replaces it with a PNG
    ResponseEntity<String> first = upload("registrationTap", caseNumber, "pasaporte.pdf", PDF,
        Map.of("type", "IDENTITY"));
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode firstVersion = json.readTree(first.getBody());
    assertThat(firstVersion.get("contentType").asText()).isEqualTo("application/pdf");
    ResponseEntity<String> second = upload("registrationTap", caseNumber, "pasaporte-nuevo.png", PNG,
        Map.of("type", "IDENTITY", "replaces", firstVersion.get("documentKey").asText()));
    assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.CREATED);

    // Then the file lists one document at version 2 of 2, and both versions keep their bytes and checksums
    JsonNode document = uploadedDocuments(read("registrationTap", caseNumber)).get(0);
    assertThat(document.get("typeName").asText()).isEqualTo("Documento de identidad o de viaje");
    assertThat(document.get("versions")).hasSize(2);
    assertThat(document.at("/versions/0/version").asInt()).isEqualTo(2);
    assertThat(document.at("/versions/0/fileName").asText()).isEqualTo("pasaporte-nuevo.png");
    assertThat(document.at("/versions/0/sha256").asText()).isEqualTo(sha256(PNG));
    assertThat(document.at("/versions/1/sha256").asText()).isEqualTo(sha256(PDF));
    ResponseEntity<byte[]> old = http.withBasicAuth("registrationTap", "registrationTap")
        .getForEntity(document.at("/versions/1/href").asText() + "?reason=Comparar", byte[].class);
    assertThat(old.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(old.getBody()).isEqualTo(PDF);
    assertThat(old.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(old.getHeaders().getCacheControl()).contains("no-store");
  }

  @Test
  void shouldRefuseAFileWhoseContentIsNotAScanWhateverItsNameSays() throws Exception {
    // Given a claim
    String caseNumber = registeredClaim();

    // When an officer uploads a text file named like a PDF and declared as one
    ResponseEntity<String> response = upload("registrationTap", caseNumber, "escaneo.pdf",
        "esto no es un PDF".getBytes(StandardCharsets.UTF_8), Map.of("type", "EVIDENCE"));

    // Then it is refused with a message about the content, and nothing is stored
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(error.at("/errors/0/message").asText()).contains("no es PDF, JPEG, PNG ni TIFF");
    assertThat(uploadedDocuments(read("registrationTap", caseNumber))).isEmpty();

    // And an unknown document type and a missing file are named too
    JsonNode both = json.readTree(upload("registrationTap", caseNumber, null, null, Map.of("type", "SELFIE"))
        .getBody());
    assertThat(both.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("file", "type");
  }

  @Test
  void shouldRefuseAFileLargerThanTheLimitSayingHowLarge() throws Exception {
    // Given a claim, and a 26 MB scan against the default limit of 25 MB
    String caseNumber = registeredClaim();
    byte[] large = new byte[26 * 1024 * 1024];
    System.arraycopy(PDF, 0, large, 0, PDF.length);

    // When an officer uploads it
    ResponseEntity<String> response = upload("registrationTap", caseNumber, "expediente.pdf", large,
        Map.of("type", "PAPER_FILE_SCAN"));

    // Then it is refused with both sizes
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).at("/errors/0/message").asText())
        .contains("26.0 MB").contains("25.0 MB");
  }

  @Test
  void shouldShowAConfidentialDocumentOnlyToThoseWhoMayOpenItAndHideFamilyConfidentialOnes() throws Exception {
    // Given a family claim with a confidential medical report, and a statement of the son confidential from his mother
    String caseNumber = registeredClaim();
    JsonNode people = read("eligibilityTap", caseNumber).get("people");
    long mother = people.get(0).get("id").asLong();
    long son = people.get(1).get("id").asLong();
    ResponseEntity<String> medical = upload("eligibilityTap", caseNumber, "informe.pdf", PDF,
        Map.of("type", "MEDICAL", "confidential", "true"));
    assertThat(medical.getStatusCode()).as(medical.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> statement = upload("eligibilityTap", caseNumber, "declaracion.pdf", PDF,
        Map.of("type", "STATEMENT", "personId", String.valueOf(son), "confidentialFromFamily", "true"));
    assertThat(statement.getStatusCode()).as(statement.getBody()).isEqualTo(HttpStatus.CREATED);
    long medicalId = json.readTree(medical.getBody()).get("id").asLong();

    // Then a registration officer of the office sees that a confidential report exists, but not its file
    JsonNode forRegistration = uploadedDocuments(read("registrationTap", caseNumber)).get(0);
    assertThat(forRegistration.get("restricted").asBoolean()).isTrue();
    assertThat(forRegistration.get("versions")).isEmpty();
    assertThat(get("registrationTap", "/api/casefile/" + caseNumber + "/documents/" + medicalId).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // while the eligibility officer opens it; the audit records the refusal and the read
    assertThat(get("eligibilityTap", "/api/casefile/" + caseNumber + "/documents/" + medicalId).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(events(json.readTree(get("managerTap", "/api/casefile/" + caseNumber + "/audit").getBody())))
        .contains("registrationTap|document:" + medicalId + "|" + ReadAudit.NO_REASON + "|false",
            "eligibilityTap|document:" + medicalId + "|" + ReadAudit.NO_REASON + "|true");

    // And the file as shown for the mother leaves out her son's confidential statement; as shown for him, it is there
    JsonNode forMother = json.readTree(get("eligibilityTap", "/api/casefile/" + caseNumber
        + "?reason=Solicitud de acceso&forPerson=" + mother).getBody());
    assertThat(uploadedDocuments(forMother).findValuesAsText("type")).containsExactly("MEDICAL");
    JsonNode forSon = json.readTree(get("eligibilityTap", "/api/casefile/" + caseNumber
        + "?reason=Solicitud de acceso&forPerson=" + son).getBody());
    assertThat(uploadedDocuments(forSon).findValuesAsText("type")).containsExactlyInAnyOrder("MEDICAL", "STATEMENT");
  }

  @Test
  void shouldAddNotesAndKeepConfidentialOnesFromOthers() throws Exception {
    // Given a claim
    String caseNumber = registeredClaim();

    // When an eligibility officer adds a note and a confidential one, and tries an empty one
    assertThat(post("eligibilityTap", "/api/casefile/" + caseNumber + "/notes",
        Map.of("text", "Pidió intérprete de garífuna.")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(post("eligibilityTap", "/api/casefile/" + caseNumber + "/notes",
        Map.of("text", "Refiere violencia de pareja.", "confidential", true)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> blank = post("eligibilityTap", "/api/casefile/" + caseNumber + "/notes",
        Map.of("text", "  "));

    // Then the empty one is refused, the officer sees both, and registration sees only the plain one
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read("eligibilityTap", caseNumber).get("notes").findValuesAsText("text"))
        .containsExactly("Pidió intérprete de garífuna.", "Refiere violencia de pareja.");
    assertThat(read("registrationTap", caseNumber).get("notes").findValuesAsText("text"))
        .containsExactly("Pidió intérprete de garífuna.");
  }

  @Test
  void shouldWithholdAFieldMarkedConfidentialFromStaffWhoMayNotSeeIt() throws Exception {
    // Given a claim whose address the eligibility officer marks confidential
    String caseNumber = registeredClaim();
    ResponseEntity<String> marked = call("eligibilityTap", HttpMethod.PUT, "/api/casefile/" + caseNumber
        + "/confidential-fields", Map.of("fields", List.of("address")), Map.of());
    assertThat(marked.getStatusCode()).as(marked.getBody()).isEqualTo(HttpStatus.OK);

    // Then registration reads the file without the address, and is told it is withheld
    JsonNode forRegistration = read("registrationTap", caseNumber);
    assertThat(forRegistration.at("/contact/address").isMissingNode()).isTrue();
    assertThat(forRegistration.get("withheldFields").get(0).asText()).isEqualTo("address");
    assertThat(get("registrationTap", "/api/casefile/" + caseNumber + "?reason=Prueba").getBody())
        .doesNotContain("Calle 5 Poniente");
    // while eligibility still sees it
    assertThat(read("eligibilityTap", caseNumber).at("/contact/address").asText())
        .isEqualTo("Calle 5 Poniente 12, Tapachula");

    // And registration cannot mark or unmark fields, and an unknown field is refused
    assertThat(call("registrationTap", HttpMethod.PUT, "/api/casefile/" + caseNumber + "/confidential-fields",
        Map.of("fields", List.of()), Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> unknown = call("eligibilityTap", HttpMethod.PUT, "/api/casefile/" + caseNumber
        + "/confidential-fields", Map.of("fields", List.of("religion")), Map.of());
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknown.getBody()).at("/errors/0/field").asText()).isEqualTo("fields[0]");
  }

  private String registeredClaim() throws Exception {
    ResponseEntity<String> response = post("registrationTap", "/api/claims", Claims.valid("TAP"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return openClaims.add(caseNumber);
  }

  private JsonNode read(String user, String caseNumber) throws Exception {
    ResponseEntity<String> response = get(user, "/api/casefile/" + caseNumber + "?reason=Prueba");
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static JsonNode uploadedDocuments(JsonNode file) {
    return file.get("uploadedDocuments");
  }

  private static List<String> events(JsonNode audit) {
    return java.util.stream.StreamSupport.stream(audit.spliterator(), false)
        .map(e -> e.get("userId").asText() + "|" + e.get("what").asText() + "|" + e.get("why").asText() + "|"
            + e.get("granted").asBoolean())
        .toList();
  }

  private ResponseEntity<String> upload(String user, String caseNumber, String fileName, byte[] content,
      Map<String, String> fields) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    if (content != null) {
      body.add("file", new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
    }
    fields.forEach(body::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, user).exchange("/api/casefile/" + caseNumber + "/documents", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
