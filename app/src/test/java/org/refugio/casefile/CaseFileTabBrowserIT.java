package org.refugio.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.Browser;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An eligibility officer opens the interview task in Tasklist and reads the claim's file in its tab. */
@Tag("browser")
class CaseFileTabBrowserIT extends IntegrationTest {

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
  void shouldShowTheApplicantAndTheConstanciaInTheCaseFileTabOfTheTask() throws Exception {
    // Given a Tapachula claim waiting for its interview
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    awaitJobs(processInstanceOf(openClaims.add(caseNumber)));
    Task interview = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW).singleResult();

    // When the office's eligibility officer opens the task in Tasklist and its tab 'Expediente'
    browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + interview.getId());
    browser.logIntoWebapp("eligibilityTap", "eligibilityTap");
    browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Expediente']"),
        "the task's tab 'Expediente'");

    // Then the tab shows the file of the claim: its number, the applicant and her son, and the constancia
    browser.visible(By.cssSelector(".casefile-people table"), "the people of the case file");
    assertThat(browser.texts(By.cssSelector(".casefile-header h2"))).containsExactly("Expediente " + caseNumber);
    assertThat(browser.texts(By.cssSelector(".casefile-people td")))
        .contains("Ana Lucía Martínez Núñez", "José Martínez");
    assertThat(browser.texts(By.cssSelector(".casefile-issued td a"))).containsExactly("Constancia de trámite");
    assertThat(browser.texts(By.cssSelector(".casefile-reason")).get(0))
        .contains("Realizar entrevista de elegibilidad");

    // And a note written in the tab is saved and shown
    browser.type(By.cssSelector(".casefile-note textarea"), "the note's text", "Trae acta de nacimiento original.");
    browser.click(By.xpath("//form[contains(@class,'casefile-note')]//button[normalize-space()='Guardar nota']"),
        "the button 'Guardar nota'");
    browser.until(d -> browser.texts(By.cssSelector(".casefile-note-list li")).stream()
        .anyMatch(text -> text.contains("eligibilityTap: Trae acta de nacimiento original.")), "the saved note");

    // And the read is in the audit, for the task
    assertThat(jdbc.queryForObject("select count(*) from refugio.case_file_read where case_number = ? "
        + "and user_id = 'eligibilityTap' and granted and why like ?", Integer.class, caseNumber,
        "%" + interview.getId() + "%")).as("the tab's read, and its reload after the note").isEqualTo(2);
  }
}
