package org.refugio.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.refugio.support.Browser;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Archive staff digitize a paper file at the scanning station: scan the label, upload the pages, verify. */
@Tag("browser")
class ScanningStationBrowserIT extends IntegrationTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;
  @Autowired
  ObjectMapper json;

  private final OpenClaims openClaims = new OpenClaims();

  @org.junit.jupiter.api.AfterEach
  void withdrawTheClaims() {
    openClaims.withdrawAll((path, body) -> post("registrationTap", path, body));
  }

  @Test
  void shouldOpenTheFileFromItsLabelAndVerifyTheUploadedScan() throws Exception {
    // Given a shelved paper file and its scan on the station's disk
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    awaitJobs(processInstanceOf(openClaims.add(caseNumber)));
    post("archiveTap", "/api/casefile/" + caseNumber + "/physical", Map.of("room", "A", "shelf", "2", "box", "7"));
    Path scan = Files.createTempFile("expediente-", ".pdf");
    Files.write(scan, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    // When archive staff log in and open the station from the welcome page
    browser.open("http://localhost:" + port + "/casefile/station.html");
    browser.until(d -> d.getCurrentUrl().contains("/camunda/app/welcome/"), "the webapps' login page");
    browser.logIntoWebapp("archiveTap", "archiveTap");
    browser.click(By.linkText("Estación de digitalización"), "the welcome page's link to the station");

    // And scan the label (the scanner types its code and Enter), upload the pages and verify 12 pages
    browser.type(By.cssSelector("#scan input[name=code]"), "the label code", caseNumber + "\n");
    browser.until(d -> browser.texts(By.id("file-state")).stream().anyMatch(t -> t.contains("pendiente de escanear")),
        "the opened file, pending");
    browser.visible(By.cssSelector("#upload input[type=file]"), "the scan picker").sendKeys(scan.toString());
    browser.click(By.cssSelector("#upload button[type=submit]"), "the button 'Cargar'");
    browser.until(d -> browser.texts(By.id("file-state")).stream().anyMatch(t -> t.contains("escaneado, sin verificar")),
        "the file, scanned");
    browser.type(By.cssSelector("#verify input[name=pageCount]"), "the page count", "12");
    browser.click(By.cssSelector("#verify button[type=submit]"), "the button 'Verificar'");

    // Then the station shows the file verified with its pages, and so does the file tracking
    browser.until(d -> browser.texts(By.id("file-state")).stream().anyMatch(t -> t.contains("verificado (12 páginas)")),
        "the file, verified");
    assertThat(json.readTree(get("archiveTap", "/api/casefile/" + caseNumber + "/physical").getBody())
        .get("digitization").asText()).isEqualTo("VERIFIED");
    Files.deleteIfExists(scan);
  }
}
