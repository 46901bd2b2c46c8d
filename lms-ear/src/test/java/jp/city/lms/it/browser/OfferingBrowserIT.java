package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import jp.city.lms.it.Deployments;
import jp.city.lms.it.TestData;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The training office schedules, changes and cancels offerings in Chromium, and a plan that breaks
 * the rules gets a message at each field concerned. Each test's offering has a venue of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferingBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;
  private OfferingForm form;
  private final LocalDate day = LocalDate.now().plusDays(20);

  @BeforeEach
  void logIn() {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.TRAINING_OFFICE);
    form = new OfferingForm(browser);
    form.openPage();
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot("offering-" + test.getTestMethod().orElseThrow().getName());
    browser.close();
  }

  @Test
  void theTrainingOfficeSchedulesAnOfferingAndSeesItInTheList() {
    String venue = "本庁舎 研修室 " + TestData.unique();

    form.openNew();
    form.chooseCourse("BPRワークショップ (SV-BPR)");
    form.dates(day.atTime(13, 30), day.atTime(17, 30), day.minusDays(10));
    form.type("venue", venue);
    form.type("capacity", "30");
    form.type("instructor", "ガバメイツ 講師");
    form.save();
    form.waitUntilClosed();

    assertTrue(
        browser.text(By.id("messages")).contains("BPRワークショップ の開催を登録しました"),
        browser.text(By.id("messages")));
    browser.waitUntil(d -> form.rowsWith(venue).size() == 1);
    String row = form.rowsWith(venue).get(0).getText();
    assertTrue(row.contains(Browser.japaneseDate(day) + " 13:30-17:30"), row);
    assertTrue(row.contains("30 / 30 席"), row);
    assertTrue(row.contains("開催予定"), row);
    assertTrue(row.contains(Browser.japaneseDate(day.minusDays(10))), row);
  }

  @Test
  void aPlanThatBreaksTheRulesGetsAMessageAtEachField() {
    form.openNew();
    form.chooseCourse("データ活用研修 (SV-DATA)");
    form.dates(day.atTime(13, 30), day.atTime(12, 0), day);
    form.type("capacity", "0");
    form.save();

    assertTrue(form.messageAt("endsAt").contains("終了日時は開始日時より後にしてください"));
    assertTrue(form.messageAt("registrationDeadline").contains("申込締切日は開催の初日より前の日にしてください"));
    assertTrue(form.messageAt("capacity").contains("定員は1人以上にしてください"));
    assertTrue(form.messageAt("venue").contains("会場かオンライン参加のURLのどちらかを入力してください"));
    assertTrue(browser.driver().findElement(By.id("offeringDialog")).isDisplayed(), "stays open");

    form.type("capacity", "多い");
    form.save();
    browser.waitUntil(d -> form.messageAt("capacity").contains("数字で入力してください"));
  }

  @Test
  void anOfferingIsChangedThenCancelledAndStaysInTheList() {
    String venue = "区役所 会議室 " + TestData.unique();
    form.openNew();
    form.chooseCourse("kintoneハンズオン研修 (SV-KINTONE)");
    form.dates(day.atTime(9, 30), day.atTime(12, 30), day.minusDays(7));
    form.type("venue", venue);
    form.type("capacity", "20");
    form.save();
    form.waitUntilClosed();
    browser.waitUntil(d -> form.rowsWith(venue).size() == 1);

    form.rowsWith(venue).get(0).findElement(By.cssSelector("button[id$=':edit']")).click();
    browser.waitUntil(d -> d.findElement(By.id("offeringForm:capacity")).isDisplayed());
    assertEquals(
        "20", browser.driver().findElement(By.id("offeringForm:capacity")).getAttribute("value"));
    form.type("capacity", "12");
    form.save();
    form.waitUntilClosed();
    browser.waitUntil(d -> form.rowsWith(venue, "12 / 12 席").size() == 1);

    form.rowsWith(venue).get(0).findElement(By.cssSelector("button[id$=':cancel']")).click();
    browser.type(By.id("cancelForm:reason"), "講師の都合により中止");
    browser.driver().findElement(By.id("cancelForm:confirm")).click();
    browser.waitUntil(d -> form.rowsWith(venue, "中止", "講師の都合により中止").size() == 1);
    WebElement cancelled = form.rowsWith(venue).get(0);
    assertTrue(cancelled.getAttribute("class").contains("cancelled"));
    assertTrue(cancelled.findElements(By.cssSelector("button[id$=':edit']")).isEmpty());
  }

  @Test
  void thePageSpeaksEnglish() {
    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(d -> d.findElement(By.id("offerings:new")).getText().contains("Schedule"));
    form.openNew();
    form.chooseCourse("BPR workshop (SV-BPR)");
    form.dates(day.atTime(13, 30), day.atTime(13, 30), day.minusDays(1));
    form.type("venue", "Room 1");
    form.type("capacity", "10");
    form.save();
    assertEquals("Ends: The end must be after the start.", form.messageAt("endsAt"));
  }

  @Test
  void onALaptopScreenTheSaveButtonStaysReachableAfterErrors() {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    form.openPage();
    form.openNew();
    form.save();
    form.messageAt("startsAt");
    WebElement save = browser.driver().findElement(By.id("offeringForm:save"));
    long viewport =
        ((Number)
                ((JavascriptExecutor) browser.driver()).executeScript("return window.innerHeight"))
            .longValue();
    Rectangle at = save.getRect();
    assertTrue(save.isDisplayed());
    assertTrue(
        at.getY() >= 0 && at.getY() + at.getHeight() <= viewport, at.getY() + " / " + viewport);
    browser.screenshot("offering-dialog-1366x768-errors");
    save.click();
    form.messageAt("startsAt");
  }

  @Test
  void savingAfterTheSessionEndedLeadsToTheLoginPageWithAMessage() {
    form.openNew();
    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser.driver().manage().addCookie(new Cookie("JSESSIONID", "ended", "/lms"));
    form.save();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
    assertTrue(
        browser.text(By.id("login:expired")).contains("セッションが終了しました"),
        browser.text(By.id("login:expired")));
  }
}
