package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

    // Then the dashboard shows the managers' figures, with what has no data yet said so
    browser.visible(By.xpath("//section[@data-refugio-insight='dashboard']//h4[contains(., 'Indicadores')]"),
        "the KPIs on Cockpit's dashboard");
    assertThat(browser.visible(By.cssSelector("[data-refugio-insight=not-available]"), "the note on missing data")
        .getText()).contains("sin datos");
    // and a number opens its claims
    browser.click(By.xpath("//section[@data-refugio-insight='dashboard']//a[@data-metric='waiting']"
        + "[@data-activity-id='" + Elements.USER_ASSESS_CLAIM + "']"), "the number of claims waiting at the assessment");
    browser.visible(By.xpath("//div[@data-refugio-insight='drilldown']//td[normalize-space()='INSIGHT-TAP-W']"),
        "the waiting claim in the drill-down");

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
