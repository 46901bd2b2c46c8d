package jp.city.lms.it.browser;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium as a person uses the LMS: Debian's {@code chromium} and {@code chromedriver},
 * whose paths the build passes in as {@code chromium.binary} and {@code webdriver.chrome.driver}.
 */
public final class Browser implements AutoCloseable {

  public static final String DEMO_PASSWORD = "demo";

  private final WebDriver driver;
  private final URL base;
  private final Path profile;

  public Browser(URL base) {
    this.base = base;
    try {
      this.profile = Files.createTempDirectory("lms-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--lang=en-US",
        "--user-data-dir=" + profile);
    // the console, to see whether the Content-Security-Policy blocked anything
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  /** A date as the pages write it: 2026年12月12日(土). */
  public static String japaneseDate(java.time.LocalDate date) {
    return date.getYear()
        + "年"
        + date.getMonthValue()
        + "月"
        + date.getDayOfMonth()
        + "日("
        + date.getDayOfWeek()
            .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.JAPANESE)
        + ")";
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String page) {
    driver.get(base.toExternalForm() + page);
  }

  public void logIn(String username, String password) {
    open("login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    driver.findElement(By.id("login:submit")).click();
    // done when the login page is left behind or says why not
    waitUntil(
        d ->
            !d.getCurrentUrl().contains("login.xhtml")
                || !d.findElements(By.cssSelector("#messages .ui-messages-error")).isEmpty());
  }

  public void type(By field, String text) {
    WebElement element = waitFor(field);
    element.clear();
    element.sendKeys(text);
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    // pages re-render after Ajax and redirects: elements go stale or vanish for a moment
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(condition::apply);
  }

  /**
   * The element's text once it is shown; again if a re-render (an Ajax update, a poll) replaced the
   * element between finding and reading it.
   */
  public String text(By locator) {
    for (int attempt = 1; ; attempt++) {
      try {
        return waitFor(locator).getText();
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /**
   * Posts the form of an export button as the browser would (with its session and the page's view
   * state), answering the content type, the text and its first three bytes in hex.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> export(String button) {
    return (java.util.List<String>)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const form = document.getElementById(arguments[0].split(':')[0]);"
                    + "const data = new FormData(form);"
                    + "data.append(arguments[0], arguments[0]);"
                    + "fetch(form.action, {method: 'POST', body: new URLSearchParams(data),"
                    + " credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => { const bytes = new Uint8Array(b);"
                    + " done([(r.headers.get('content-type') || '').split(';')[0],"
                    + " new TextDecoder('utf-8').decode(bytes),"
                    + " Array.from(bytes.slice(0, 3)).map(x => x.toString(16).padStart(2, '0')).join('')]); }))"
                    + ".catch(e => done(['error', String(e)]));",
                button);
  }

  /** Keeps what the browser saw, for the person who reads a failed build. */
  public void screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      System.err.println("no screenshot " + name + ": " + e);
    }
  }

  /**
   * Ends the browser; fails when the page's Content-Security-Policy blocked anything during the
   * test, so that every browser test also proves that the pages work under the policy.
   */
  @Override
  public void close() {
    List<String> blocked;
    try {
      blocked =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(m -> m.contains("Content Security Policy"))
              .toList();
    } finally {
      driver.quit();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind costs nothing
    }
    if (!blocked.isEmpty()) {
      throw new AssertionError("blocked by the Content-Security-Policy: " + blocked);
    }
  }
}
