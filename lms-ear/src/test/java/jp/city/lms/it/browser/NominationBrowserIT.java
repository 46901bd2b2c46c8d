package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
 * Nominations in Chromium: the training office opens a silver round with one place per section, the
 * demo manager finds it with their department's quota, nominates someone of their team with a
 * reason, and the office selects the nomination.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NominationBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;

  @AfterEach
  void close(TestInfo test) {
    if (browser != null) {
      browser.screenshot("nomination-" + test.getTestMethod().orElseThrow().getName());
      browser.close();
    }
  }

  @Test
  void aManagerNominatesWithinTheQuotaAndTheOfficeSelects() {
    String title = "シルバー推薦 " + System.currentTimeMillis();

    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.TRAINING_OFFICE);
    browser.open("office/nominations.xhtml");
    browser.type(By.id("opening:title"), title);
    new Select(browser.waitFor(By.id("opening:target"))).selectByValue("tier:silver");
    String sum = browser.text(By.id("opening:sum"));
    assertTrue(sum.contains("推薦枠の合計") && sum.contains("定員 30"), sum);
    browser.driver().findElement(By.id("opening:openRound")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("office/nomination-round.xhtml"));
    String roundUrl = browser.driver().getCurrentUrl();
    assertTrue(browser.text(By.id("messages")).contains(title));
    browser.close();

    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.MANAGER);
    browser.open("manager/nominations.xhtml");
    browser.driver().findElement(By.linkText(title)).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("round="));
    String left = browser.text(By.id("quota-left"));
    assertTrue(left.contains("残り"), left);
    List<WebElement> reasons =
        browser.driver().findElements(By.cssSelector("input[id$=':reason']"));
    assertTrue(!reasons.isEmpty(), "someone of the team may be nominated");
    String who =
        browser
            .driver()
            .findElement(By.cssSelector("[id='nominate:candidates_data'] > tr td.employee-no"))
            .getText()
            .strip();
    reasons.get(0).sendKeys("kintoneで課の申請業務を改善した");
    browser.driver().findElements(By.cssSelector("button[id$=':nominateButton']")).get(0).click();
    browser.waitUntil(d -> browser.text(By.id("messages")).contains("推薦しました"));
    browser.waitUntil(d -> browser.text(By.id("nominate:nominated")).contains(who));
    assertTrue(browser.text(By.id("nominate:nominated")).contains("選考中"));
    browser.close();

    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.TRAINING_OFFICE);
    browser.driver().get(roundUrl);
    String nominations = browser.text(By.id("round:nominations"));
    assertTrue(nominations.contains(who) && nominations.contains("kintoneで課の申請業務"), nominations);
    browser.driver().findElement(By.cssSelector("button[id$=':select']")).click();
    browser.waitUntil(d -> browser.text(By.id("messages")).contains("選出しました"));
    browser.waitUntil(d -> browser.text(By.id("round:nominations")).contains("選出"));
  }
}
