package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.it.Deployments;
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

/** Logging in and out in Chromium, in Japanese and in English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final Map<String, String> logins = DemoData.logins();
  private Browser browser;

  @BeforeEach
  void open() {
    browser = new Browser(base);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot("login-" + test.getTestMethod().orElseThrow().getName());
    browser.close();
  }

  @Test
  void staffLogInAndSeeTheirNameRoleAndOnlyTheirMenu() {
    browser.logIn(logins.get(Role.STAFF), DemoData.PASSWORD);
    assertTrue(browser.text(By.id("welcome")).contains("ようこそ"));
    assertEquals("受講者", browser.text(By.id("roles")));
    assertTrue(browser.driver().findElements(By.id("nav-directory")).isEmpty());
    assertEquals("ja", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
    browser.logIn(logins.get(Role.STAFF), "wrong-password");
    String wrongPassword = browser.text(By.id("messages"));
    assertTrue(wrongPassword.contains("ログインできませんでした"), wrongPassword);
    browser.logIn("9999999", DemoData.PASSWORD);
    assertEquals(wrongPassword, browser.text(By.id("messages")));
    assertTrue(browser.driver().findElements(By.id("welcome")).isEmpty());
  }

  @Test
  void aProtectedPageAsksForLoginThenOpens() {
    browser.open("office/directory.xhtml");
    browser.waitFor(By.id("login:username"));
    browser.type(By.id("login:username"), logins.get(Role.TRAINING_OFFICE));
    browser.type(By.id("login:password"), DemoData.PASSWORD);
    browser.driver().findElement(By.id("login:submit")).click();
    browser.waitFor(By.id("directory:staff"));
    assertTrue(browser.driver().getCurrentUrl().endsWith("/office/directory.xhtml"));
  }

  @Test
  void logoutEndsTheSession() {
    browser.logIn(logins.get(Role.MANAGER), DemoData.PASSWORD);
    assertEquals("受講者所属長", browser.text(By.id("roles")).replace(" ", "").replace("\n", ""));
    browser.driver().findElement(By.id("headerForm:logout")).click();
    browser.waitFor(By.id("login:username"));
    browser.open("index.xhtml");
    browser.waitFor(By.id("login:username"));
    assertFalse(browser.driver().getCurrentUrl().endsWith("index.xhtml"));
  }

  @Test
  void pagesSpeakEnglishAfterTheSwitch() {
    browser.open("login.xhtml");
    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(d -> d.findElement(By.id("login:submit")).getText().equals("Log in"));
    browser.type(By.id("login:username"), logins.get(Role.ADMIN));
    browser.type(By.id("login:password"), DemoData.PASSWORD);
    browser.driver().findElement(By.id("login:submit")).click();
    assertTrue(browser.text(By.id("welcome")).startsWith("Welcome"));
    assertEquals("Staff directory", browser.text(By.id("nav-directory")));
    assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
  }
}
