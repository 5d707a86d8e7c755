package org.refugio.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.refugio.claim.ClaimService;
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

/** The File Tracking System: label, scanning station, custody chain between people and offices, retention. */
class PhysicalFileIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;

  private final OpenClaims openClaims = new OpenClaims();

  @org.junit.jupiter.api.AfterEach
  void withdrawTheClaims() {
    openClaims.withdrawAll((path, body) -> post("registrationTap", path, body));
  }

  @Test
  void shouldPrintALabelWhoseQrCodeOpensTheFileAtTheScanningStationAndVerifyItsDigitization() throws Exception {
    // Given a claim whose paper file the archive shelves
    String caseNumber = registeredClaim();
    ResponseEntity<String> registered = post("archiveTap", "/api/casefile/" + caseNumber + "/physical",
        Map.of("room", "A", "shelf", "3", "box", "12"));
    assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);

    // When the archive prints its label
    ResponseEntity<byte[]> label = http.withBasicAuth("archiveTap", "archiveTap")
        .getForEntity("/api/casefile/" + caseNumber + "/physical/label.pdf", byte[].class);

    // Then the label shows the case number, office and place, and its QR code says which file it is
    assertThat(label.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(label.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(text(label.getBody())).contains(caseNumber).contains("Oficina: Tapachula")
        .contains("Ubicación: sala A, estante 3, caja 12");
    String scanned = qrCode(label.getBody());
    assertThat(scanned).isEqualTo(caseNumber);

    // And at the scanning station the label opens the file, whose pages are uploaded and verified
    JsonNode opened = json.readTree(get("archiveTap", "/api/casefile/physical/labels/" + scanned).getBody());
    assertThat(opened.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(opened.get("digitization").asText()).isEqualTo("PENDING");
    ResponseEntity<String> notYet = post("archiveTap", "/api/casefile/" + caseNumber + "/physical/digitization",
        Map.of("state", "VERIFIED", "pageCount", 37));
    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notYet.getBody()).contains("Cargue primero el escaneo");
    assertThat(uploadScan("archiveTap", caseNumber).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(get("archiveTap", "/api/casefile/" + caseNumber + "/physical").getBody())
        .get("digitization").asText()).isEqualTo("SCANNED");
    ResponseEntity<String> noPages = post("archiveTap", "/api/casefile/" + caseNumber + "/physical/digitization",
        Map.of("state", "VERIFIED"));
    assertThat(json.readTree(noPages.getBody()).at("/errors/0/field").asText()).isEqualTo("pageCount");
    JsonNode verified = json.readTree(post("archiveTap", "/api/casefile/" + caseNumber + "/physical/digitization",
        Map.of("state", "VERIFIED", "pageCount", 37)).getBody());
    assertThat(verified.get("digitization").asText()).isEqualTo("VERIFIED");
    assertThat(verified.get("pageCount").asInt()).isEqualTo(37);

    // And nobody outside the archive moves it
    assertThat(post("eligibilityTap", "/api/casefile/" + caseNumber + "/physical/check-out",
        Map.of("holder", "eligibilityTap")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldKeepTheCustodyChainAcrossAPersonAndAnotherOffice() throws Exception {
    // Given a shelved paper file at Tapachula
    String caseNumber = registeredClaim();
    post("archiveTap", "/api/casefile/" + caseNumber + "/physical", Map.of("room", "A", "shelf", "1", "box", "2"));

    // When the archive lends it to an officer, who cannot have it twice, and takes it back
    JsonNode out = json.readTree(post("archiveTap", "/api/casefile/" + caseNumber + "/physical/check-out",
        Map.of("holder", "eligibilityTap")).getBody());
    assertThat(out.get("custody").asText()).isEqualTo("CHECKED_OUT");
    assertThat(out.get("holder").asText()).isEqualTo("eligibilityTap");
    ResponseEntity<String> twice = post("archiveTap", "/api/casefile/" + caseNumber + "/physical/check-out",
        Map.of("holder", "reviewTap"));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(twice.getBody()).contains("entregado a eligibilityTap");
    post("archiveTap", "/api/casefile/" + caseNumber + "/physical/check-in",
        Map.of("room", "A", "shelf", "1", "box", "2"));

    // And sends it to Mexico City, where only Mexico City's archive receives it
    JsonNode sent = json.readTree(post("archiveTap", "/api/casefile/" + caseNumber + "/physical/transit",
        Map.of("toOffice", "CDMX")).getBody());
    assertThat(sent.get("custody").asText()).isEqualTo("IN_TRANSIT");
    assertThat(sent.get("transitTo").asText()).isEqualTo("CDMX");
    assertThat(post("archiveTap", "/api/casefile/" + caseNumber + "/physical/check-in",
        Map.of("room", "B", "shelf", "9", "box", "40")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode received = json.readTree(post("archiveCdmx", "/api/casefile/" + caseNumber + "/physical/check-in",
        Map.of("room", "B", "shelf", "9", "box", "40")).getBody());

    // Then the file is at Mexico City, and its chain shows every hand it passed through
    assertThat(received.get("office").asText()).isEqualTo("CDMX");
    assertThat(received.get("custody").asText()).isEqualTo("SHELVED");
    assertThat(received.get("box").asText()).isEqualTo("40");
    assertThat(received.get("events").findValuesAsText("kind"))
        .containsExactly("REGISTERED", "CHECKED_OUT", "CHECKED_IN", "SENT", "CHECKED_IN");
    assertThat(received.get("events").findValuesAsText("byUser"))
        .containsExactly("archiveTap", "archiveTap", "archiveTap", "archiveTap", "archiveCdmx");
    assertThat(received.has("retentionUntil")).as("no retention date while the claim is open").isFalse();
  }

  @Test
  void shouldKeepTheFileTwentyYearsAfterTheClaimCloses() throws Exception {
    // Given a paper file whose claim is withdrawn
    String caseNumber = registeredClaim();
    post("archiveTap", "/api/casefile/" + caseNumber + "/physical", Map.of("room", "A", "shelf", "1", "box", "2"));
    assertThat(post("registrationTap", "/api/claims/" + caseNumber + "/withdrawal",
        Map.of("reason", "La persona desiste por escrito.")).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Then its retention date is 20 years after the closure
    OffsetDateTime closedAt = jdbc.queryForObject("select closed_at from refugio.claim where case_number = ?",
        OffsetDateTime.class, caseNumber);
    LocalDate expected = closedAt.atZoneSameInstant(ClaimService.ZONE).toLocalDate().plusYears(20);
    assertThat(json.readTree(get("archiveTap", "/api/casefile/" + caseNumber + "/physical").getBody())
        .get("retentionUntil").asText()).isEqualTo(expected.toString());
  }

  private String registeredClaim() throws Exception {
    ResponseEntity<String> response = post("registrationTap", "/api/claims", Claims.valid("TAP"));
    String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return openClaims.add(caseNumber);
  }

  private ResponseEntity<String> uploadScan(String user, String caseNumber) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)) {
      @Override
      public String getFilename() {
        return "expediente.pdf";
      }
    });
    body.add("type", "PAPER_FILE_SCAN");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, user).exchange("/api/casefile/" + caseNumber + "/documents", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** Renders the label as a scanner sees it and decodes its QR code. */
  private static String qrCode(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
      int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
  }
}
