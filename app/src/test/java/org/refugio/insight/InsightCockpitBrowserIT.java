package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.LocalDateTime;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.claim.AsylumClaimProcess.Elements;
import org.refugio.support.Browser;
import org.refugio.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Tapachula manager opens Cockpit: the dashboard, and the heat overlay on the asylum-claim diagram. */
@Tag("browser")
class InsightCockpitBrowserIT extends IntegrationTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;

  private InsightSeed seed;

  @BeforeEach
  void seedAWaitingClaim() {
    seed = new InsightSeed(jdbc);
    seed.removeAll();
    LocalDate today = LocalDate.now();
    String waiting = seed.claim("TAP-W", "TAP", "REGULAR", today.minusDays(20).atTime(LocalTime.NOON), null, null);
    seed.activity(waiting, Elements.USER_ASSESS_CLAIM, "userTask", today.minusDays(19).atTime(LocalTime.NOON), null);
    String done = seed.claim("TAP-D", "TAP", "REGULAR", today.minusDays(30).atTime(LocalTime.NOON),
        today.minusDays(3).atTime(LocalTime.NOON), "DECISION");
    seed.activity(done, Elements.USER_ASSESS_CLAIM, "userTask", today.minusDays(29).atTime(LocalTime.NOON), 90);
    // June 2024 (no other test works then): a claim that waited 4 days for SRE's COI and 12 hours for its interpreter
    String coi = seed.claim("TAP-K", "TAP", "REGULAR", june(3), june(31), "DECISION");
    seed.activity(coi, Elements.CALL_REQUEST_COI, "callActivity", june(4), 60 * 24 * 4);
    long request = seed.coiRequest("HT", june(4), june(8));
    seed.attachCoi(seed.claimId("TAP-K"), seed.coiDocument("HT", june(8), request), june(8));
    seed.booking(seed.claimId("TAP-K"), "TAP", "CONFIRMED", june(4), june(4).plusHours(12));
    // the COI figures read refugio.claim_coi_timing, which V28's backfill fills from the history and attachment
    seed.backfillCoiTiming();
    seed.backfillClaimSteps();
  }

  /** Noon of a day of June 2024 (31 is 1 July). */
  private static LocalDateTime june(int day) {
    return LocalDate.of(2024, 6, 1).plusDays(day - 1).atTime(LocalTime.NOON);
  }

  private void setValue(By field, String value) {
    WebElement input = browser.visible(field, "the field " + field);
    browser.until(d -> {
      ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]", input, value);
      return value.equals(input.getDomProperty("value"));
    }, "the field to hold " + value);
  }

  /** The texts of the cells, once there are some. */
  private List<String> cells(String xpath) {
    List<String> texts = browser.texts(By.xpath(xpath));
    return texts.isEmpty() ? null : texts;
  }

  /** What a CSV link downloads, fetched in the page with the Cockpit session. */
  private String download(String linkXpath) {
    // the first shown of the links the path finds, brought into view as a user scrolls to it (Cockpit's view clips
    // what is scrolled past, and the dashboard re-renders its tables as their figures arrive)
    String href = browser.until(d -> d.findElements(By.xpath(linkXpath)).stream()
        .peek(link -> ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", link))
        .filter(WebElement::isDisplayed).map(link -> link.getDomProperty("href")).findFirst().orElse(null),
        "the CSV link (" + linkXpath + ")");
    return browser.until(d -> (String) ((JavascriptExecutor) d).executeAsyncScript("const done = arguments[1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.text() : 'HTTP ' + r.status)"
        + ".then(done, e => done('ERROR ' + e));", href), "the CSV of " + href);
  }

  @AfterEach
  void removeTheSeed() {
    seed.removeAll();
  }

  @Test
  void shouldShowTheDashboardAndTheHeatOverlayToAnOfficeManager() {
    // Given a Tapachula manager logged into Cockpit
    browser.open("http://localhost:" + port + "/camunda/app/cockpit/default/");
    browser.logIntoWebapp("managerTap", "managerTap");

    // Then Cockpit's start page shows the managers' figures
    browser.visible(By.xpath("//section[@data-refugio-insight='dashboard']//h4[contains(., 'Indicadores')]"),
        "the KPIs on Cockpit's dashboard");
    // and a number opens its claims
    browser.click(By.xpath("//section[@data-refugio-insight='dashboard']//a[@data-metric='waiting']"
        + "[@data-activity-id='" + Elements.USER_ASSESS_CLAIM + "']"), "the number of claims waiting at the assessment");
    browser.visible(By.xpath("//div[@data-refugio-insight='drilldown']//td[normalize-space()='INSIGHT-TAP-W']"),
        "the waiting claim in the drill-down");

    // When they open the page "Indicadores" from Cockpit's navigation and ask for June 2024
    browser.click(By.xpath("//a[normalize-space()='Indicadores']"), "the navigation entry 'Indicadores'");
    String page = "//section[@data-refugio-insight='dashboard'][@data-page='route']";
    browser.until(d -> d.getCurrentUrl().contains("#/indicadores"), "the page #/indicadores");
    setValue(By.xpath(page + "//input[@name='from']"), "2024-06-01");
    setValue(By.xpath(page + "//input[@name='to']"), "2024-06-30");
    browser.click(By.xpath(page + "//form[contains(@class, 'ri-filters')]//button[@type='submit']"), "'Aplicar'");

    // Then the COI turnaround and the interpreter lead time of that period are there, with their claims behind
    List<String> coi = browser.until(d -> cells(page + "//table[@data-refugio-insight='coi']//td"),
        "the COI turnaround of June 2024");
    assertThat(coi).containsExactly("1", "1", "0", "1", "0", "4.0 d", "4.0 d");
    List<String> interpreter = browser.until(d -> cells(page + "//table[@data-refugio-insight='interpreter']//td"),
        "the interpreter lead time of June 2024");
    assertThat(interpreter).containsExactly("1", "1", "100.0 %", "0", "0.0 %", "0", "12.0 h", "12.0 h");
    browser.click(By.xpath(page + "//table[@data-refugio-insight='coi']//a[@data-metric='coiWaitedForSre']"),
        "the number of claims that waited for SRE");
    browser.visible(By.xpath(page + "//div[@data-refugio-insight='drilldown']//td[normalize-space()='INSIGHT-TAP-K']"),
        "the claim that waited for SRE in the drill-down");
    // and the tables' CSV links export the same period
    String kpisCsv = download(page + "//h4[contains(., 'Información de país de origen')]/a[normalize-space()='CSV']");
    // (the browser hands the text over with plain line feeds)
    assertThat(kpisCsv.lines().skip(1)).containsExactly(
        "2024-06,TAP,REGULAR,1,1,0,1,0.0,1.0,0,0,0.0,0.0,1,1,0,0,1,4.0,4.0,1,1,0,0,12.0,12.0,1.0,0.0");
    assertThat(download(page + "//div[@data-refugio-insight='drilldown']//a[normalize-space()='CSV']"))
        .contains("INSIGHT-TAP-K,TAP,REGULAR,CLOSED,");

    // When they open the asylum-claim definition
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AsylumClaimProcess.KEY).latestVersion().singleResult().getId();
    browser.open("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definitionId
        + "/runtime");

    // Then the activity where the claim waits carries a heat badge, and clicking it lists the claim
    By badge = By.cssSelector("[data-refugio-insight=badge][data-activity-id=" + Elements.USER_ASSESS_CLAIM + "]");
    assertThat(browser.visible(badge, "the heat badge on 'Evaluar la solicitud'").getText()).contains("p90");
    browser.click(badge, "the heat badge");
    browser.visible(By.xpath("//div[@data-refugio-insight='waiting']//td[normalize-space()='INSIGHT-TAP-W']"),
        "the waiting claim in the overlay's list");
  }
}
