package org.refugio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refugio.support.Browser;
import org.refugio.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A policy officer changes a cell of claim-triage on the workbench page, runs the test cases, submits the draft, and a
 * colleague approves it: the new version is deployed. The shipped rules are restored at the end.
 */
@Tag("browser")
class RulesPageBrowserIT extends IntegrationTest {

  private static final String TRIAGE = "claim-triage";

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Test
  void shouldDeployTheEditedTableWhenAColleagueApprovesItOnThePage() throws Exception {
    int original = latest().getVersion();
    try {
      // Given a policy officer logged in through the webapps, on the workbench with claim-triage open
      logIn("policyTap");
      browser.click(By.linkText("Banco de reglas"), "the welcome page's link to the workbench");
      openTriage();

      // When they add Cuba to the nationalities with a presumption of inclusion, forgetting the quotes
      By nationalityCell = By.cssSelector("#editor td[data-row-id='rule_simplified_nationality']"
          + "[data-col-id='input_nationality']");
      WebElement cell = browser.visible(nationalityCell, "the nationality cell of the Cartagena rule");
      assertThat(cell.getText()).contains("\"VE\",\"HN\",\"SV\"");
      cell.click();
      browser.until(d -> {
        d.switchTo().activeElement().sendKeys(Keys.END, ",CU");
        return true;
      }, "typing into the cell");
      browser.click(By.id("validate"), "the button 'Validar y probar el borrador'");

      // Then the page names the rule and column, marks the cell, and the draft cannot be sent
      assertThat(browser.visible(By.cssSelector("#problems li.failed"), "the error").getText())
          .contains("Regla 9 (rule_simplified_nationality)", "«CU» no está entre comillas");
      browser.visible(By.cssSelector("#editor td.refugio-problem[data-row-id='rule_simplified_nationality']"
          + "[data-col-id='input_nationality']"), "the cell marked in red");
      assertThat(browser.visible(By.cssSelector("#submit-form button"), "the button 'Enviar a aprobación'")
          .isEnabled()).isFalse();

      // When they put the quotes
      browser.scrollToAndClick(browser.visible(By.cssSelector("#editor td[data-row-id='rule_simplified_nationality']"
          + "[data-col-id='input_late_filing']"), "the next cell"));
      browser.scrollToAndClick(browser.visible(nationalityCell, "the nationality cell"));
      browser.until(d -> {
        d.switchTo().activeElement().sendKeys(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, "\"CU\"");
        return true;
      }, "typing into the cell");
      browser.until(d -> d.findElement(By.cssSelector("#editor td[data-row-id='rule_simplified_nationality']"
          + "[data-col-id='input_nationality']")).getText().contains("\"CU\""), "the cell to show \"CU\"");

      // And validate the draft
      browser.click(By.id("validate"), "the button 'Validar y probar el borrador'");

      // Then every test case passes and the impact preview is shown
      WebElement summary = browser.visible(By.cssSelector("#tests-summary.passed"), "the test cases' summary");
      assertThat(summary.getText()).matches("(\\d+) de \\1 casos de prueba se cumplen\\.");
      // (evaluated against every open claim of the shared test database: it takes a while when the suite has run)
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("impact-summary")),
          "the effect on the open claims", Duration.ofSeconds(90), Duration.ofMillis(500));

      // When they submit it with a reason
      browser.type(By.cssSelector("#submit-form input[name=reason]"), "the reason", "Presunción de inclusión CU");
      browser.click(By.cssSelector("#submit-form button[type=submit]"), "the button 'Enviar a aprobación'");
      assertThat(browser.visible(By.cssSelector("#messages .success"), "the confirmation").getText())
          .contains("pendiente de aprobación");
      // and the author is offered no approval of their own draft
      browser.visible(By.xpath("//table[@id='pending']//td[normalize-space()='Presunción de inclusión CU']"),
          "the submitted draft among the pending ones");
      assertThat(browser.texts(By.xpath("//table[@id='pending']//button[normalize-space()='Aprobar y desplegar']")))
          .isEmpty();

      // When a colleague logs in and approves it
      browser.until(d -> {
        d.manage().deleteAllCookies();
        return true;
      }, "logging out");
      logIn("policyCdmx");
      browser.open("http://localhost:" + port + "/rules/");
      openTriage();
      browser.click(By.xpath("//table[@id='pending']//tr[td[normalize-space()='Presunción de inclusión CU']]"
          + "//button[normalize-space()='Aprobar y desplegar']"), "the button 'Aprobar y desplegar'");

      // Then the new version is deployed, with who wrote and who approved it
      assertThat(browser.visible(By.cssSelector("#messages .success"), "the confirmation").getText())
          .contains("Se desplegó la versión " + (original + 1));
      WebElement current = browser.visible(By.xpath("//table[@id='versions']//tr[td[normalize-space()='"
          + (original + 1) + " (vigente)']]"), "the new version in the history");
      assertThat(current.getText()).contains("policyTap", "policyCdmx", "Presunción de inclusión CU");
      assertThat(latest().getVersion()).isEqualTo(original + 1);
      assertThat(latestXml()).contains("\"VE\",\"HN\",\"SV\",\"CU\"");
    } finally {
      if (latest().getVersion() != original) {
        assertThat(post("policyTap", "/api/rules/" + TRIAGE + "/rollback",
            Map.of("version", original, "reason", "Fin de la prueba del navegador")).getStatusCode())
            .isEqualTo(HttpStatus.OK);
      }
    }
  }

  private void logIn(String user) {
    browser.open("http://localhost:" + port + "/rules/");
    browser.until(d -> d.getCurrentUrl().contains("/camunda/app/welcome/"), "the webapps' login page");
    browser.logIntoWebapp(user, user);
    browser.visible(By.cssSelector("li.account > a.dropdown-toggle"), "the account menu after logging in");
  }

  private void openTriage() {
    browser.click(By.xpath("//table[@id='decisions']//tr[td[contains(., '(" + TRIAGE + ")')]]"
        + "//button[normalize-space()='Abrir']"), "the button 'Abrir' of claim-triage");
    browser.visible(By.cssSelector("#editor .tjs-table"), "the decision table in the editor");
  }

  private DecisionDefinition latest() {
    return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(TRIAGE)
        .latestVersion().singleResult();
  }

  private String latestXml() throws Exception {
    DecisionDefinition definition = latest();
    try (InputStream stream = engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(),
        definition.getResourceName())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      stream.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
