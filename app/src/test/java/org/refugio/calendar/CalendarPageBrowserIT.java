package org.refugio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refugio.support.Browser;
import org.refugio.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Policy staff maintain the calendar on its page, logged in through the Camunda webapps' login. */
@Tag("browser")
class CalendarPageBrowserIT extends IntegrationTest {

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @AfterEach
  void forgetTheDeclaredDays() {
    jdbc.update("delete from refugio.non_working_day where day between '2029-01-01' and '2029-12-31'");
  }

  @Test
  void shouldDeclareAndRemoveADayWhenPolicyStaffUseThePage() {
    // Given policy staff who open the page without being logged in, and log in where it sends them
    browser.open("http://localhost:" + port + "/calendar/");
    browser.until(d -> d.getCurrentUrl().contains("/camunda/app/welcome/"), "the webapps' login page");
    browser.logIntoWebapp("policyTap", "policyTap");
    browser.visible(By.cssSelector("li.account > a.dropdown-toggle"), "the account menu after logging in");
    browser.click(By.linkText("Calendario de días inhábiles"), "the welcome page's link to the calendar");

    // When they show 2029 and declare Holy Thursday at Tapachula
    browser.visible(By.xpath("//td[normalize-space()='Día de la Constitución']"), "this year's statutory days");
    browser.type(By.cssSelector("#filter input[name=year]"), "the year", "2029");
    browser.click(By.cssSelector("#filter button[type=submit]"), "the button 'Mostrar'");
    browser.visible(By.xpath("//td[starts-with(normalize-space(), '2029-02-05')]"), "2029's Constitution Day");
    browser.type(By.cssSelector("#day-form input[name=date]"), "the date", "03292029");
    browser.type(By.cssSelector("#day-form input[name=reason]"), "the reason", "Jueves Santo");
    browser.type(By.cssSelector("#day-form input[name=reference]"), "the agreement", "DOF 15/03/2029");
    browser.until(d -> {
      new org.openqa.selenium.support.ui.Select(d.findElement(By.cssSelector("#day-form select[name=office]")))
          .selectByValue("TAP");
      return true;
    }, "the office Tapachula");
    browser.click(By.cssSelector("#day-form button[type=submit]"), "the button 'Declarar inhábil'");

    // Then the page says so, with the deadlines moved, and lists the day
    assertThat(browser.visible(By.cssSelector("#messages .success"), "the confirmation").getText())
        .contains("2029-03-29 quedó declarado inhábil", "Tapachula (TAP)", "plazo");
    browser.visible(By.xpath("//td[normalize-space()='Jueves Santo']"), "the declared day in the list");
    assertThat(jdbc.queryForObject("select count(*) from refugio.non_working_day where day = '2029-03-29' "
        + "and office_code = 'TAP' and declared_by = 'policyTap'", Integer.class)).isEqualTo(1);

    // When they declare a Saturday
    browser.type(By.cssSelector("#day-form input[name=date]"), "the date", "03312029");
    browser.type(By.cssSelector("#day-form input[name=reason]"), "the reason", "Sábado");
    browser.type(By.cssSelector("#day-form input[name=reference]"), "the agreement", "DOF 15/03/2029");
    browser.click(By.cssSelector("#day-form button[type=submit]"), "the button 'Declarar inhábil'");

    // Then the page shows why not
    assertThat(browser.visible(By.cssSelector("#messages .error"), "the refusal").getText()).contains("sábado");

    // When they remove Holy Thursday
    browser.click(By.xpath("//tr[td[normalize-space()='Jueves Santo']]//button[normalize-space()='Eliminar']"),
        "the button 'Eliminar' of Holy Thursday");
    browser.until(ExpectedConditions.alertIsPresent(), "the confirmation dialog").accept();

    // Then it is gone
    assertThat(browser.visible(By.cssSelector("#messages .success"), "the confirmation").getText())
        .contains("2029-03-29 eliminado");
    browser.until(d -> d.findElements(By.xpath("//td[normalize-space()='Jueves Santo']")).isEmpty(),
        "Holy Thursday to leave the list");
    assertThat(jdbc.queryForObject("select count(*) from refugio.non_working_day where day = '2029-03-29'",
        Integer.class)).isZero();
  }
}
