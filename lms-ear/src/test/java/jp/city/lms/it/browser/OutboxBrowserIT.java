package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * The training office's outbox page: notices found by employee number, and the one that could not
 * be sent for want of an email address shown as held with the reason, in Japanese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.screenshot("outbox");
      browser.close();
    }
  }

  @Test
  void findsAPersonsNoticesAndShowsHeldOnesWithTheReason() throws Exception {
    String office = DemoData.logins().get(Role.TRAINING_OFFICE);
    WebSession client = new WebSession(base);
    HttpResponse<String> made =
        client.send(
            HttpRequest.newBuilder(client.uri("api/it/notices"))
                .header("Authorization", WebSession.basic(office, DemoData.PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(200, made.statusCode(), made.body());
    String[] people = made.body().strip().split(" ");

    browser = new Browser(base);
    browser.logIn(office, DemoData.PASSWORD);
    browser.driver().findElement(By.id("nav-outbox")).click();
    browser.waitFor(By.id("outbox:notices"));

    browser.type(By.id("outbox:employeeNo"), people[1]);
    browser.driver().findElement(By.id("outbox:find")).click();
    browser.waitUntil(d -> rows().size() == 1 && rows().get(0).getText().contains(people[1]));
    String held = rows().get(0).getText();
    assertTrue(held.contains("保留"), held);
    assertTrue(held.contains("職員台帳にメールアドレスがありません"), held);

    browser.driver().findElement(By.id("outbox:employeeNo")).clear();
    browser.type(By.id("outbox:employeeNo"), people[0]);
    browser.driver().findElement(By.id("outbox:find")).click();
    browser.waitUntil(
        d -> rows().size() == 2 && rows().stream().allMatch(r -> r.getText().contains(people[0])));
    assertTrue(rows().get(0).getText().contains("@city.example"), rows().get(0).getText());
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#outbox\\:notices tbody tr[data-ri]"));
  }
}
