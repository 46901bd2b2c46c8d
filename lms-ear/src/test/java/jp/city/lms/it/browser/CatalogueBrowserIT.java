package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.city.lms.curriculum.control.CatalogueFilter;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.it.Deployments;
import jp.city.lms.it.TestData;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A member of staff reads the catalogue in Chromium: the tiers and what they require, the course
 * list narrowed by filters and found by search, and a course's page with its upcoming offerings, in
 * Japanese and in English. The expected answers come from the same content folder the server
 * loaded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

  private static final String PAGE = "staff/catalogue.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private static ProgrammeContent content;
  private Browser browser;

  @BeforeAll
  static void loadTheContent() throws Exception {
    content = new ContentLoader().load(Path.of(System.getProperty("lms.content.dir")));
  }

  @BeforeEach
  void logIn() {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.STAFF);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot("catalogue-" + test.getTestMethod().orElseThrow().getName());
    browser.close();
  }

  @Test
  void theTiersShowWhatEachRequiresAndItsYearlyTargets() {
    openCatalogue();

    String silver = browser.text(By.id("tier-silver"));
    assertTrue(silver.contains("シルバー（実行）人材"), silver);
    assertTrue(silver.contains("前提: ブロンズ（活用）人材 の認定"), silver);
    assertTrue(silver.contains("kintoneハンズオン研修"), silver);
    assertTrue(silver.contains("選択必修（1つ以上）"), silver);
    assertTrue(silver.contains("令和7年度: 700 人"), silver);
    String gold = browser.text(By.id("tier-gold"));
    assertTrue(gold.contains("令和6年度: 60 人"), gold);
    assertFalse(gold.contains("令和5年度"), "gold is trained from FY2024");
    assertTrue(browser.text(By.id("tier-bronze")).contains("令和5年度: 全職員"));
    assertTrue(browser.text(By.id("programme")).contains("2,400"));
  }

  @Test
  void filtersNarrowTheListByTierFormatAndSkill() {
    openCatalogue();
    assertEquals(codes(CatalogueFilter.all()), shownCodes());

    CurriculumSteps.choose(browser, "catalogue:tier", "ゴールド（戦略）人材");
    waitForCodes(codes(new CatalogueFilter(null, "gold", null, null, null)));

    CurriculumSteps.choose(browser, "catalogue:tier", "階層別研修（ティアなし）");
    waitForCodes(codes(new CatalogueFilter(null, "none", null, null, null)));

    browser.driver().findElement(By.id("catalogue:clear")).click();
    waitForCodes(codes(CatalogueFilter.all()));
    CurriculumSteps.choose(browser, "catalogue:format", "e-ラーニング");
    List<String> eLearning =
        codes(new CatalogueFilter(null, null, CourseFormat.E_LEARNING, null, null));
    waitForCodes(eLearning);
    assertTrue(eLearning.stream().allMatch(c -> c.startsWith("BR-")), eLearning::toString);

    browser.driver().findElement(By.id("catalogue:clear")).click();
    waitForCodes(codes(CatalogueFilter.all()));
    String skill = "DSS-P-BA-01";
    String skillName = content.skills().skill(skill).orElseThrow().name().ja();
    CurriculumSteps.choose(browser, "catalogue:skill", skillName + " (" + skill + ")");
    List<String> withSkill = codes(new CatalogueFilter(null, null, null, skill, null));
    waitForCodes(withSkill);
    assertTrue(withSkill.contains("SV-BPR"));
  }

  @Test
  void searchFindsJapaneseDescriptionsAndTitlesTypedInHiragana() {
    openCatalogue();

    search("業務量調査");
    waitForCodes(List.of("SV-BPR"));

    search("せきゅりてぃ");
    List<String> security = codes(new CatalogueFilter("せきゅりてぃ", null, null, null, null));
    assertTrue(security.contains("BR-SECURITY"), security::toString);
    waitForCodes(security);

    search("kintone");
    waitForCodes(codes(new CatalogueFilter("kintone", null, null, null, null)));

    search("存在しない研修");
    browser.waitUntil(d -> browser.text(By.id("count")).equals("0 件"));
    assertTrue(browser.text(By.id("catalogue:courses")).contains("条件に合うコースはありません"));
  }

  @Test
  void theCoursePageShowsDetailsOutlineAndSkillsInJapaneseAndEnglish() {
    CourseDefinition bpr = content.course("SV-BPR").orElseThrow();
    openCatalogue();
    browser.type(By.id("catalogue:text"), "BPR");
    browser.driver().findElement(By.id("catalogue:find")).click();
    browser.waitUntil(d -> shownCodes().equals(List.of("SV-BPR")));
    browser.driver().findElement(By.linkText("BPRワークショップ")).click();

    browser.waitFor(By.id("facts"));
    assertEquals("BPRワークショップ", browser.text(By.tagName("h1")));
    assertEquals("240分（4時間）", browser.text(By.id("duration")));
    assertEquals("ワークショップ", browser.text(By.id("format")));
    assertEquals("シルバー（実行）人材", browser.text(By.id("tier")));
    List<String> outline =
        browser.driver().findElements(By.cssSelector("#outline li")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(bpr.outline().stream().map(s -> s.ja()).toList(), outline);
    String skills = browser.text(By.id("skills"));
    for (String code : bpr.skills().keySet()) {
      assertTrue(skills.contains(content.skills().skill(code).orElseThrow().name().ja()), code);
    }
    assertTrue(browser.text(By.id("part-of")).contains("シルバー（実行）人材 の必修"));

    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("BPR workshop"));
    assertEquals("240 min (4 h)", browser.text(By.id("duration")));
    assertEquals(
        bpr.outline().stream().map(s -> s.en()).toList(),
        browser.driver().findElements(By.cssSelector("#outline li")).stream()
            .map(WebElement::getText)
            .toList());
    assertTrue(browser.text(By.id("part-of")).contains("Required for Silver (implementer) talent"));
  }

  @Test
  void theCoursePageShowsUpcomingOfferingsWithSeatsLeftAndTheFiscalYear() {
    LocalDate day = LocalDate.now().plusDays(25);
    String venue = "カタログ確認会場 " + TestData.unique();
    try (Browser office = new Browser(base)) {
      CurriculumSteps.logIn(office, Role.TRAINING_OFFICE);
      OfferingForm form = new OfferingForm(office);
      form.openPage();
      form.openNew();
      form.chooseCourse("データ活用研修 (SV-DATA)");
      form.dates(day.atTime(13, 30), day.atTime(15, 30), day.minusDays(5));
      form.type("venue", venue);
      form.type("capacity", "24");
      form.save();
      form.waitUntilClosed();
    }

    browser.open("staff/course.xhtml?code=SV-DATA");
    browser.waitUntil(d -> d.findElement(By.id("enrol:offerings")).getText().contains(venue));
    WebElement row = offeringRow(venue);
    int fiscalYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    String text = row.getText();
    assertTrue(text.contains(Browser.japaneseDate(day) + " 13:30-15:30"), text);
    assertTrue(text.contains("令和" + (fiscalYear - 2018) + "年度"), text);
    assertTrue(text.contains("24 / 24 席"), text);

    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Using data"));
    text = offeringRow(venue).getText();
    assertTrue(text.contains("FY" + fiscalYear), text);
    assertTrue(text.contains("24 of 24 seats"), text);
    assertTrue(
        text.contains(
            day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + " "
                + day.getDayOfMonth()
                + " "
                + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + " "
                + day.getYear()
                + ", 13:30-15:30"),
        text);

    browser.open(PAGE);
    browser.waitFor(By.id("catalogue:courses"));
    CurriculumSteps.choose(browser, "catalogue:fiscalYear", "FY" + fiscalYear);
    browser.waitUntil(d -> shownCodes().contains("SV-DATA"));
  }

  @Test
  void anUnknownCodeSaysSo() {
    browser.open("staff/course.xhtml?code=NO-SUCH-COURSE");
    assertTrue(browser.text(By.id("course-not-found")).contains("NO-SUCH-COURSE"));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private void openCatalogue() {
    browser.open(PAGE);
    browser.waitFor(By.id("catalogue:courses"));
  }

  private void search(String text) {
    browser.type(By.id("catalogue:text"), text);
    browser.driver().findElement(By.id("catalogue:find")).click();
  }

  private static List<String> codes(CatalogueFilter filter) {
    return filter.apply(content, Set.of()).stream().map(CourseDefinition::code).toList();
  }

  private List<String> shownCodes() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='catalogue:courses_data'] .course-code"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private void waitForCodes(List<String> expected) {
    browser.waitUntil(d -> shownCodes().equals(expected));
  }

  private WebElement offeringRow(String venue) {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='enrol:offerings_data'] > tr"))
        .stream()
        .filter(r -> r.getText().contains(venue))
        .findFirst()
        .orElseThrow();
  }
}
