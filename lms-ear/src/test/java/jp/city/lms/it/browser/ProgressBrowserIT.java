package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.it.Deployments;
import jp.city.lms.it.WebSession;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The progress dashboard on the demo city: the training office sees the city's trained people,
 * rate, chart and table as the REST answer has them, picks another date, and exports the table to
 * CSV and Excel; a manager sees their own unit's figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressBrowserIT {

  private static final Map<String, String> LOGINS = DemoData.logins();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;
  private String shot = "progress";

  @AfterEach
  void close() {
    if (browser != null) {
      browser.screenshot(shot);
      browser.close();
    }
  }

  @Test
  void theOfficeSeesTheCityAsOfADateAndExportsTheTable() throws Exception {
    shot = "progress-office";
    String office = LOGINS.get(Role.TRAINING_OFFICE);
    JsonObject today = rest(office, "");
    browser = new Browser(base);
    browser.logIn(office, DemoData.PASSWORD);
    browser.driver().findElement(By.id("nav-progress")).click();
    browser.waitFor(By.id("trained"));
    assertEquals(String.valueOf(today.getInt("trained")), browser.text(By.id("trained")));
    assertEquals("2400", browser.text(By.id("target")));
    assertEquals(
        String.format(
            java.util.Locale.ROOT, "%.1f%%", today.getJsonNumber("rate").doubleValue() * 100),
        browser.text(By.id("rate")));
    assertTrue(browser.text(By.id("scope")).contains("全市"), browser.text(By.id("scope")));
    browser.waitFor(By.cssSelector("[id='yearChart'] canvas"));
    List<WebElement> rows = rows();
    assertEquals(3, rows.size());
    assertEquals("令和5年度", cell(rows.get(0), "year"));
    assertEquals(
        String.valueOf(year(today, 2023).getInt("newlyTrained")), cell(rows.get(0), "newly"));
    assertEquals(
        year(today, 2023).getJsonObject("achieved").getInt("silver") + " / 700",
        cell(rows.get(0), "tier-silver"));
    assertEquals(
        year(today, 2023).getJsonObject("achieved").getInt("gold") + " / –",
        cell(rows.get(0), "tier-gold"),
        "no gold target in FY2023");
    assertEquals(
        String.valueOf(today.getJsonObject("byTier").getInt("gold")),
        browser.text(By.id("holding-gold")));

    assertTrue(
        Integer.parseInt(browser.text(By.id("forecast-by-pace"))) >= today.getInt("trained"),
        "the forecast adds the pace to the trained");
    assertTrue(browser.text(By.id("forecast-assumption")).contains("仮定"));
    assertTrue(
        Integer.parseInt(browser.text(By.id("forecast-with-pipeline")))
            == today.getInt("trained")
                + Integer.parseInt(browser.text(By.id("forecast-pipeline"))));

    JsonObject fy2023End = rest(office, "?asOf=2024-03-31");
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('asOf').value = '2024-03-31';");
    browser.driver().findElement(By.id("show")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("asOf=2024-03-31"));
    browser.waitFor(By.id("trained"));
    assertEquals(String.valueOf(fy2023End.getInt("trained")), browser.text(By.id("trained")));
    assertEquals("0 / 700", cell(rows().get(2), "tier-silver"));
    assertEquals("0", cell(rows().get(2), "newly"), "FY2025 has not begun on 2024-03-31");

    List<String> csv = browser.export("years:export-csv");
    assertTrue(csv.get(0).startsWith("text/csv"), csv.get(0));
    assertTrue(csv.get(1).contains("令和5年度"), csv.get(1));
    assertTrue(
        csv.get(1).contains(String.valueOf(year(fy2023End, 2023).getInt("newlyTrained"))),
        csv.get(1));
    assertEquals("efbbbf", csv.get(2), "UTF-8 with a BOM, for Excel");
    List<String> excel = browser.export("years:export-xlsx");
    assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.get(0));

    browser.waitFor(By.cssSelector("[id='monthChart'] canvas"));
    assertTrue(browser.text(By.id("coverage-rate")).endsWith("%"));

    browser.driver().findElement(By.id("tab-sheet")).click();
    browser.waitFor(By.id("sheet:indicators"));
    assertTrue(
        browser.driver().getCurrentUrl().contains("asOf=2024-03-31"), "the tab keeps the date");
    List<WebElement> sheet = rows("sheet:indicators");
    assertEquals(12, sheet.size(), "four indicators, three lines each");
    assertEquals("DX人材の育成数（累計・人）", cell(sheet.get(0), "indicator"));
    assertEquals("目標", cell(sheet.get(0), "kind"));
    assertEquals("800", cell(sheet.get(0), "fy-2023"));
    assertEquals("2400", cell(sheet.get(0), "mid-term"));
    assertEquals("実績", cell(sheet.get(1), "kind"));
    assertEquals(
        String.valueOf(year(fy2023End, 2023).getInt("newlyTrained")),
        cell(sheet.get(1), "fy-2023"));
    assertEquals("—", cell(sheet.get(1), "fy-2024"), "FY2024 has not begun on 2024-03-31");
    assertEquals("達成率", cell(sheet.get(2), "kind"));
    assertTrue(cell(sheet.get(2), "fy-2023").endsWith("%"));
    List<String> sheetCsv = browser.export("sheet:export-csv");
    assertTrue(sheetCsv.get(1).contains("令和5年度"), sheetCsv.get(1));
    assertTrue(sheetCsv.get(1).contains("中期目標（令和7年度）"), sheetCsv.get(1));
    assertTrue(sheetCsv.get(1).contains("達成率"), sheetCsv.get(1));
    assertEquals("efbbbf", sheetCsv.get(2));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        browser.export("sheet:export-xlsx").get(0));
  }

  @Test
  void theOfficeDrillsDownFromABureauToItsPeople() throws Exception {
    shot = "progress-units";
    String office = LOGINS.get(Role.TRAINING_OFFICE);
    JsonObject today = rest(office, "");
    browser = new Browser(base);
    browser.logIn(office, DemoData.PASSWORD);
    browser.driver().findElement(By.id("nav-progress")).click();
    browser.waitFor(By.id("tab-units"));
    browser.driver().findElement(By.id("tab-units")).click();
    browser.waitFor(By.id("units:table"));
    assertFalse(rows("units:table").isEmpty());
    List<String> unitsCsv = browser.export("units:export-csv");
    assertEquals(
        today.getInt("trained"),
        unitsCsv.get(1).lines().skip(1).mapToInt(l -> Integer.parseInt(field(l, 1))).sum(),
        "everyone trained counts in one unit, over all pages");
    WebElement bureau =
        rows("units:table").stream()
            .filter(r -> Integer.parseInt(cell(r, "trained")) > 0)
            .findFirst()
            .orElseThrow();
    String trained = cell(bureau, "trained");
    String staff = cell(bureau, "staff");
    bureau.findElement(By.cssSelector("td.unit a")).click();
    browser.waitFor(By.id("people:table"));
    assertTrue(browser.driver().getCurrentUrl().contains("unit="), "the unit's people");
    assertEquals(trained, browser.text(By.id("people-counted")), "the bureau's trained, by name");
    assertEquals(staff, browser.text(By.id("people-present")), "the bureau's staff, by name");
    List<String> people = browser.export("people:export-csv");
    assertEquals("efbbbf", people.get(2));
    assertEquals(
        Long.parseLong(staff) + 1,
        people.get(1).lines().filter(l -> !l.contains("—")).count(),
        "the heading and the people present, over all pages");
  }

  @Test
  void aManagerSeesTheirUnitOnly() throws Exception {
    shot = "progress-manager";
    String manager = LOGINS.get(Role.MANAGER);
    JsonObject theirs = rest(manager, "");
    JsonObject city = rest(LOGINS.get(Role.TRAINING_OFFICE), "");
    browser = new Browser(base);
    browser.logIn(manager, DemoData.PASSWORD);
    browser.driver().findElement(By.id("nav-progress")).click();
    browser.waitFor(By.id("trained"));
    assertEquals(String.valueOf(theirs.getInt("trained")), browser.text(By.id("trained")));
    assertTrue(theirs.getInt("trained") < city.getInt("trained"), "a part of the city");
    assertFalse(browser.text(By.id("scope")).contains("全市"), browser.text(By.id("scope")));
    assertTrue(
        browser.driver().findElements(By.id("tab-sheet")).isEmpty(),
        "the indicator sheet is the city's report");
    browser.driver().findElement(By.id("tab-units")).click();
    browser.waitFor(By.id("units:table"));
    List<WebElement> units = rows("units:table");
    assertFalse(units.isEmpty());
    assertEquals(
        theirs.getInt("trained"),
        units.stream().mapToInt(r -> Integer.parseInt(cell(r, "trained"))).sum());
    String trained = cell(units.get(0), "trained");
    units.get(0).findElement(By.cssSelector("td.unit a")).click();
    browser.waitFor(By.id("people:table"));
    assertEquals(trained, browser.text(By.id("people-counted")));
    browser.open("reports/indicators.xhtml");
    browser.waitFor(By.id("forbidden"));
  }

  private JsonObject rest(String user, String query) throws Exception {
    WebSession client = new WebSession(base);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(client.uri("api/progress" + query))
                .header("Authorization", WebSession.basic(user, DemoData.PASSWORD))
                .build());
    assertEquals(200, response.statusCode(), response.body());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonObject year(JsonObject progress, int fiscalYear) {
    return progress.getJsonArray("byFiscalYear").stream()
        .map(v -> v.asJsonObject())
        .filter(y -> y.getInt("fiscalYear") == fiscalYear)
        .findFirst()
        .orElseThrow();
  }

  private List<WebElement> rows() {
    return rows("years:table");
  }

  private List<WebElement> rows(String table) {
    return browser
        .driver()
        .findElements(
            By.cssSelector(
                "#" + table.replace(":", "\\:") + "_data tr:not(.ui-datatable-empty-message)"));
  }

  /** A field of a CSV line whose fields are all quoted and hold no quotes. */
  private static String field(String line, int index) {
    return line.substring(1, line.length() - 1).split("\",\"")[index];
  }

  private static String cell(WebElement row, String column) {
    return row.findElement(By.cssSelector("td." + column)).getText().strip();
  }
}
