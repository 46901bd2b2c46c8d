package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.demo.control.CityGenerator.Person;
import jp.city.lms.it.Deployments;
import jp.city.lms.registry.control.RegistryChanges;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The registry upload page and the import history in Chromium, as the training office uses them.
 * The uploaded files are the registry as it is now (other ITs add staff of their own to the shared
 * database) varied by the demo city's generator, so the figures the page must show are the
 * generator's. Only the first test imports, and it puts the registry back through the HR feed
 * afterwards; the others stop at the dry run, which changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryImportBrowserIT {

  private static final int TRANSFERS = 12;
  private static final int LEAVERS = 8;
  private static final String UNKNOWN_ORG = "ZZ999";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  /** The demo city's generator and logins: the same for every test, and slow to make. */
  private static final CityGenerator CITY = DemoData.city();

  private static final Map<String, String> LOGINS = DemoData.logins();

  /** The server keeps the city's time (Asia/Tokyo), whatever the test machine's zone. */
  private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));

  private final List<Path> folders = new ArrayList<>();
  private RegistryFeed feed;
  private Browser browser;

  @BeforeEach
  void open() {
    feed = new RegistryFeed(base);
    browser = new Browser(base);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot("registry-" + test.getTestMethod().orElseThrow().getName());
    browser.close();
    folders.forEach(RegistryImportBrowserIT::delete);
  }

  @Test
  void showsTheChangesThenImportsThemWithAProgressBarAndRecordsTheRun() {
    RegistryFeed.CsvFiles before = feed.now();
    CityGenerator.Snapshot now = RegistryFeed.snapshot(before, today);
    CityGenerator.Snapshot changed = CITY.withChanges(now, TRANSFERS, LEAVERS, today);
    Person moved = transferred(now, changed).get(0);
    try {
      logIn(Role.TRAINING_OFFICE);
      browser.open("office/registry-import.xhtml");
      upload(write(changed, false));
      dryRun();

      assertEquals(String.valueOf(TRANSFERS), browser.text(By.id("count-transferred")));
      assertEquals(String.valueOf(LEAVERS), browser.text(By.id("count-left")));
      assertEquals("0", browser.text(By.id("count-hired")));
      assertEquals("0", browser.text(By.id("count-positionChanged")));
      assertEquals("0", browser.text(By.id("count-rejected")));
      assertEquals("差分確認", browser.text(By.id("dryRunOutcome")));
      assertTrue(
          browser.driver().findElement(By.cssSelector(".counts-chart canvas")).isDisplayed(),
          "the counts as a chart");

      browser.screenshot("registry-import-dry-run");
      kind("異動");
      browser.waitUntil(d -> rows("import:changes").size() == TRANSFERS);
      WebElement row =
          rows("import:changes").stream()
              .filter(r -> r.getText().contains(moved.employeeNo()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(moved.employeeNo() + " is not listed"));
      assertTrue(row.getText().contains("異動"), row.getText());
      assertTrue(row.getText().contains("→"), "from one unit to another: " + row.getText());

      browser.driver().findElement(By.id("import:start")).click();
      browser.waitFor(By.id("import:progress"));
      browser.waitUntil(
          d -> d.findElements(By.id("reportOutcome")).stream().anyMatch(WebElement::isDisplayed));
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "arguments[0].scrollIntoView()", browser.waitFor(By.id("import:progress")));
      browser.screenshot("registry-import-report");
      assertEquals("取込済", browser.text(By.id("reportOutcome")));
      assertEquals(
          "100%", browser.text(By.cssSelector("#import\\:progress .ui-progressbar-label")));
      assertEquals(String.valueOf(TRANSFERS), browser.text(By.id("report-transferred")));
      assertEquals(String.valueOf(LEAVERS), browser.text(By.id("report-left")));

      browser.driver().findElement(By.id("import:reportLink")).click();
      browser.waitFor(By.id("run"));
      assertEquals("取込済", browser.text(By.id("runOutcome")));
      assertEquals("画面", browser.text(By.id("runChannel")));
      assertEquals(today.toString(), browser.text(By.id("runEffective")));
      String runId = browser.driver().getCurrentUrl().replaceAll(".*[?&]run=(\\d+).*", "$1");
      WebElement listed =
          rows("runs:table").stream()
              .filter(r -> cell(r, "id").equals(runId))
              .findFirst()
              .orElseThrow(() -> new AssertionError("run " + runId + " is not in the history"));
      assertEquals(String.valueOf(TRANSFERS), cell(listed, "transferred"));
      assertEquals(String.valueOf(LEAVERS), cell(listed, "left"));
      assertEquals("0", cell(listed, "hired"));
      assertEquals("取込済", cell(listed, "outcome-cell"));
    } finally {
      // the other tests of the suite expect the registry they started with
      feed.push(before, today);
    }
  }

  @Test
  void aRowWithAnUnknownOrgCodeIsRejectedWithItsFileLineAndField() {
    CityGenerator.Snapshot now = RegistryFeed.snapshot(feed.now(), today);
    logIn(Role.TRAINING_OFFICE);
    browser.open("office/registry-import.xhtml");
    upload(write(withUnknownOrgOnLine3(now), false));
    dryRun();

    browser.waitFor(By.id("import:rejections"));
    List<WebElement> rejected = rows("import:rejections");
    assertEquals(1, rejected.size());
    WebElement row = rejected.get(0);
    assertEquals("staff.csv", cell(row, "file"));
    assertEquals("3", cell(row, "line"));
    assertEquals("所属コード", cell(row, "field-name"));
    assertEquals(UNKNOWN_ORG, cell(row, "value"));
    assertTrue(cell(row, "reason").contains("orgs.csv にありません"), cell(row, "reason"));
    assertEquals("1", browser.text(By.id("count-rejected")));
    assertEquals("0", browser.text(By.id("count-left")), "a rejected row is not a leaver");
    assertTrue(browser.text(By.id("messages")).contains("取り込めない行が 1 行あります"));
  }

  @Test
  void anEmptyFileIsRefusedWithAMessageNamingTheFile() {
    Path files = write(RegistryFeed.snapshot(feed.now(), today), false);
    empty(files.resolve("staff.csv"));
    logIn(Role.TRAINING_OFFICE);
    browser.open("office/registry-import.xhtml");
    upload(files);
    dryRun();

    browser.waitFor(By.id("import:refusal"));
    String message = browser.text(By.id("messages"));
    assertTrue(message.contains("staff.csv にデータ行がありません"), message);
    assertEquals("取込拒否", browser.text(By.id("dryRunOutcome")));
    assertFalse(browser.driver().findElement(By.id("import:start")).isEnabled());
  }

  @Test
  void aSafeguardRefusalOffersTheOverrideToAdministratorsOnly() {
    CityGenerator.Snapshot now = RegistryFeed.snapshot(feed.now(), today);
    int active = now.staff().size();
    int tooMany = RegistryChanges.maxLeavers(active) + 1;
    Path files = write(CITY.withChanges(now, 0, tooMany, today), false);

    logIn(Role.TRAINING_OFFICE);
    browser.open("office/registry-import.xhtml");
    upload(files);
    dryRun();
    String because = browser.text(By.id("refusedBecause"));
    assertTrue(because.contains(String.format("%,d 人", tooMany)), because);
    assertTrue(browser.driver().findElements(By.id("import:confirm")).isEmpty());
    assertFalse(browser.driver().findElement(By.id("import:start")).isEnabled());
    browser.close();

    browser = new Browser(base);
    logIn(Role.ADMIN);
    browser.open("office/registry-import.xhtml");
    upload(files);
    dryRun();
    browser.waitFor(By.cssSelector("#import\\:confirm .ui-chkbox-box")).click();

    // one checkbox and one click are not enough: a second confirmation repeats the numbers and
    // asks for the number of leavers
    browser.waitFor(By.id("import:startOverride")).click();
    browser.waitUntil(d -> d.findElement(By.id("import:overrideDialog")).isDisplayed());
    String summary = browser.text(By.id("overrideSummary"));
    assertTrue(summary.contains(String.format("%,d 人が退職", tooMany)), summary);
    browser.type(By.id("import:typedLeavers_input"), Integer.toString(tooMany - 1));
    browser.driver().findElement(By.id("import:overrideStart")).click();
    browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("一致しません"));
    assertTrue(
        browser.driver().findElements(By.id("import:progressPanel")).isEmpty(),
        "the import has not started");
    browser.screenshot("override-second-confirmation");
  }

  @Test
  void thePagesSpeakEnglishWhenAsked() {
    CityGenerator.Snapshot now = RegistryFeed.snapshot(feed.now(), today);
    logIn(Role.TRAINING_OFFICE);
    browser.open("office/registry-import.xhtml");
    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(
        d -> d.findElement(By.tagName("h1")).getText().equals("Import the staff registry"));
    upload(write(withUnknownOrgOnLine3(now), true));
    dryRun();

    WebElement row = rows("import:rejections").get(0);
    assertEquals("org_code", cell(row, "field-name"));
    assertTrue(cell(row, "reason").contains("is not in orgs.csv"), cell(row, "reason"));
    assertEquals("Dry run", browser.text(By.id("dryRunOutcome")));

    browser.open("office/registry-runs.xhtml");
    // the newest upload: runs other tests made with the city's clock moved ahead are listed first
    WebElement newest =
        rows("runs:table").stream()
            .filter(r -> cell(r, "channel").equals("Upload"))
            .findFirst()
            .orElseThrow();
    assertEquals("Dry run", cell(newest, "outcome-cell"));
    assertEquals("1", cell(newest, "rejected"));
    assertEquals(today.toString(), cell(newest, "effective"));
  }

  @Test
  void switchingTheLanguageKeepsTheFilesAndTheDiff() {
    CityGenerator.Snapshot now = RegistryFeed.snapshot(feed.now(), today);
    logIn(Role.TRAINING_OFFICE);
    browser.open("office/registry-import.xhtml");
    upload(write(withUnknownOrgOnLine3(now), false));
    dryRun();
    assertEquals("差分確認", browser.text(By.id("dryRunOutcome")));

    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(
        d -> d.findElement(By.tagName("h1")).getText().equals("Import the staff registry"));
    assertEquals("Dry run", browser.text(By.id("dryRunOutcome")));
    assertTrue(browser.text(By.id("import:orgsName")).contains("orgs.csv"));
    assertTrue(browser.text(By.id("import:staffName")).contains("staff.csv"));
    assertEquals("1", browser.text(By.id("count-rejected")));
    assertTrue(browser.driver().findElement(By.id("import:start")).isEnabled());
  }

  private void logIn(String role) {
    browser.logIn(LOGINS.get(role), DemoData.PASSWORD);
    browser.waitFor(By.id("caller"));
  }

  private void upload(Path files) {
    browser
        .driver()
        .findElement(By.id("import:orgs_input"))
        .sendKeys(files.resolve("orgs.csv").toString());
    browser.waitUntil(d -> d.findElement(By.id("import:orgsName")).getText().contains("orgs.csv"));
    browser
        .driver()
        .findElement(By.id("import:staff_input"))
        .sendKeys(files.resolve("staff.csv").toString());
    browser.waitUntil(
        d -> d.findElement(By.id("import:staffName")).getText().contains("staff.csv"));
  }

  private void dryRun() {
    browser.driver().findElement(By.id("import:dryRun")).click();
    browser.waitFor(By.id("dryRunOutcome"));
  }

  private void kind(String label) {
    browser
        .waitFor(
            By.xpath(
                "//*[@id='import:kind']//*[contains(@class,'ui-button')][starts-with(normalize-space(.),'"
                    + label
                    + "')]"))
        .click();
  }

  private List<WebElement> rows(String table) {
    return browser
        .driver()
        .findElements(
            By.cssSelector(
                "#" + table.replace(":", "\\:") + "_data tr:not(.ui-datatable-empty-message)"));
  }

  private static String cell(WebElement row, String column) {
    return row.findElement(By.cssSelector("td." + column)).getText().strip();
  }

  /** The people whose unit differs between two snapshots. */
  private static List<Person> transferred(
      CityGenerator.Snapshot before, CityGenerator.Snapshot after) {
    Map<String, Person> was =
        before.staff().stream().collect(Collectors.toMap(Person::employeeNo, Function.identity()));
    List<Person> moved =
        after.staff().stream()
            .filter(p -> !p.orgCode().equals(was.get(p.employeeNo()).orgCode()))
            .toList();
    assertEquals(TRANSFERS, moved.size());
    return moved;
  }

  /** The snapshot with the second person (line 3 of staff.csv) in a unit that does not exist. */
  private static CityGenerator.Snapshot withUnknownOrgOnLine3(CityGenerator.Snapshot s) {
    List<Person> staff = new ArrayList<>(s.staff());
    Person p = staff.get(1);
    staff.set(
        1,
        new Person(
            p.employeeNo(),
            p.name(),
            p.nameKana(),
            UNKNOWN_ORG,
            p.position(),
            p.jobCategory(),
            p.hiredOn(),
            p.status(),
            p.email(),
            p.managerNo()));
    return new CityGenerator.Snapshot(s.effective(), s.orgs(), staff);
  }

  private Path write(CityGenerator.Snapshot snapshot, boolean englishHeaders) {
    Path dir = RegistryFeed.write(snapshot, englishHeaders);
    folders.add(dir);
    return dir;
  }

  private static void empty(Path file) {
    try {
      Files.write(file, new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind costs nothing
    }
  }
}
