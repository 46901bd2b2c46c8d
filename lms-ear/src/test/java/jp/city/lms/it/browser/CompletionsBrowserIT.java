package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The completions upload page in Chromium, as the training office uses it: choose a file, dry run
 * (counts and the rejected rows with file, line, field and reason), import with a progress bar,
 * then the report and the run among past runs. The person on the file is the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompletionsBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private static final Map<String, String> LOGINS = DemoData.logins();

  private Browser browser;
  private Path folder;

  @BeforeEach
  void open() throws Exception {
    browser = new Browser(base);
    folder = Files.createTempDirectory("lms-completions-");
  }

  @AfterEach
  void close() throws Exception {
    browser.screenshot("completions-import");
    browser.close();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }

  @Test
  void dryRunShowsTheRejectedRowsThenTheImportRecordsTheRest() throws Exception {
    String person = call("POST", "api/it/learning/people").body();
    Path file = folder.resolve("completions.csv");
    Files.writeString(
        file,
        "職員番号,講座コード,修了日,結果,得点,提供元\r\n"
            + person
            + ",BR-SECURITY,2024-06-01,修了,88,e-ラーニングA\r\n"
            + person
            + ",NO-SUCH-COURSE,2024-06-01,,,\r\n"
            + person
            + ",BR-DX-INTRO,=HYPERLINK(\"x\"),,,\r\n",
        StandardCharsets.UTF_8);

    browser.logIn(LOGINS.get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    browser.waitFor(By.id("caller"));
    browser.driver().findElement(By.id("nav-completions")).click();
    browser.waitFor(By.id("completions:dryRun"));
    browser.driver().findElement(By.id("completions:file_input")).sendKeys(file.toString());
    browser.waitUntil(
        d -> d.findElement(By.id("completions:fileName")).getText().contains("completions.csv"));
    browser.driver().findElement(By.id("completions:dryRun")).click();
    browser.waitFor(By.id("dryRunOutcome"));

    assertEquals("試行", browser.text(By.id("dryRunOutcome")));
    assertEquals("3", browser.text(By.id("count-rows")));
    assertEquals("1", browser.text(By.id("count-recorded")));
    assertEquals("0", browser.text(By.id("count-unchanged")));
    assertEquals("2", browser.text(By.id("count-rejected")));
    List<WebElement> rows = rows("completions:rejections");
    assertEquals(2, rows.size());
    assertEquals(
        List.of("completions.csv", "3", "講座コード"),
        List.of(
            cell(rows.get(0), "file"), cell(rows.get(0), "line"), cell(rows.get(0), "field-name")));
    assertTrue(cell(rows.get(0), "reason").contains("NO-SUCH-COURSE"), rows.get(0).getText());
    assertEquals("4", cell(rows.get(1), "line"));
    assertEquals("修了日", cell(rows.get(1), "field-name"));
    List<String> csv = browser.export("completions:exportCsv");
    assertTrue(csv.get(0).startsWith("text/csv"), csv.get(0));
    assertTrue(csv.get(1).contains("NO-SUCH-COURSE"), csv.get(1));
    assertTrue(
        csv.get(1).contains("'=HYPERLINK"), "no formula reaches a spreadsheet: " + csv.get(1));
    List<String> excel = browser.export("completions:exportXls");
    assertEquals("application/vnd.ms-excel", excel.get(0));
    assertEquals("3", browser.text(By.id("count-rows")), "the dry run is still shown");
    assertEquals("[]", call("GET", "api/it/learning/people/" + person + "/completions").body());
    browser.screenshot("completions-dry-run");

    browser.driver().findElement(By.id("completions:start")).click();
    browser.waitFor(By.id("completions:progress"));
    browser.waitUntil(
        d -> d.findElements(By.id("reportOutcome")).stream().anyMatch(WebElement::isDisplayed));
    assertEquals("取込済み", browser.text(By.id("reportOutcome")));
    assertEquals("1", browser.text(By.id("report-recorded")));
    assertEquals("2", browser.text(By.id("report-rejected")));
    assertEquals(
        "100%", browser.text(By.cssSelector("#completions\\:progress .ui-progressbar-label")));
    WebElement latest = rows("completions:runs").get(0);
    assertEquals("取込済み", cell(latest, "outcome-cell"));
    assertEquals("1", cell(latest, "recorded"));
    assertEquals(
        "[\"BR-SECURITY:2024-06-01:true:88:e-ラーニングA\"]",
        call("GET", "api/it/learning/people/" + person + "/completions").body());
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
