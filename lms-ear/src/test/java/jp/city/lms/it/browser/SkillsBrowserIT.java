package jp.city.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Self-assessment in Chromium: a member of staff opens their skill profile, reads the level scale
 * in their language, assesses themself on a skill of their target, and sees the level in the
 * profile and in what the REST contract answers; their manager assesses them on the same page, and
 * someone outside the manager's team gets no form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SkillsBrowserIT {

  private static final String CATEGORY = "DSS-L-WHY";
  private static final String SKILL = "DSS-L-WHY-01";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private Browser browser;

  @AfterEach
  void close(TestInfo test) {
    if (browser != null) {
      browser.screenshot("skills-" + test.getTestMethod().orElseThrow().getName());
      browser.close();
    }
  }

  private WebElement form() {
    return browser
        .driver()
        .findElement(By.cssSelector("form.self-assessment[data-category='" + CATEGORY + "']"));
  }

  private List<WebElement> choices() {
    return form()
        .findElements(By.cssSelector("fieldset[data-skill='" + SKILL + "'] input[type=radio]"));
  }

  private String inTable(String source) {
    return browser
        .driver()
        .findElement(By.cssSelector("tr[data-skill='" + SKILL + "'] td." + source))
        .getText()
        .strip();
  }

  /** Clicks a level other than the one the form starts from, so it has something to record. */
  private static int chooseAnotherLevel(List<WebElement> choices) {
    int present = -1;
    for (WebElement choice : choices) {
      if (choice.isSelected()) {
        present = Integer.parseInt(choice.getAttribute("value"));
      }
    }
    int chosen = present == 2 ? 3 : 2;
    choices.stream()
        .filter(c -> c.getAttribute("value").equals(String.valueOf(chosen)))
        .findFirst()
        .orElseThrow()
        .click();
    return chosen;
  }

  private Integer byRest(String employeeNo, String source) throws Exception {
    WebSession client = new WebSession(base);
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(client.uri("api/staff/" + employeeNo + "/skills"))
                .header(
                    "Authorization",
                    WebSession.basic(
                        DemoData.logins().get(Role.TRAINING_OFFICE), DemoData.PASSWORD))
                .build());
    assertEquals(200, answer.statusCode(), answer.body());
    var skill =
        Json.createReader(new StringReader(answer.body())).readArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("skill").equals(SKILL))
            .findFirst()
            .orElseThrow();
    return skill.isNull(source) ? null : skill.getInt(source);
  }

  @Test
  void staffAssessThemselvesWithTheScaleInTheirLanguageAndSeeTheLevel() throws Exception {
    String staff = DemoData.logins().get(Role.STAFF);
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.STAFF);

    browser.open("staff/skills.xhtml");
    browser.waitFor(By.cssSelector("form.self-assessment[data-category='" + CATEGORY + "']"));
    assertTrue(
        browser.text(By.id("who")).contains(staff),
        "the person's own profile: " + browser.text(By.id("who")));
    String form = form().getText();
    assertTrue(form.contains("助言や手本があれば、自分の業務で実践できる。"), form);
    assertEquals(5, choices().size(), "one choice per level of the scale");
    assertTrue(
        browser.driver().findElements(By.cssSelector("canvas")).size() >= 1,
        "a chart per category");

    int chosen = chooseAnotherLevel(choices());
    form().findElement(By.cssSelector("button.save-self")).click();

    browser.waitUntil(d -> browser.text(By.id("messages")).contains("1 件の自己評価を記録しました"));
    browser.waitUntil(d -> inTable("self").equals(String.valueOf(chosen)));
    assertEquals(chosen, byRest(staff, "self"));

    // saving again without a change records nothing
    form().findElement(By.cssSelector("button.save-self")).click();
    browser.waitUntil(d -> browser.text(By.id("messages")).contains("変更がないため"));

    browser.driver().findElement(By.id("headerForm:lang-en")).click();
    browser.waitUntil(d -> form().getText().contains("Can apply it in their own work"));
    assertTrue(form().getText().contains("Self-assessment"), form().getText());
  }

  @Test
  void aManagerSeesTheTeamsSkillMapColouredByGapAndOpensAProfile() {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.MANAGER);

    browser.open("staff/skill-map.xhtml");
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("category")))
        .selectByValue("DSS-L-HOW");
    browser.driver().findElement(By.id("show")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("category=DSS-L-HOW"));

    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("[id='map-form:map_data'] > tr"));
    assertTrue(rows.size() > 1, "the team: " + rows.size() + " people");
    assertTrue(
        !browser.driver().findElements(By.cssSelector(".map-level.gap-met")).isEmpty()
            && !browser.driver().findElements(By.cssSelector(".map-level.gap-short")).isEmpty(),
        "cells coloured by gap");
    String header = browser.text(By.id("map-form:map_head"));
    assertTrue(header.contains("情報セキュリティ"), header);

    WebElement person = rows.get(1).findElement(By.cssSelector("a"));
    String name = person.getText();
    person.click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("staff/skills.xhtml"));
    assertTrue(browser.text(By.id("who")).contains(name), browser.text(By.id("who")));
    assertTrue(
        browser.driver().findElements(By.cssSelector("form.self-assessment")).isEmpty(),
        "a manager does not self-assess someone else");
  }

  @Test
  void aManagerAssessesSomeoneOfTheTeamOnTheirProfile() throws Exception {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.MANAGER);
    browser.open("staff/skill-map.xhtml");
    String manager = DemoData.logins().get(Role.MANAGER);
    String member =
        browser.waitFor(By.id("map-form:map_data")).findElements(By.cssSelector("tr a")).stream()
            .map(a -> a.getAttribute("href").replaceAll(".*[?&]no=([^&]+).*", "$1"))
            .filter(no -> !no.equals(manager))
            .findFirst()
            .orElseThrow();
    browser.open("staff/skills.xhtml?no=" + member);

    By managerForm = By.cssSelector("form.manager-assessment[data-category='" + CATEGORY + "']");
    browser.waitFor(managerForm);
    assertTrue(
        browser.driver().findElements(By.cssSelector("form.self-assessment")).isEmpty(),
        "the manager's form, not the person's own");
    String before = inTable("self");
    int chosen =
        chooseAnotherLevel(
            browser
                .driver()
                .findElement(managerForm)
                .findElements(
                    By.cssSelector("fieldset[data-skill='" + SKILL + "'] input[type=radio]")));
    browser
        .driver()
        .findElement(managerForm)
        .findElement(By.cssSelector("button.save-manager"))
        .click();

    browser.waitUntil(d -> browser.text(By.id("messages")).contains("1 件の所属長評価を記録しました"));
    browser.waitUntil(d -> inTable("manager").equals(String.valueOf(chosen)));
    assertEquals(before, inTable("self"), "the person's own view stays as it was");
    assertEquals(chosen, byRest(member, "manager"));

    // the manager's own profile offers them the self-assessment, someone outside the team no form
    browser.open("staff/skills.xhtml");
    browser.waitFor(By.cssSelector("form.self-assessment"));
    browser.open("staff/skills.xhtml?no=" + DemoData.logins().get(Role.TRAINING_OFFICE));
    browser.waitFor(By.id("forbidden"));
    assertTrue(
        browser.driver().findElements(By.cssSelector("form.manager-assessment")).isEmpty(),
        "no form outside the team");
  }

  @Test
  void theOfficeFindsPeopleBySkillAndOpensTheBestFitsProfile() {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.TRAINING_OFFICE);

    browser.open("staff/talent-search.xhtml");
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("skill1")))
        .selectByValue("DSS-L-HOW-02");
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("level1")))
        .selectByValue("2");
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("source")))
        .selectByValue("TEST");
    browser.driver().findElement(By.id("search")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("skill1=DSS-L-HOW-02"));

    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("[id='found-form:found_data'] > tr"));
    assertTrue(rows.size() > 5, "the demo's tested staff: " + rows.size());
    int best =
        Integer.parseInt(
            rows.get(0).findElement(By.cssSelector("td.fit")).getText().strip().substring(1));
    int last =
        Integer.parseInt(
            rows.get(rows.size() - 1)
                .findElement(By.cssSelector("td.fit"))
                .getText()
                .strip()
                .substring(1));
    assertTrue(best >= last, "the best fit first");
    for (WebElement row : rows.subList(0, 5)) {
      assertTrue(
          Integer.parseInt(row.findElement(By.cssSelector("td.level1")).getText().strip()) >= 2);
    }

    WebElement person = rows.get(0).findElement(By.cssSelector("a.found-person"));
    String name = person.getText();
    person.click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("staff/skills.xhtml"));
    assertTrue(browser.text(By.id("who")).contains(name), browser.text(By.id("who")));
  }

  @Test
  void staffCannotOpenSomeoneElsesProfile() {
    browser = new Browser(base);
    CurriculumSteps.logIn(browser, Role.STAFF);

    browser.open("staff/skills.xhtml?no=" + DemoData.logins().get(Role.TRAINING_OFFICE));

    browser.waitFor(By.id("forbidden"));
    assertTrue(
        browser.driver().findElements(By.cssSelector("form.self-assessment")).isEmpty(),
        "no form for someone else");
  }
}
