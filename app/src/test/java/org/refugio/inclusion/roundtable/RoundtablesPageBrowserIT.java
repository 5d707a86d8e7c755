package org.refugio.inclusion.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.refugio.support.Browser;
import org.refugio.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A roundtable's coordinator reads its gap report on the page and drills into the cases behind a number. */
@Tag("browser")
class RoundtablesPageBrowserIT extends IntegrationTest {

  static final String COORDINATOR = "rtPageCoordinatorIt";

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Test
  void shouldShowTheFiguresAndTheCasesBehindOneWhenACoordinatorUsesThePage() throws IOException {
    // Given Sinaloa's state roundtable with three gaps in April 2032, two of them health gaps, and its coordinator
    GapSeed seed = new GapSeed(jdbc);
    seed.gap("SIN-01", "HEALTH", "IMSSB", "SIN", "Culiacán", "NO_CAPACITY", LocalDate.of(2032, 4, 5), null);
    seed.gap("SIN-02", "HEALTH", "IMSSB", "SIN", "Culiacán", null, LocalDate.of(2032, 4, 12), null);
    seed.gap("SIN-03", "LABOR", "SNE", "SIN", "Mazatlán", "DISCRIMINATION", LocalDate.of(2032, 4, 20), null);
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(COORDINATOR);
    user.setFirstName("Coordinación");
    user.setLastName("Sinaloa");
    user.setPassword(COORDINATOR);
    identity.saveUser(user);
    ResponseEntity<String> created = post("admin", "/api/roundtables", Map.of("name", "Mesa estatal de Sinaloa",
        "level", "STATE", "stateCode", "SIN", "theme", "ALL", "coordinatingInstitution", "COMAR"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = new ObjectMapper().readTree(created.getBody()).get("id").asLong();
    assertThat(post("admin", "/api/roundtables/" + id + "/members", Map.of("institutionCode", "COMAR", "userId",
        COORDINATOR, "external", false, "coordinator", true)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // When the coordinator opens the page, logs in where it sends them and follows the welcome page's link
    browser.open("http://localhost:" + port + "/roundtables/");
    browser.until(d -> d.getCurrentUrl().contains("/camunda/app/welcome/"), "the webapps' login page");
    browser.logIntoWebapp(COORDINATOR, COORDINATOR);
    browser.visible(By.cssSelector("li.account > a.dropdown-toggle"), "the account menu after logging in");
    browser.click(By.linkText("Mesas interinstitucionales"), "the welcome page's link to the roundtables");

    // And shows April 2032 for Sinaloa's roundtable
    browser.until(d -> {
      new Select(d.findElement(By.cssSelector("#report-form select[name=roundtable]"))).selectByValue(
          Long.toString(id));
      return true;
    }, "the roundtable of Sinaloa in the list");
    browser.type(By.cssSelector("#report-form input[name=from]"), "the first day", "04012032");
    browser.type(By.cssSelector("#report-form input[name=to]"), "the last day", "04302032");
    browser.click(By.cssSelector("#report-form button[type=submit]"), "the button 'Ver reporte'");

    // Then the page shows the figures
    assertThat(browser.visible(By.cssSelector("#summary-total strong"), "the total").getText()).isEqualTo("3");
    assertThat(browser.visible(By.cssSelector("#by-theme tr[data-key=HEALTH] td:nth-child(2)"),
        "the health gaps").getText()).isEqualTo("2");
    assertThat(browser.visible(By.id("download-pdf"), "the PDF link").getDomAttribute("href"))
        .isEqualTo("/api/roundtables/" + id + "/gaps.pdf?from=2032-04-01&to=2032-04-30");

    // When they drill into the health number
    browser.click(By.cssSelector("#by-theme button[data-key=HEALTH]"), "the number of health gaps");

    // Then they see the two cases behind it, with their case numbers
    browser.visible(By.xpath("//h2[normalize-space()='Casos: Salud']"), "the cases behind the health gaps");
    assertThat(browser.texts(By.cssSelector("#case-list tbody tr td:nth-child(2)")))
        .containsExactly("RTIT-SIN-01", "RTIT-SIN-02");
    assertThat(browser.texts(By.cssSelector("#case-list tbody tr td:nth-child(5)")))
        .containsExactly("Sin capacidad de atención", "Vencida sin atención");
  }
}
