package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.refugio.support.Browser;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a newcomer does first: a registration officer registers a claim in Tasklist's start form, and an eligibility
 * officer of the same office finds its interview in their queue.
 */
@Tag("browser")
class TasklistRegistrationBrowserIT extends IntegrationTest {

  private static final String PROCESS_NAME = "Solicitud de reconocimiento de la condición de refugiado";
  private static final String INTERVIEW_TASK = "Realizar entrevista de elegibilidad";
  private static final String ELIGIBILITY_QUEUE = "Elegibilidad — Tapachula";
  /** form-js 1.8 types dates as month/day/year, whatever the language. */
  private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  /** The interview appears once the job executor has issued the constancia. */
  private static final Duration INTERVIEW_QUEUED_WITHIN = Duration.ofSeconds(30);

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;
  @Autowired
  Clock clock;

  @Test
  void shouldQueueTheInterviewForTheOfficesEligibilityOfficersWhenAnOfficerRegistersAClaimInTasklist() {
    // Given a Tapachula registration officer in Tasklist
    LocalDate today = LocalDate.now(clock);
    openTasklist();
    logIn("registrationTap", "Registro Tapachula");

    // When they start a claim and fill in the registration form
    openRegistrationForm();
    fillRegistrationForm(today, "Rosa Elvira", "Cardona Mejía");
    // with her wish for a woman interpreter and the gangs she reports
    browser.click(field("radio_interpreter_gender_preference-1"), "the preference 'Mujer'");
    browser.click(field("checklist_profile-1"), "the ground 'Pandillas y crimen organizado'");
    String outcome = submitRegistrationForm();

    // Then Tasklist says the claim was started
    assertThat(outcome).as("Tasklist's message after 'Iniciar'").contains("El proceso se inició.");
    browser.until(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty(), "the start dialog to close");

    // And the claim is stored with what they typed
    Map<String, Object> claim = jdbc.queryForMap("""
        select c.case_number, c.office_code, c.application_date, c.entry_date, c.entry_place, c.address,
               c.registered_by, p.sex, p.date_of_birth, p.nationality, array_to_string(p.languages, ',') languages,
               p.interpreter_gender_preference, array_to_string(c.profile, ',') profile
        from refugio.claim c join refugio.person p on p.claim_id = c.id and p.role = 'PRINCIPAL'
        where p.given_names = 'Rosa Elvira' and p.family_names = 'Cardona Mejía'""");
    assertThat(claim).containsEntry("office_code", "TAP")
        .containsEntry("application_date", Date.valueOf(today))
        .containsEntry("entry_date", Date.valueOf(today.minusDays(12)))
        .containsEntry("entry_place", "Ciudad Hidalgo, Chiapas")
        .containsEntry("address", "Calle 8 Norte 21, Centro, Tapachula")
        .containsEntry("registered_by", "registrationTap")
        .containsEntry("sex", "F")
        .containsEntry("date_of_birth", Date.valueOf(LocalDate.of(1988, 7, 14)))
        .containsEntry("nationality", "HN")
        .containsEntry("languages", "es")
        .containsEntry("interpreter_gender_preference", "F")
        .containsEntry("profile", "pandillas");
    String caseNumber = (String) claim.get("case_number");
    assertThat(caseNumber).matches("TAP-" + today.getYear() + "-\\d{6}");

    // And an eligibility officer of Tapachula finds its interview in their queue and sees whose claim it is
    logOut();
    logIn("eligibilityTap", "Elegibilidad Tapachula");
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'"
        + ELIGIBILITY_QUEUE + "')]"), "the filter '" + ELIGIBILITY_QUEUE + "'");
    WebElement interview = awaitInterviewInTheList(caseNumber);
    assertThat(interview.findElement(By.cssSelector("h4.task")).getText()).isEqualTo(INTERVIEW_TASK);
    browser.scrollToAndClick(interview.findElement(By.cssSelector("h4.task a")));
    String caseSummary = browser.until(d -> d.findElements(By.cssSelector(".fjs-form .fjs-form-field-text")).stream()
        .map(WebElement::getText).filter(text -> text.contains("Expediente:")).findFirst().orElse(null),
        "the interview form's line with the case number");
    assertThat(caseSummary).contains("Expediente: " + caseNumber)
        .contains("Persona solicitante: Rosa Elvira Cardona Mejía");
  }

  @Test
  void shouldStartNothingWhenARequiredFieldIsEmpty() {
    // Given a Tapachula registration officer with the registration form open
    int claimsBefore = jdbc.queryForObject("select count(*) from refugio.claim", Integer.class);
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AsylumClaimProcess.KEY).count();
    openTasklist();
    logIn("registrationTap", "Registro Tapachula");
    openRegistrationForm();

    // When they fill in everything but the applicant's given names and press 'Iniciar'
    fillRegistrationForm(LocalDate.now(clock), "", "Cardona Mejía");
    String outcome = submitRegistrationForm();

    // Then the form marks that field, and only that one, and nothing is started
    assertThat(outcome).as("Tasklist's message after 'Iniciar'").contains("No se pudo iniciar el proceso.");
    browser.visible(By.cssSelector(".fjs-has-errors .fjs-form-field-error"), "the form's error under a field");
    assertThat(browser.texts(By.cssSelector(".fjs-has-errors .fjs-form-field-label")))
        .as("the labels of the fields marked as wrong").map(label -> label.replaceAll("[\\s*]", ""))
        .containsExactly("Nombre(s)");
    assertThat(browser.texts(By.cssSelector(".modal-dialog .modal-title")))
        .as("the start dialog stays open for the officer to correct")
        .anySatisfy(title -> assertThat(title).contains(PROCESS_NAME));
    assertThat(jdbc.queryForObject("select count(*) from refugio.claim", Integer.class)).isEqualTo(claimsBefore);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AsylumClaimProcess.KEY).count()).isEqualTo(instancesBefore);
  }

  private void openTasklist() {
    browser.open("http://localhost:" + port + "/camunda/app/tasklist/");
  }

  private void logIn(String user, String displayName) {
    browser.logIntoWebapp(user, user);
    WebElement account = browser.visible(By.cssSelector("li.account > a.dropdown-toggle"),
        "the account menu of " + user + " after logging in");
    assertThat(account.getText()).as("the name in the account menu").isEqualTo(displayName);
  }

  private void logOut() {
    browser.click(By.cssSelector("li.account > a.dropdown-toggle"), "the account menu");
    browser.click(By.xpath("//li[contains(@class,'logout')]/a[normalize-space()='Cerrar sesión']"),
        "the menu entry 'Cerrar sesión'");
    browser.visible(By.cssSelector("form[name=signinForm]"), "the login page after logging out");
  }

  private void openRegistrationForm() {
    browser.click(By.xpath("//a[normalize-space()='Iniciar proceso']"), "the header link 'Iniciar proceso'");
    browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + PROCESS_NAME + "']"),
        "the process '" + PROCESS_NAME + "' in the start dialog");
    browser.visible(field("select_office-display"), "the registration form's office");
  }

  /** Fills in every required field of register-claim; an empty given names field is left untouched. */
  private void fillRegistrationForm(LocalDate today, String givenNames, String familyNames) {
    choose("select_office-display", "Tapachula, Chiapas");
    typeDate("date_application-date", today);
    typeDate("date_entry-date", today.minusDays(12));
    browser.type(field("text_entry_place"), "the place of entry", "Ciudad Hidalgo, Chiapas");
    if (!givenNames.isEmpty()) {
      browser.type(field("text_given_names"), "the given names", givenNames);
    }
    browser.type(field("text_family_names"), "the family names", familyNames);
    browser.click(field("radio_sex-0"), "the sex 'Mujer'");
    typeDate("date_birth-date", LocalDate.of(1988, 7, 14));
    browser.type(field("select_nationality"), "the nationality search", "Hondu");
    chooseListed("Honduras");
    browser.type(field("tags_languages"), "the languages search", "Espa");
    chooseListed("Español");
    browser.type(field("text_address"), "the address", "Calle 8 Norte 21, Centro, Tapachula");
  }

  /** Presses 'Iniciar' and returns Tasklist's message about it. */
  private String submitRegistrationForm() {
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Iniciar']"),
        "the start dialog's button 'Iniciar'");
    return browser.until(d -> browser.texts(By.cssSelector(".notifications .alert")).stream()
        .filter(text -> !text.isBlank()).findFirst().orElse(null), "Tasklist's message after 'Iniciar'");
  }

  /** Waits for the claim's interview in the open filter's list, reloading the list as the officer would. */
  private WebElement awaitInterviewInTheList(String caseNumber) {
    Instant[] lastReload = {Instant.now()};
    return browser.until(d -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey(AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW).singleResult();
      if (task != null) {
        List<WebElement> entries = d.findElements(
            By.xpath("//li[contains(@class,'task')][.//h4/a[contains(@href,'task=" + task.getId() + "')]]"));
        if (!entries.isEmpty() && entries.get(0).isDisplayed()) {
          return entries.get(0);
        }
        // not on the page shown (older claims of the office come first): go to the next page, as a person does
        List<WebElement> next = d.findElements(By.xpath(
            "//ul[contains(@class,'pagination')]/li[not(contains(@class,'disabled'))]/a[normalize-space(.)='›']"));
        if (!next.isEmpty() && next.get(0).isDisplayed()) {
          browser.scrollToAndClick(next.get(0));
          return null;
        }
      }
      if (Instant.now().isAfter(lastReload[0].plusSeconds(6))) {
        d.navigate().refresh();
        lastReload[0] = Instant.now();
      }
      return null;
    }, "the interview of " + caseNumber + " in the list of '" + ELIGIBILITY_QUEUE + "'", INTERVIEW_QUEUED_WITHIN,
        Duration.ofMillis(500));
  }

  /** A field of the open Camunda Form by its component id (form-js ids end with it). */
  private static By field(String componentId) {
    return By.cssSelector(".fjs-form [id$='-" + componentId + "']");
  }

  private void typeDate(String componentId, LocalDate date) {
    browser.type(field(componentId), "the date " + componentId, date.format(FORM_DATE), Keys.TAB);
  }

  private void choose(String displayComponentId, String label) {
    browser.click(field(displayComponentId), "the drop-down " + displayComponentId);
    chooseListed(label);
  }

  private void chooseListed(String label) {
    browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']"),
        "the option '" + label + "'");
  }
}
