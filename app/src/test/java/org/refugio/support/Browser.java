package org.refugio.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one browser test, set to Mexican Spanish: Debian's {@code chromium} driven through Debian's
 * {@code chromedriver} (never downloaded by Selenium Manager), started before each test and closed after it. When a
 * test fails, the page it was on is saved as a screenshot and its HTML under {@code target/browser/}.
 */
public class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  /** How long a step may take before the test fails: the application answers locally, so this is generous. */
  public static final Duration STEP_TIMEOUT = Duration.ofSeconds(10);

  private static final String CHROMIUM = System.getProperty("refugio.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("refugio.chromedriver", "/usr/bin/chromedriver");
  private static final Path ARTIFACTS = Path.of(System.getProperty("refugio.browser.artifacts", "target/browser"));

  /**
   * Selenium warns on every start that it has no DevTools (CDP) support for this Chromium and suggests a dependency;
   * these tests use only WebDriver, so the warning would only mislead. Held here: JUL keeps loggers weakly.
   */
  private static final List<Logger> QUIETED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
      "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

  static {
    QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private ChromeDriverService service;
  private WebDriver driver;
  private Path profile;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    profile = Files.createTempDirectory("refugio-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--lang=es-MX", "--window-size=1400,1000", "--user-data-dir=" + profile);
    // headless Chromium ignores --lang for navigator.languages, from which the webapps pick their language
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-MX,es"));
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && driver != null) {
      saveEvidence(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (service != null) {
        service.stop();
      }
      deleteProfile();
    }
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Waits until the element is visible; the description says what the user was looking for. */
  public WebElement visible(By locator, String description) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator), description + " (" + locator + ")");
  }

  /** Waits until the element can be clicked, and clicks it. */
  public void click(By locator, String description) {
    until(ExpectedConditions.elementToBeClickable(locator), description + " (" + locator + ")").click();
  }

  /**
   * Scrolls the element to the middle of the window, as a person scrolls a long list, and clicks it: Tasklist's fixed
   * footer covers whatever sits at the bottom edge.
   */
  public void scrollToAndClick(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /**
   * Fills the webapps' login form. The form focuses its user-name field by itself once it has rendered, which can
   * take keys meant for the password: the values are checked, and typed again if the focus moved under them.
   */
  public void logIntoWebapp(String user, String password) {
    By userName = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    By passwordField = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    until(d -> {
      type(userName, "the login page's user name", user);
      type(passwordField, "the login page's password", password);
      return user.equals(visible(userName, "the user name").getDomProperty("value"))
          && password.equals(visible(passwordField, "the password").getDomProperty("value"));
    }, "the login form to keep what was typed");
    click(By.cssSelector("form[name=signinForm] button[type=submit]"), "the button 'Iniciar sesión'");
  }

  /** Clears a visible field and types into it. */
  public void type(By locator, String description, CharSequence... keys) {
    WebElement field = visible(locator, description);
    field.clear();
    field.sendKeys(keys);
  }

  public <T> T until(Function<WebDriver, T> condition, String whatTheUserWaitsFor) {
    return until(condition, whatTheUserWaitsFor, STEP_TIMEOUT, Duration.ofMillis(200));
  }

  public <T> T until(Function<WebDriver, T> condition, String whatTheUserWaitsFor, Duration timeout,
      Duration polling) {
    return new WebDriverWait(driver, timeout, polling)
        // Tasklist re-renders what it shows: an element found a moment ago may have been replaced
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "Waited " + timeout.toSeconds() + " s for " + whatTheUserWaitsFor + " on "
            + driver.getCurrentUrl())
        .until(condition);
  }

  /** The texts of the visible elements the locator finds. */
  public List<String> texts(By locator) {
    return driver.findElements(locator).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  private void saveEvidence(String name) {
    try {
      Files.createDirectories(ARTIFACTS);
      Path screenshot = ARTIFACTS.resolve(name + ".png");
      Files.write(screenshot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Path source = ARTIFACTS.resolve(name + ".html");
      Files.writeString(source, driver.getPageSource(), StandardCharsets.UTF_8);
      System.err.println("Browser test " + name + " failed on " + driver.getCurrentUrl() + "\n  screenshot: "
          + screenshot.toAbsolutePath() + "\n  page source: " + source.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      System.err.println("Browser test " + name + " failed, and its screenshot could not be saved: " + e);
    }
  }

  private void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Chromium may still be writing to its profile while it exits; the directory is in the temp folder
      System.err.println("Could not delete the Chromium profile " + profile + ": " + e);
    }
    profile = null;
  }
}
