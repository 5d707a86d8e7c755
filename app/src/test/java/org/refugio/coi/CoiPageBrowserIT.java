package org.refugio.coi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.refugio.support.Browser;
import org.refugio.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The COI research unit on its page: finds an accented document by a word typed without accents, creates a tag and
 * uploads a document with it.
 */
@Tag("browser")
class CoiPageBrowserIT extends IntegrationTest {

  /** Belize: no other test stores COI on it. */
  static final String COUNTRY = "BZ";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Test
  void shouldFindByAWordWithoutAccentsAndUploadATaggedDocumentWhenTheCoiUnitUsesThePage() throws Exception {
    // Given a report on Belize about extortion, accents and all
    ResponseEntity<String> stored = post("coiUnitTap", "/api/coi/documents", CoiExchangeIT.document(COUNTRY,
        "Belice: extorsión de comerciantes", "<p>La extorsión de comerciantes por pandillas creció en Belice.</p>",
        List.of("pandillas")));
    assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.CREATED);
    long reportId = JSON.readTree(stored.getBody()).get("id").asLong();
    Map<String, Object> old = CoiExchangeIT.document(COUNTRY, "Belice: extorsión en 2023",
        "<p>Extorsión de comerciantes en 2023.</p>", List.of());
    old.put("publishedOn", LocalDate.now().minusYears(2).toString());
    old.put("reviewBy", LocalDate.now().minusDays(1).toString());
    ResponseEntity<String> storedOld = post("coiUnitTap", "/api/coi/documents", old);
    assertThat(storedOld.getStatusCode()).as(storedOld.getBody()).isEqualTo(HttpStatus.CREATED);
    long oldId = JSON.readTree(storedOld.getBody()).get("id").asLong();
    Path html = Files.createTempFile("belice-desplazamiento-", ".html");
    Files.writeString(html, "<html><body><p>Desplazamiento forzado de familias en Belice.</p></body></html>",
        StandardCharsets.UTF_8);

    // When the COI unit opens the page, logs in where it sends them and follows the welcome page's link
    browser.open("http://localhost:" + port + "/coi/");
    browser.until(d -> d.getCurrentUrl().contains("/camunda/app/welcome/"), "the webapps' login page");
    browser.logIntoWebapp("coiUnitTap", "coiUnitTap");
    browser.visible(By.cssSelector("li.account > a.dropdown-toggle"), "the account menu after logging in");
    browser.click(By.linkText("Información de países de origen"), "the welcome page's link to the COI page");

    // And searches Belize for "extorsion", without the accent
    browser.visible(By.id("management"), "the forms of the COI unit");
    browser.type(By.cssSelector("#search-form input[name=country]"), "the country", "bz");
    browser.type(By.cssSelector("#search-form input[name=q]"), "the text", "extorsion");
    browser.click(By.cssSelector("#search-form button[type=submit]"), "the button 'Buscar'");

    // Then they find the report, with its source, dates and a link to its file
    By row = By.cssSelector("#results tr[data-id='" + reportId + "']");
    assertThat(browser.visible(row, "the report on Belize").getText())
        .contains("Belice: extorsión de comerciantes", "Informe de prueba").doesNotContain("Vencido");
    assertThat(browser.visible(By.cssSelector("#results tr[data-id='" + reportId + "'] a"), "the link to the file")
        .getDomAttribute("href")).isEqualTo("/api/coi/documents/" + reportId + "/content");

    // and the one past its review-by date, marked as such
    assertThat(browser.visible(By.cssSelector("#results tr[data-id='" + oldId + "'] .expired"), "the expired report")
        .getText()).isEqualTo("Vencido, requiere revisión");

    // When they create a tag, a first time with a code the API refuses
    browser.type(By.cssSelector("#tag-form input[name=code]"), "the tag's code", "Desplazamiento Belice");
    browser.type(By.cssSelector("#tag-form input[name=label]"), "the tag's name", "Desplazamiento en Belice");
    browser.click(By.cssSelector("#tag-form button[type=submit]"), "the button 'Crear etiqueta'");
    assertThat(browser.visible(By.cssSelector("#tag-form .field-error[data-field=code]"), "the error beside the code")
        .getText()).startsWith("El código es obligatorio");
    assertThat(browser.visible(By.cssSelector("#tag-form input[name=label]"), "the tag's name")
        .getDomProperty("value")).isEqualTo("Desplazamiento en Belice");
    browser.type(By.cssSelector("#tag-form input[name=code]"), "the tag's code", "desplazamiento-belice");
    browser.click(By.cssSelector("#tag-form button[type=submit]"), "the button 'Crear etiqueta'");
    browser.visible(By.xpath("//form[@id='tag-form']//p[@class='success']"), "the tag created");

    // And upload a document on Belize with the new tag
    browser.type(By.cssSelector("#upload-form input[name=country]"), "the country", "BZ");
    browser.type(By.cssSelector("#upload-form input[name=title]"), "the title", "Belice: desplazamiento forzado");
    browser.type(By.cssSelector("#upload-form input[name=source]"), "the source", "Unidad COI, prueba de página");
    browser.click(By.cssSelector("#upload-form input[name=tags][value=desplazamiento-belice]"), "the new tag");
    // at first without the file: the page says so beside the field and keeps what was typed
    browser.click(By.cssSelector("#upload-form button[type=submit]"), "the button 'Guardar documento'");
    assertThat(browser.visible(By.cssSelector("#upload-form .field-error[data-field=file]"), "the error beside the file")
        .getText()).isEqualTo("Elija el archivo del documento (PDF o HTML).");
    assertThat(browser.visible(By.cssSelector("#upload-form input[name=title]"), "the title").getDomProperty("value"))
        .isEqualTo("Belice: desplazamiento forzado");
    assertThat(browser.visible(By.cssSelector("#upload-form input[name=tags][value=desplazamiento-belice]"),
        "the new tag").isSelected()).isTrue();
    browser.until(d -> {
      d.findElement(By.cssSelector("#upload-form input[name=file]")).sendKeys(html.toAbsolutePath().toString());
      return true;
    }, "the file field");
    browser.click(By.cssSelector("#upload-form button[type=submit]"), "the button 'Guardar documento'");
    assertThat(browser.visible(By.xpath("//form[@id='upload-form']//p[@class='success']"), "the document stored")
        .getText()).contains("Belice: desplazamiento forzado");

    // Then the repository holds it under that tag
    JsonNode tagged = JSON.readTree(get("eligibilityTap", "/api/coi/documents?country=BZ&tag=desplazamiento-belice")
        .getBody());
    List<String> titles = new ArrayList<>();
    tagged.forEach(d -> titles.add(d.get("title").asText()));
    assertThat(titles).containsExactly("Belice: desplazamiento forzado");
    Files.deleteIfExists(html);
  }
}
