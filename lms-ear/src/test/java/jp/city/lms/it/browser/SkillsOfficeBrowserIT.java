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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The training office's skills pages in Chromium, on the demo city: test results from a CSV (a file
 * with a rejected row records nothing and says where and why; the corrected file is checked, then
 * recorded); the skill map of the whole city by category with its department aggregate and both
 * exports; the skill evaluation of the trained, which counts the same people as progress.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SkillsOfficeBrowserIT {

  private static final Map<String, String> LOGINS = DemoData.logins();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;
  private Path folder;

  @AfterEach
  void close(TestInfo test) throws Exception {
    if (browser != null) {
      browser.screenshot("skills-office-" + test.getTestMethod().orElseThrow().getName());
      browser.close();
    }
    if (folder != null) {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(folder);
    }
  }

  @Test
  void theOfficeUploadsTestResultsCheckedFirstAndRecordedWhole() throws Exception {
    String person = call("POST", "api/it/learning/people").body();
    folder = Files.createTempDirectory("lms-tests-");
    Path wrong = folder.resolve("test-results.csv");
    Files.writeString(
        wrong,
        "職員番号,スキルコード,レベル,評価日\r\n"
            + person
            + ",DSS-L-WHY-01,3,2025-06-01\r\n"
            + person
            + ",DSS-L-WHY-02,7,2025-06-01\r\n",
        StandardCharsets.UTF_8);
    browser = new Browser(base);
    browser.logIn(LOGINS.get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    browser.waitFor(By.id("caller"));
    browser.driver().findElement(By.id("nav-test-results")).click();
    browser.waitFor(By.id("tests:check"));
    browser.driver().findElement(By.id("tests:file_input")).sendKeys(wrong.toString());
    browser.waitUntil(
        d -> d.findElement(By.id("tests:fileName")).getText().contains("test-results.csv"));
    browser.driver().findElement(By.id("tests:check")).click();
    browser.waitFor(By.id("checkOutcome"));
    assertEquals("記録できません", browser.text(By.id("checkOutcome")));
    assertTrue(browser.text(By.id("refusedBecause")).contains("何も記録していません"));
    List<WebElement> rows = rows("tests:rejections");
    assertEquals(1, rows.size());
    assertEquals("test-results.csv", cell(rows.get(0), "file"));
    assertEquals("3", cell(rows.get(0), "line"));
    assertEquals("レベル", cell(rows.get(0), "field-name"));
    assertTrue(cell(rows.get(0), "reason").contains("0〜4"), rows.get(0).getText());
    assertFalse(browser.driver().findElement(By.id("tests:record")).isEnabled());

    Path fixed = folder.resolve("test-results-fixed.csv");
    Files.writeString(
        fixed,
        "employee_no,skill_code,level,assessed_on\r\n"
            + person
            + ",DSS-L-WHY-01,3,2025-06-01\r\n"
            + person
            + ",DSS-L-WHY-02,2,2025-06-01\r\n",
        StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("tests:file_input")).sendKeys(fixed.toString());
    browser.waitUntil(d -> d.findElement(By.id("tests:fileName")).getText().contains("fixed"));
    browser.driver().findElement(By.id("tests:check")).click();
    browser.waitUntil(d -> browser.text(By.id("checkOutcome")).startsWith("記録できます"));
    assertTrue(browser.text(By.id("counts")).contains("記録 2 件"), browser.text(By.id("counts")));
    browser.driver().findElement(By.id("tests:record")).click();
    browser.waitFor(By.id("appliedOutcome"));
    assertEquals("記録しました", browser.text(By.id("appliedOutcome")));
    JsonObject why01 = skill(person, "DSS-L-WHY-01");
    assertEquals(3, why01.getInt("test"));
  }

  @Test
  void theOfficeSeesTheWholeCityByCategoryWithTheUnitsAggregateAndExportsIt() {
    browser = new Browser(base);
    browser.logIn(LOGINS.get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    browser.waitFor(By.id("caller"));
    browser.open("staff/skill-map.xhtml?view=categories");
    browser.waitFor(By.id("map-form:map"));
    String count = browser.text(By.id("map-count"));
    assertTrue(Integer.parseInt(count.replaceAll("[^0-9]", "")) > 1000, "the whole city: " + count);
    String header = browser.text(By.id("map-form:map_head"));
    assertTrue(header.contains("マインド・スタンス") && header.contains("ビジネスアーキテクト"), header);
    assertFalse(
        browser.driver().findElements(By.cssSelector(".map-level.gap-met")).isEmpty(),
        "category cells coloured by gap");
    List<WebElement> units = rows("units-form:units");
    assertTrue(units.size() > 1, "a line per bureau or ward: " + units.size());
    assertTrue(cell(units.get(0), "unit-share").matches("(\\d+% \\(\\d+\\)|–)"));

    List<String> csv = browser.export("map-form:export-csv");
    assertTrue(csv.get(0).startsWith("text/csv"), csv.get(0));
    assertEquals("efbbbf", csv.get(2), "UTF-8 with a BOM, for Excel");
    assertTrue(csv.get(1).contains("マインド・スタンス"), "category columns in the export");
    assertTrue(csv.get(1).lines().count() > 1000, "every row, not the page shown");
    List<String> unitsCsv = browser.export("units-form:export-csv");
    assertEquals("efbbbf", unitsCsv.get(2));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        browser.export("map-form:export-xlsx").get(0));

    new Select(browser.driver().findElement(By.id("view"))).selectByValue("");
    new Select(browser.driver().findElement(By.id("category"))).selectByValue("DSS-L-HOW");
    new Select(browser.driver().findElement(By.id("tier"))).selectByValue("silver");
    browser.driver().findElement(By.id("show")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("tier=silver"));
    String skills = browser.text(By.id("map-form:map_head"));
    assertFalse(skills.contains("マインド・スタンス"), "one category's skills: " + skills);
  }

  @Test
  void theOfficeReadsTheSkillEvaluationOfTheTrainedAndAManagerMayNot() throws Exception {
    browser = new Browser(base);
    browser.logIn(LOGINS.get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    browser.waitFor(By.id("caller"));
    browser.driver().findElement(By.id("nav-skill-evaluation")).click();
    browser.waitFor(By.id("trained"));
    JsonObject progress =
        Json.createReader(new StringReader(call("GET", "api/progress").body())).readObject();
    assertEquals(
        String.valueOf(progress.getInt("trained")),
        browser.text(By.id("trained")),
        "the same people as progress counts");
    browser.waitFor(By.cssSelector("section.evaluation-chart canvas"));
    List<WebElement> rows = rows("evaluation:cells");
    assertFalse(rows.isEmpty());
    assertTrue(cell(rows.get(0), "year").startsWith("令和"), rows.get(0).getText());
    List<String> csv = browser.export("evaluation:export-csv");
    assertEquals("efbbbf", csv.get(2));
    assertTrue(csv.get(1).contains("平均レベル"), csv.get(1));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        browser.export("evaluation:export-xlsx").get(0));

    WebSession manager = WebSession.loggedIn(base, LOGINS.get(Role.MANAGER), DemoData.PASSWORD);
    assertEquals(403, manager.get("reports/skill-evaluation.xhtml").statusCode());
  }

  private JsonObject skill(String person, String skill) throws Exception {
    return Json.createReader(
            new StringReader(call("GET", "api/staff/" + person + "/skills?asOf=2025-06-30").body()))
        .readArray()
        .stream()
        .map(v -> v.asJsonObject())
        .filter(s -> s.getString("skill").equals(skill))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> call(String method, String path) throws Exception {
    WebSession client = new WebSession(base);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(client.uri(path))
                .header(
                    "Authorization",
                    WebSession.basic(LOGINS.get(Role.TRAINING_OFFICE), DemoData.PASSWORD))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(200, response.statusCode(), response.body());
    return response;
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
}
