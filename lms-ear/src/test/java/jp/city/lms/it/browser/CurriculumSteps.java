package jp.city.lms.it.browser;

import jp.city.lms.demo.boundary.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What the curriculum's browser tests do the same way: log in, and choose from a select menu. */
final class CurriculumSteps {

  private CurriculumSteps() {}

  /** Logs in with the demo login of a role and waits until the home page is there. */
  static void logIn(Browser browser, String role) {
    browser.logIn(DemoData.logins().get(role), DemoData.PASSWORD);
    browser.waitFor(By.id("welcome"));
  }

  /**
   * Chooses an item of a PrimeFaces select menu by its label, as a person clicks it: opens the
   * menu, waits for its panel to finish appearing, clicks the item and waits for the panel to
   * close.
   */
  static void choose(Browser browser, String menuId, String label) {
    By panel = By.id(menuId + "_panel");
    By item =
        By.xpath(
            "//*[@id='"
                + menuId
                + "_panel']//li[@data-label and normalize-space(@data-label)='"
                + label
                + "']");
    browser.driver().findElement(By.id(menuId)).click();
    browser.waitUntil(
        d -> {
          WebElement p = d.findElement(panel);
          return p.isDisplayed() && "1".equals(p.getCssValue("opacity"));
        });
    browser.waitFor(item).click();
    browser.waitUntil(d -> !d.findElement(panel).isDisplayed());
  }
}
