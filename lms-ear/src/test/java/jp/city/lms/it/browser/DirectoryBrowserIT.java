package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.demo.control.CityGenerator;
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
 * The training office's staff directory in Chromium over the demo city: the expected answers come
 * from the same seeded generator that loaded it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryBrowserIT {

  private static final Pattern REPORT = Pattern.compile("(\\d+)-(\\d+) / (\\d+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final CityGenerator.Snapshot city =
      DemoData.city().snapshot(DemoData.currentFiscalYear());
  private Browser browser;

  @BeforeEach
  void logIn() {
    browser = new Browser(base);
    browser.logIn(DemoData.logins().get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    browser.open("office/directory.xhtml");
    browser.waitFor(By.id("directory:staff"));
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot("directory-" + test.getTestMethod().orElseThrow().getName());
    browser.close();
  }

  @Test
  void searchesByKanaTypedInHiragana() {
    CityGenerator.Person someone = city.staff().get(city.staff().size() / 2);
    String hiragana = toHiragana(someone.nameKana());
    browser.type(By.id("directory:text"), hiragana);
    browser.driver().findElement(By.id("directory:find")).click();
    browser.waitUntil(d -> rows().stream().allMatch(r -> r.getText().contains(someone.nameKana())));
    long expected =
        city.staff().stream()
            .filter(p -> !"退職".equals(p.status()))
            .filter(
                p -> p.nameKana().replace("　", "").contains(someone.nameKana().replace("　", "")))
            .count();
    assertEquals(Math.min(expected, 25), rows().size());
    assertTrue(browser.text(By.id("directory:staff")).contains(someone.employeeNo()));
  }

  @Test
  void filtersByAWardOfficeAndEverythingUnderIt() {
    CityGenerator.Org ward =
        city.orgs().stream().filter(o -> o.name().equals("小倉北区役所")).findFirst().orElseThrow();
    browser.driver().findElement(By.id("directory:org")).click();
    browser.type(By.id("directory:org_filter"), ward.name());
    browser
        .waitFor(
            By.xpath("//li[@data-label and normalize-space(@data-label)='" + ward.name() + "']"))
        .click();
    browser.driver().findElement(By.id("directory:find")).click();
    long expected = employedUnder(ward.code());
    browser.waitUntil(d -> total() == expected);
    assertTrue(expected > 100, "a ward office has many staff: " + expected);
  }

  @Test
  void pagesAndSortsThroughThousands() {
    int total = total();
    assertTrue(total >= 8_000, "the whole city: " + total);
    browser.driver().findElement(By.cssSelector("#directory\\:staff .ui-paginator-next")).click();
    browser.waitUntil(d -> report().group(1).equals("26"));
    assertEquals("50", report().group(2));

    employeeNoHeader().click();
    browser.waitUntil(d -> "ascending".equals(employeeNoHeader().getAttribute("aria-sort")));
    employeeNoHeader().click();
    browser.waitUntil(d -> "descending".equals(employeeNoHeader().getAttribute("aria-sort")));
    String highest =
        city.staff().stream()
            .filter(p -> !"退職".equals(p.status()))
            .map(CityGenerator.Person::employeeNo)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    browser.waitUntil(d -> firstRowNumber().compareTo(highest) >= 0);
  }

  private WebElement employeeNoHeader() {
    return browser.driver().findElement(By.cssSelector("#directory\\:staff th.employee-no"));
  }

  private long employedUnder(String code) {
    Map<String, String> parents = new HashMap<>();
    city.orgs().forEach(o -> parents.put(o.code(), o.parentCode()));
    return city.staff().stream()
        .filter(p -> !"退職".equals(p.status()))
        .filter(
            p -> {
              for (String c = p.orgCode(); c != null; c = parents.get(c)) {
                if (c.equals(code)) {
                  return true;
                }
              }
              return false;
            })
        .count();
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#directory\\:staff_data tr"));
  }

  private String firstRowNumber() {
    return browser
        .driver()
        .findElement(By.cssSelector("#directory\\:staff_data tr td.employee-no"))
        .getText()
        .strip();
  }

  private Matcher report() {
    Matcher m =
        REPORT.matcher(
            browser.text(By.cssSelector("#directory\\:staff .ui-paginator-current")).strip());
    assertTrue(m.find());
    return m;
  }

  private int total() {
    return Integer.parseInt(report().group(3));
  }

  private static String toHiragana(String katakana) {
    StringBuilder out = new StringBuilder();
    katakana
        .codePoints()
        .map(c -> c >= 'ァ' && c <= 'ヶ' ? c - ('ァ' - 'ぁ') : c)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
