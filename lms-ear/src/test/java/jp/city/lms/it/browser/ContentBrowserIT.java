package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.openqa.selenium.WebElement;

/**
 * An administrator reviews the content version in use and its history, and reloads: a broken copy
 * of the content folder is refused with every error's file, line and field, and the version in use
 * stays. The tests only ever load the real folder or a broken copy, so the content stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;
  private Path copy;
  private final Path realContent = Path.of(System.getProperty("lms.content.dir"));

  @BeforeEach
  void logIn() throws IOException {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.ADMIN);
    copy = Files.createTempDirectory("lms-content-browser-");
    try (Stream<Path> paths = Files.walk(realContent)) {
      for (Path from : paths.toList()) {
        Path to = copy.resolve(realContent.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    browser.open("admin/content.xhtml");
    browser.waitFor(By.id("digest"));
  }

  @AfterEach
  void close(TestInfo test) throws IOException {
    browser.screenshot("content-" + test.getTestMethod().orElseThrow().getName());
    browser.close();
    try (Stream<Path> paths = Files.walk(copy)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void aBrokenFolderIsRefusedWithFileLineAndFieldAndTheVersionStays() throws IOException {
    String digest = browser.text(By.id("digest"));
    Path tiers = copy.resolve("tiers.yaml");
    Files.writeString(
        tiers,
        Files.readString(tiers, StandardCharsets.UTF_8)
            .replace("[SV-AI-RPA, SV-DATA]", "[SV-AI-RPA, SV-DATTA]"),
        StandardCharsets.UTF_8);
    int line = lineOf(tiers, "SV-DATTA");

    browser.type(By.id("content:folder"), copy.toString());
    browser.driver().findElement(By.id("content:reload")).click();

    browser.waitFor(By.id("content:errors"));
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("[id='content:errors_data'] > tr"));
    assertEquals(1, rows.size());
    assertEquals("tiers.yaml", rows.get(0).findElement(By.cssSelector(".error-file")).getText());
    assertEquals(
        String.valueOf(line), rows.get(0).findElement(By.cssSelector(".error-line")).getText());
    assertTrue(
        rows.get(0).findElement(By.cssSelector(".error-field")).getText().startsWith("tiers[1]"));
    assertTrue(
        rows.get(0).findElement(By.cssSelector(".error-message")).getText().contains("SV-DATTA"));
    assertTrue(browser.text(By.id("messages")).contains("誤りが 1 件あるため読み込みませんでした"));
    assertEquals(digest, browser.text(By.id("digest")), "the version in use stays");
  }

  @Test
  void reloadingTheSameFilesChangesNothingAndTheHistoryShowsWhatChanged() {
    String digest = browser.text(By.id("digest"));
    assertEquals(
        realContent.toString(),
        browser.driver().findElement(By.id("content:folder")).getAttribute("value"));

    browser.driver().findElement(By.id("content:reload")).click();

    browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("ファイルに変更はありません"));
    assertEquals(digest, browser.text(By.id("digest")));
    assertTrue(browser.text(By.id("content:history")).contains(digest));

    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Programme content"));
    assertTrue(browser.text(By.id("content:history")).contains("What changed"));
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }
}
