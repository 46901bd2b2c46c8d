package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.it.Deployments;
import jp.city.lms.it.TestData;
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
 * The learning loop in Chromium: a member of staff enrols from the course page, sees the place on
 * the home page and withdraws; the training office takes attendance on the roster, everyone at once
 * and then the exception, and the completion reaches the person's record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentBrowserIT {

  private static final String COURSE = "POS-NEW-HIRE";
  private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;

  @AfterEach
  void close(TestInfo test) {
    if (browser != null) {
      browser.screenshot("enrolment-" + test.getTestMethod().orElseThrow().getName());
      browser.close();
    }
  }

  private HttpResponse<String> asOffice(String method, String path, String body) throws Exception {
    WebSession client = new WebSession(base);
    return client.send(
        HttpRequest.newBuilder(client.uri(path))
            .header(
                "Authorization",
                WebSession.basic(DemoData.logins().get(Role.TRAINING_OFFICE), DemoData.PASSWORD))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private long offering(LocalDateTime start, LocalDate deadline, String venue, int capacity)
      throws Exception {
    HttpResponse<String> created =
        asOffice(
            "POST",
            "api/offerings",
            "{\"course\": \"%s\", \"start\": \"%s\", \"end\": \"%s\", \"venue\": \"%s\", \"capacity\": %d, \"deadline\": \"%s\"}"
                .formatted(COURSE, start, start.plusHours(2), venue, capacity, deadline));
    assertEquals(201, created.statusCode(), created.body());
    return Json.createReader(new StringReader(created.body()))
        .readObject()
        .getJsonNumber("id")
        .longValue();
  }

  private WebElement row(String venue) {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='enrol:offerings_data'] > tr"))
        .stream()
        .filter(r -> r.getText().contains(venue))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void staffEnrolFromTheCoursePageSeeItAtHomeAndWithdraw() throws Exception {
    String venue = "本庁舎 研修室 " + TestData.unique();
    LocalDateTime start = LocalDateTime.now(CITY).plusDays(30).truncatedTo(ChronoUnit.HOURS);
    offering(start, start.toLocalDate().minusDays(10), venue, 5);
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.STAFF);

    browser.open("staff/course.xhtml?code=" + COURSE);
    browser.waitUntil(d -> row(venue).getText().contains("5 / 5"));
    row(venue).findElement(By.cssSelector("button.enrol")).click();
    browser.waitUntil(d -> browser.text(By.id("messages")).contains("受講が決定しました"));
    browser.waitUntil(d -> row(venue).getText().contains("受講決定"));
    assertTrue(row(venue).getText().contains("4 / 5"), row(venue).getText());

    browser.open("index.xhtml");
    browser.waitUntil(d -> d.findElement(By.id("upcoming")).getText().contains(venue));
    assertTrue(browser.text(By.id("tiers")).contains("ブロンズ"), browser.text(By.id("tiers")));

    browser.open("staff/course.xhtml?code=" + COURSE);
    browser.waitUntil(d -> row(venue).getText().contains("受講決定"));
    row(venue).findElement(By.cssSelector("button.withdraw")).click();
    browser.waitUntil(d -> browser.text(By.id("messages")).contains("申込を取り消しました"));
    browser.waitUntil(d -> !row(venue).findElements(By.cssSelector("button.enrol")).isEmpty());
    assertTrue(row(venue).getText().contains("5 / 5"), row(venue).getText());
  }

  @Test
  void theOfficeTakesAttendanceEveryoneThenTheException() throws Exception {
    String venue = "区役所 会議室 " + TestData.unique();
    // starts in a few seconds: people are enrolled before, attendance is taken after
    LocalDateTime start = LocalDateTime.now(CITY).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    long offering = offering(start, start.toLocalDate().minusDays(1), venue, 5);
    String staff = DemoData.logins().get(Role.STAFF);
    String manager = DemoData.logins().get(Role.MANAGER);
    for (String person : new String[] {staff, manager}) {
      HttpResponse<String> enrolled =
          asOffice(
              "POST",
              "api/offerings/" + offering + "/enrolments",
              "{\"employeeNo\": \"" + person + "\"}");
      assertEquals(201, enrolled.statusCode(), enrolled.body());
    }
    Thread.sleep(
        Math.max(0, java.time.Duration.between(LocalDateTime.now(CITY), start).toMillis() + 1000));

    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.TRAINING_OFFICE);
    browser.open("office/roster.xhtml?offering=" + offering);
    browser.waitUntil(d -> d.findElement(By.id("roster:places")).getText().contains(manager));
    browser.driver().findElement(By.id("roster:everyone")).click();
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector("select[id$=':outcome']")).stream()
                    .filter(s -> "COMPLETED".equals(s.getAttribute("value")))
                    .count()
                == 2);
    WebElement managerRow =
        browser.driver().findElements(By.cssSelector("[id='roster:places_data'] > tr")).stream()
            .filter(r -> r.getText().contains(manager))
            .findFirst()
            .orElseThrow();
    new Select(managerRow.findElement(By.cssSelector("select[id$=':outcome']")))
        .selectByVisibleText("欠席");
    browser.driver().findElement(By.id("roster:save-attendance")).click();
    browser.waitUntil(d -> browser.text(By.id("messages")).contains("出欠を保存しました（2人）"));

    LocalDate last = start.plusHours(2).toLocalDate();
    LocalDate completedOn = last.isAfter(LocalDate.now(CITY)) ? LocalDate.now(CITY) : last;
    JsonObject learning =
        Json.createReader(
                new StringReader(asOffice("GET", "api/staff/" + staff + "/learning", null).body()))
            .readObject();
    assertTrue(
        learning.getJsonArray("completions").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                c ->
                    c.getString("course").equals(COURSE)
                        // the offering's last day, or today for a session that ends tomorrow
                        && c.getString("completedOn").equals(completedOn.toString())
                        && c.getString("result").equals("修了")),
        learning.toString());
    JsonObject theirs =
        Json.createReader(
                new StringReader(
                    asOffice("GET", "api/staff/" + manager + "/learning", null).body()))
            .readObject();
    assertTrue(
        theirs.getJsonArray("enrolments").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                e ->
                    e.getJsonNumber("offering").longValue() == offering
                        && e.getString("status").equals("NO_SHOW")),
        theirs.toString());
  }
}
