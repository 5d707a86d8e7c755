package org.refugio.coi;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.refugio.support.Browser;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Foreign Ministry officer answers an open COI request on the SRE page with a PDF and sees it answered; on the COI
 * unit's page they get the search only, and are told why.
 */
@Tag("browser")
class SrePageBrowserIT extends IntegrationTest {

  /** Guyana: no other test asks about it. */
  static final String COUNTRY = "GY";

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  CoiService coi;

  @Test
  void shouldAnswerAnOpenRequestWithAPdfWhenSreUsesThePage() throws Exception {
    // Given an open request on Guyana, and a PDF report on it
    CoiRequest request = coi.openRequest(COUNTRY, List.of("pandillas"));
    Path pdf = Files.createTempFile("respuesta-guyana-", ".pdf");
    try (OutputStream out = Files.newOutputStream(pdf)) {
      Document document = new Document();
      PdfWriter.getInstance(document, out);
      document.open();
      document.add(new Paragraph("Guyana: pandillas y protección del Estado. Informe de prueba de la SRE."));
      document.close();
    }
    By requestBox = By.cssSelector("article.request[data-id='" + request.id() + "']");

    // When SRE's officer opens the page, logs in where it sends them and follows the welcome page's link
    browser.open("http://localhost:" + port + "/sre/");
    browser.until(d -> d.getCurrentUrl().contains("/camunda/app/welcome/"), "the webapps' login page");
    browser.logIntoWebapp("sreTap", "sreTap");
    browser.visible(By.cssSelector("li.account > a.dropdown-toggle"), "the account menu after logging in");
    browser.click(By.linkText("Solicitudes de la SRE"), "the welcome page's link to SRE's page");

    // Then they see the request: country, topics and question, nothing of any claim
    String shown = browser.visible(requestBox, "the open request on Guyana").getText();
    assertThat(shown).contains("País: GY", "Pandillas", request.question());

    // When they send the answer without saying its source
    By form = By.cssSelector("article.request[data-id='" + request.id() + "'] form");
    browser.type(By.cssSelector("article.request[data-id='" + request.id() + "'] input[name=title]"), "the title",
        "Guyana: pandillas y protección del Estado");
    browser.until(d -> {
      d.findElement(By.cssSelector("article.request[data-id='" + request.id() + "'] input[name=file]"))
          .sendKeys(pdf.toAbsolutePath().toString());
      return true;
    }, "the file field");
    browser.click(By.cssSelector("article.request[data-id='" + request.id() + "'] button[type=submit]"),
        "the button 'Enviar respuesta'");

    // Then the page says what is missing beside the field, and keeps what was typed
    assertThat(browser.visible(By.cssSelector("article.request[data-id='" + request.id()
        + "'] .field-error[data-field=source]"), "the error beside the source").getText())
        .isEqualTo("Indique la fuente del documento.");
    assertThat(browser.visible(By.cssSelector("article.request[data-id='" + request.id() + "'] input[name=title]"),
        "the title").getDomProperty("value")).isEqualTo("Guyana: pandillas y protección del Estado");

    // When they add the source and send it again
    browser.type(By.cssSelector("article.request[data-id='" + request.id() + "'] input[name=source]"), "the source",
        "Embajada de México en Guyana");
    browser.click(By.cssSelector("article.request[data-id='" + request.id() + "'] button[type=submit]"),
        "the button 'Enviar respuesta'");

    // Then the request is listed as answered, with its date, and no longer open
    String answered = browser.visible(By.cssSelector("#answered-requests tr[data-id='" + request.id() + "']"),
        "the request among the answered ones").getText();
    assertThat(answered).contains("GY");
    assertThat(browser.texts(By.cssSelector("#answered-requests tr[data-id='" + request.id() + "'] td:nth-child(5)")))
        .singleElement().asString().isNotBlank();
    browser.until(d -> d.findElements(form).isEmpty(), "the answered request to leave the open ones");
    assertThat(jdbc.queryForObject("select status from refugio.coi_request where id = ?", String.class, request.id()))
        .isEqualTo("ANSWERED");
    assertThat(jdbc.queryForObject("select media_type from refugio.coi_document where coi_request_id = ?",
        String.class, request.id())).isEqualTo("application/pdf");
    Files.deleteIfExists(pdf);

    // When they open the COI unit's page, the page says what is not theirs and offers only the search
    browser.open("http://localhost:" + port + "/coi/");
    assertThat(browser.visible(By.cssSelector("#messages p.notice"), "the note that the page is the COI unit's")
        .getText()).startsWith("Esta página es de la unidad de información de países de origen")
        .contains("/sre/");
    browser.visible(By.id("search-form"), "the search");
    assertThat(browser.texts(By.id("upload-form"))).isEmpty();
    assertThat(browser.texts(By.id("requests"))).isEmpty();
  }
}
