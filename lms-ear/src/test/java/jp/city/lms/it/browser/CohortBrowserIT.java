package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.city.lms.it.Deployments;
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
 * Building a cohort in Chromium: the training office puts together a rule of two groups (section
 * chiefs who are active, or directors), previews who it selects and how many, saves it, and finds
 * the same members on the cohort's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortBrowserIT {

  private static final Pattern COUNT = Pattern.compile("該当者 ([0-9,]+)人");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;

  @AfterEach
  void close(TestInfo test) {
    if (browser != null) {
      browser.screenshot("cohort-" + test.getTestMethod().orElseThrow().getName());
      browser.close();
    }
  }

  private List<WebElement> fields() {
    return browser.driver().findElements(By.cssSelector("select[id$=':field']"));
  }

  private List<WebElement> values() {
    return browser.driver().findElements(By.cssSelector("input[id$=':values']"));
  }

  private void condition(int index, String field, String typed) {
    new Select(fields().get(index)).selectByValue(field);
    WebElement input = values().get(index);
    input.clear();
    input.sendKeys(typed);
  }

  @Test
  void theOfficeBuildsACohortPreviewsItsMembersAndSavesIt() {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.TRAINING_OFFICE);
    browser.open("office/cohorts.xhtml");
    String name = "課長と部長 " + System.currentTimeMillis();
    browser.type(By.id("builder:name"), name);
    browser.waitFor(By.cssSelector("select[id$=':field']"));
    condition(0, "POSITION", "課長");
    browser.driver().findElement(By.cssSelector("button[id$=':addCondition']")).click();
    browser.waitUntil(d -> fields().size() == 2);
    condition(1, "STATUS", "在職");
    browser.driver().findElement(By.id("builder:addGroup")).click();
    browser.waitUntil(d -> fields().size() == 3);
    assertEquals("課長", values().get(0).getAttribute("value"), "what was typed stays");
    condition(2, "POSITION", "部長");

    browser.driver().findElement(By.id("builder:preview")).click();
    String shown = browser.text(By.id("preview-count"));
    Matcher m = COUNT.matcher(shown);
    assertTrue(m.find(), shown);
    int count = Integer.parseInt(m.group(1).replace(",", ""));
    assertTrue(count > 20, "the demo city has many section chiefs and directors: " + count);
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("[id='builder:previewTable_data'] > tr"));
    assertEquals(25, rows.size(), "the first page of the preview");
    String firstRow = rows.get(0).getText();
    assertTrue(firstRow.contains("課長") || firstRow.contains("部長"), firstRow);

    browser.driver().findElement(By.id("builder:save")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("office/cohort.xhtml"));
    assertTrue(browser.text(By.id("messages")).contains(name), browser.text(By.id("messages")));
    String members = browser.text(By.id("members-title"));
    assertTrue(members.contains("メンバー " + count + "人"), members + " / " + count);
    String rule = browser.text(By.id("rule"));
    assertTrue(rule.contains("職位が 課長") && rule.contains("または"), rule);

    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(d -> browser.text(By.id("members-title")).contains(count + " members"));
    assertTrue(browser.text(By.id("rule")).contains("Position is 課長"));
  }
}
