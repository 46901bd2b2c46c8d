package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import jp.city.lms.audit.boundary.AuditLog;
import jp.city.lms.audit.entity.AuditEntry;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Skills through the REST contract against the real database: an assessment stored and answered,
 * every rule of the data (422), every source's access rule (403) and the unknown person (404); the
 * profile's access as for learning; the latest of each source as of a date; the target by the tier
 * held then.
 */
@ExtendWith(ArquillianExtension.class)
class SkillsIT {

  private static final String PASSWORD = "skills-pass-1";
  private static final String WHY = "DSS-L-WHY-01";
  private static final String BA = "DSS-P-BA-01";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB Curriculum curriculum;
  @EJB AuditLog log;
  @EJB AsAdmin asAdmin;
  @EJB SkillFixtures fixtures;
  @Inject CityClock clock;
  @PersistenceContext EntityManager em;

  /** A section chief, a clerk in a unit below the section, a clerk in the section. */
  private String chief;

  private String clerk;
  private String colleague;
  private String outsider;
  private String officer;
  private String admin;

  @BeforeEach
  void aSectionWithASubUnitItsChiefAndStaffAndAnOfficeElsewhere() {
    String prefix = TestData.unique();
    String section = prefix + "S";
    String team = prefix + "T";
    String elsewhere = prefix + "X";
    data.unit(section, "評価課", "課", null);
    data.unit(team, "評価係", "係", section);
    data.unit(elsewhere, "他課", "課", null);
    chief = prefix + "H";
    clerk = prefix + "A";
    colleague = prefix + "B";
    outsider = prefix + "Z";
    officer = prefix + "O";
    admin = prefix + "D";
    data.staff(chief, "課長　一", null, section, "課長", StaffStatus.ACTIVE);
    data.staff(clerk, "職員　二", null, team, "係員", StaffStatus.ACTIVE, chief);
    data.staff(colleague, "職員　三", null, section, "係員", StaffStatus.ACTIVE, chief);
    data.staff(outsider, "他課　四", null, elsewhere, "係員", StaffStatus.ACTIVE);
    data.staff(officer, "研修　五", null, elsewhere, "係員", StaffStatus.ACTIVE);
    data.staff(admin, "管理　六", null, elsewhere, "係員", StaffStatus.ACTIVE);
    for (String no : List.of(chief, clerk, colleague, outsider)) {
      data.account(no, PASSWORD, Role.STAFF);
    }
    data.account(officer, PASSWORD, Role.TRAINING_OFFICE);
    data.account(admin, PASSWORD, Role.ADMIN);
  }

  private static HttpResponse<String> call(
      String method, String path, String user, String body, String language) throws Exception {
    WebSession client = new WebSession(Servers.base());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(client.uri(path))
            .header("Authorization", WebSession.basic(user, PASSWORD))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build());
  }

  private static HttpResponse<String> assess(
      String user, String no, String skill, Object level, String source, String on)
      throws Exception {
    return assess(user, no, skill, level, source, on, "ja");
  }

  private static HttpResponse<String> assess(
      String user, String no, String skill, Object level, String source, String on, String lang)
      throws Exception {
    String body =
        "{\"employeeNo\": \""
            + no
            + "\", \"skill\": \""
            + skill
            + "\", \"level\": "
            + level
            + ", \"source\": \""
            + source
            + "\", \"assessedOn\": \""
            + on
            + "\"}";
    return call("POST", "api/assessments", user, body, lang);
  }

  private static HttpResponse<String> skills(String user, String no, String asOf) throws Exception {
    return call(
        "GET",
        "api/staff/" + no + "/skills" + (asOf == null ? "" : "?asOf=" + asOf),
        user,
        null,
        "ja");
  }

  private static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  /** The element of one skill in a profile answer. */
  private static JsonObject skill(HttpResponse<String> answer, String code) {
    assertEquals(200, answer.statusCode(), answer.body());
    JsonArray profile = Json.createReader(new StringReader(answer.body())).readArray();
    return profile.stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("skill").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " missing from " + answer.body()));
  }

  private static void assertLevels(
      JsonObject skill, Integer self, Integer manager, Integer test, Integer target) {
    assertLevel(skill, "self", self);
    assertLevel(skill, "manager", manager);
    assertLevel(skill, "test", test);
    assertLevel(skill, "target", target);
  }

  private static void assertLevel(JsonObject skill, String key, Integer level) {
    assertTrue(skill.containsKey(key), key + " is written, null or not: " + skill);
    if (level == null) {
      assertTrue(skill.isNull(key), key + " in " + skill);
    } else {
      assertEquals(level, skill.getInt(key), key + " in " + skill);
    }
  }

  private static void assertRefused(HttpResponse<String> answer, int status, String error) {
    assertEquals(status, answer.statusCode(), answer.body());
    JsonObject body = json(answer);
    assertEquals(error, body.getString("error"), answer.body());
    assertFalse(body.getString("reason").isBlank());
  }

  @Test
  void staffAssessThemselvesAndGetTheStoredAssessmentAndAProfileOfEverySkill() throws Exception {
    HttpResponse<String> created = assess(clerk, clerk, WHY, 2, "SELF", "2025-06-01");

    assertEquals(201, created.statusCode(), created.body());
    JsonObject stored = json(created);
    assertTrue(stored.getJsonNumber("id").longValue() > 0);
    assertEquals(clerk, stored.getString("employeeNo"));
    assertEquals(WHY, stored.getString("skill"));
    assertEquals(2, stored.getInt("level"));
    assertEquals("SELF", stored.getString("source"));
    assertEquals("2025-06-01", stored.getString("assessedOn"));
    assertEquals(clerk, stored.getString("recordedBy"));
    assertEquals(curriculum.content().skills().version(), stored.getString("frameworkVersion"));
    assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(clerk + "/skills"));

    HttpResponse<String> profile = skills(clerk, clerk, null);
    int skillsInFramework =
        curriculum.content().skills().categories().stream().mapToInt(c -> c.skills().size()).sum();
    assertEquals(
        skillsInFramework,
        Json.createReader(new StringReader(profile.body())).readArray().size(),
        "one element per skill of the framework");
    assertLevels(skill(profile, WHY), 2, null, null, 1);
    assertLevels(skill(profile, BA), null, null, null, null);

    List<AuditEntry> audit =
        asAdmin.call(
            () ->
                log.find(
                    new AuditLog.Search(
                        clerk,
                        "assessment.recorded",
                        CityClock.systemToday().minusDays(1),
                        CityClock.systemToday()),
                    0,
                    10));
    assertEquals(1, audit.size());
    assertEquals(clerk, audit.get(0).getActor());
  }

  @Test
  void everyRuleOfTheDataAnswers422WithItsReasonAndRecordsNothing() throws Exception {
    String tomorrow = clock.today().plusDays(1).toString();
    assertRefused(assess(clerk, clerk, "DSS-X-99", 2, "SELF", "2025-06-01"), 422, "unknown skill");
    assertRefused(assess(clerk, clerk, WHY, 5, "SELF", "2025-06-01"), 422, "level outside scale");
    assertRefused(assess(clerk, clerk, WHY, -1, "SELF", "2025-06-01"), 422, "level outside scale");
    assertRefused(assess(clerk, clerk, WHY, 2, "SELF", tomorrow), 422, "future date");
    assertRefused(assess(clerk, clerk, WHY, 2, "SELF", "2025-13-01"), 422, "invalid date");
    assertRefused(assess(clerk, clerk, WHY, 2, "PEER", "2025-06-01"), 422, "unknown source");
    assertRefused(assess(clerk, clerk, WHY, null, "SELF", "2025-06-01"), 422, "missing field");
    assertRefused(
        assess(officer, clerk, WHY, 2, "TEST", "2023-03-31"),
        422,
        "not employed then"); // hired 2023-04-01
    assertRefused(
        assess(officer, "NO-SUCH-ONE", WHY, 2, "TEST", "2025-06-01"), 404, "unknown person");
    assertRefused(assess(clerk, clerk, WHY, "\"two\"", "SELF", "2025-06-01"), 400, "bad request");

    HttpResponse<String> english = assess(clerk, clerk, WHY, 9, "SELF", "2025-06-01", "en");
    assertEquals(422, english.statusCode());
    assertEquals("The level 9 is outside the scale (0 to 4).", json(english).getString("reason"));
    HttpResponse<String> japanese = assess(clerk, clerk, WHY, 9, "SELF", "2025-06-01");
    assertEquals("レベル 9 は尺度（0〜4）の外です。", json(japanese).getString("reason"));

    assertEquals(0L, assessmentsOf(clerk), "nothing was recorded");
  }

  @Test
  void eachSourceOnlyByWhomItsRuleAllows() throws Exception {
    String on = "2025-06-01";
    // SELF: the person, for themself
    assertEquals(201, assess(clerk, clerk, WHY, 1, "SELF", on).statusCode());
    assertRefused(assess(clerk, colleague, WHY, 1, "SELF", on), 403, "source not allowed");
    assertRefused(assess(chief, clerk, WHY, 1, "SELF", on), 403, "source not allowed");
    assertRefused(assess(officer, clerk, WHY, 1, "SELF", on), 403, "source not allowed");
    // MANAGER: a manager whose scope holds the person on the date, not for themself
    assertEquals(
        201, assess(chief, clerk, WHY, 2, "MANAGER", on).statusCode(), "below the section");
    assertEquals(201, assess(chief, colleague, WHY, 2, "MANAGER", on).statusCode());
    assertRefused(assess(chief, outsider, WHY, 2, "MANAGER", on), 403, "source not allowed");
    assertRefused(assess(chief, chief, WHY, 2, "MANAGER", on), 403, "source not allowed");
    assertRefused(assess(clerk, colleague, WHY, 2, "MANAGER", on), 403, "source not allowed");
    assertRefused(assess(officer, clerk, WHY, 2, "MANAGER", on), 403, "source not allowed");
    assertRefused(
        assess(chief, clerk, WHY, 2, "MANAGER", "2023-03-31"),
        403,
        "source not allowed"); // before anyone was in the section
    // TEST: the training office and administrators
    assertEquals(201, assess(officer, clerk, WHY, 3, "TEST", on).statusCode());
    assertEquals(201, assess(admin, outsider, WHY, 3, "TEST", on).statusCode());
    assertRefused(assess(chief, clerk, WHY, 3, "TEST", on), 403, "source not allowed");
    assertRefused(assess(clerk, clerk, WHY, 3, "TEST", on), 403, "source not allowed");

    assertEquals(3L, assessmentsOf(clerk));
    assertLevels(skill(skills(clerk, clerk, on), WHY), 1, 2, 3, 1);
  }

  @Test
  void theProfileForThePersonTheirManagersTheOfficeAndAdminsOnly() throws Exception {
    assertEquals(200, skills(clerk, clerk, null).statusCode());
    assertEquals(200, skills(chief, clerk, null).statusCode());
    assertEquals(200, skills(chief, colleague, null).statusCode());
    assertEquals(200, skills(officer, clerk, null).statusCode());
    assertEquals(200, skills(admin, clerk, null).statusCode());
    assertRefused(skills(clerk, colleague, null), 403, "forbidden");
    assertRefused(skills(clerk, chief, null), 403, "forbidden");
    assertRefused(skills(chief, outsider, null), 403, "forbidden");
    assertRefused(skills(officer, "NO-SUCH-ONE", null), 404, "not found");
    assertRefused(skills(officer, clerk, "2025-02-30"), 400, "bad request");
  }

  @Test
  void theLatestOfEachSourceAsOfADateAndEveryAssessmentKept() throws Exception {
    assertEquals(201, assess(clerk, clerk, WHY, 1, "SELF", "2024-04-01").statusCode());
    assertEquals(201, assess(clerk, clerk, WHY, 3, "SELF", "2025-04-01").statusCode());
    assertEquals(201, assess(chief, clerk, WHY, 2, "MANAGER", "2024-10-01").statusCode());
    // a test taken on 30 September, recorded after the manager's view
    assertEquals(201, assess(officer, clerk, WHY, 2, "TEST", "2024-09-30").statusCode());
    // a correction of the same day: the later one counts, the first stays in history
    assertEquals(201, assess(officer, clerk, WHY, 1, "TEST", "2024-09-30").statusCode());

    assertLevels(skill(skills(clerk, clerk, "2024-03-31"), WHY), null, null, null, 1);
    assertLevels(skill(skills(clerk, clerk, "2024-09-29"), WHY), 1, null, null, 1);
    assertLevels(skill(skills(chief, clerk, "2024-09-30"), WHY), 1, null, 1, 1);
    assertLevels(skill(skills(officer, clerk, "2024-10-01"), WHY), 1, 2, 1, 1);
    assertLevels(skill(skills(clerk, clerk, "2025-04-01"), WHY), 3, 2, 1, 1);
    assertEquals(5L, assessmentsOf(clerk), "nothing overwritten");
  }

  @Test
  void theTargetIsOfTheHighestTierHeldOnTheDate() throws Exception {
    data.achieved(clerk, "bronze", LocalDate.of(2023, 10, 1));
    data.achieved(clerk, "silver", LocalDate.of(2024, 7, 15));

    assertLevels(skill(skills(clerk, clerk, "2024-07-14"), WHY), null, null, null, 1);
    assertLevels(skill(skills(clerk, clerk, "2024-07-14"), BA), null, null, null, null);
    assertLevels(skill(skills(clerk, clerk, "2024-07-15"), WHY), null, null, null, 2);
    assertLevels(skill(skills(clerk, clerk, "2024-07-15"), BA), null, null, null, 2);
  }

  @Test
  void theSkillMapShowsTheManagersPeopleColouredByGapWithSharesOfFiveOrMoreAndExports()
      throws Exception {
    String on = "2025-06-01";
    assertEquals(201, assess(officer, clerk, WHY, 2, "TEST", on).statusCode());
    assertEquals(201, assess(chief, colleague, WHY, 0, "MANAGER", on).statusCode());
    WebSession manager = WebSession.loggedIn(Servers.base(), chief, PASSWORD);

    String page = "staff/skill-map.xhtml?category=DSS-L-WHY&asOf=" + on;
    HttpResponse<String> three = manager.get(page);
    assertEquals(200, three.statusCode());
    String body = three.body();
    assertTrue(body.contains(clerk) && body.contains(colleague) && body.contains(chief), body);
    assertFalse(body.contains(outsider), "outside the manager's scope");
    assertTrue(
        body.contains("map-level gap-met\" data-skill=\"" + WHY + "\"") && body.contains(">2 / 1<"),
        "the clerk's test reaches the bronze target");
    assertTrue(body.contains("map-level gap-short") && body.contains(">0 / 1<"));
    assertFalse(body.contains("% ("), "three people: no share shown");

    // two more people in the section make a group of five: 1 of 5 at the target of WHY-01
    String prefix = TestData.unique();
    for (String no : List.of(prefix + "P", prefix + "Q")) {
      data.staff(no, "職員　追加", null, unitCode(colleague), "係員", StaffStatus.ACTIVE, chief);
    }
    String five = manager.get(page).body();
    assertTrue(five.contains("20% (5)"), "the share at target of five people");

    HttpResponse<String> mine = WebSession.loggedIn(Servers.base(), clerk, PASSWORD).get(page);
    assertEquals(200, mine.statusCode());
    assertTrue(mine.body().contains(clerk));
    assertFalse(mine.body().contains(colleague), "staff see themselves only");

    assertEquals(
        403, manager.get(page + "&unit=" + unitCode(outsider)).statusCode(), "another unit");

    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(five);
    assertTrue(state.find());
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("map-form", "map-form");
    fields.put("map-form:export-xlsx", "");
    fields.put("jakarta.faces.ViewState", state.group(1));
    java.util.regex.Matcher nonce =
        java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)").matcher(five);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1).replace("\\/", "/"));
    }
    HttpResponse<String> excel =
        manager.post(
            "staff/skill-map.xhtml",
            fields,
            Servers.base().getProtocol() + "://" + Servers.base().getAuthority());
    assertEquals(200, excel.statusCode());
    assertTrue(
        excel.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
        excel.headers().map().toString());
  }

  @Test
  void theDemoCityHasAssessmentsThatFollowItsLearningAndColourTheManagersMap() throws Exception {
    long demo =
        em.createQuery("SELECT COUNT(a) FROM Assessment a WHERE a.recordedAt < :today", Long.class)
            .setParameter("today", CityClock.systemToday().atStartOfDay())
            .getSingleResult();
    assertTrue(demo > 10_000, demo + " demo assessments");
    long testsOffTheirTierDay =
        em.createQuery(
                "SELECT COUNT(a) FROM Assessment a WHERE a.recordedBy = 'demo'"
                    + " AND a.source = jp.city.lms.skills.entity.AssessmentSource.TEST"
                    + " AND NOT EXISTS (SELECT t FROM TierAchievement t"
                    + " WHERE t.staff = a.staff AND t.achievedOn = a.assessedOn)",
                Long.class)
            .getSingleResult();
    assertEquals(0L, testsOffTheirTierDay, "every demo test was taken the day a tier was achieved");

    String manager = jp.city.lms.demo.boundary.DemoData.logins().get(Role.MANAGER);
    String map =
        WebSession.loggedIn(Servers.base(), manager, jp.city.lms.demo.boundary.DemoData.PASSWORD)
            .get("staff/skill-map.xhtml?category=DSS-L-HOW")
            .body();
    assertTrue(map.contains("map-level gap-met"), "someone of the team reaches a target");
    assertTrue(map.contains("map-level gap-short"), "someone of the team is short of one");
  }

  @Test
  void theProfilePageShowsCourseEvidenceApartAndTheHistoryOfASkill() throws Exception {
    fixtures.completed(clerk, "POS-NEW-DIRECTOR", LocalDate.of(2024, 5, 10));
    assertEquals(201, assess(clerk, clerk, WHY, 1, "SELF", "2024-04-01").statusCode());
    assertEquals(201, assess(chief, clerk, WHY, 2, "MANAGER", "2024-10-01").statusCode());
    WebSession person = WebSession.loggedIn(Servers.base(), clerk, PASSWORD);

    String before = person.get("staff/skills.xhtml?asOf=2024-05-09").body();
    String after = person.get("staff/skills.xhtml?asOf=2024-05-10").body();
    assertEquals("–", evidence(before, "DSS-L-MIND-01"));
    assertEquals("2", evidence(after, "DSS-L-MIND-01"), "the course develops MIND-01 to 2");
    assertEquals("–", evidence(after, WHY));
    assertLevels(skill(skills(clerk, clerk, "2024-05-10"), "DSS-L-MIND-01"), null, null, null, 1);

    data.achieved(clerk, "bronze", LocalDate.of(2024, 5, 1));
    String compared = person.get("staff/skills.xhtml?asOf=2024-10-01&since=2024-04-30").body();
    assertEquals("1", cell(compared, WHY, "before"), "the self-assessment counted then");
    assertEquals("2", cell(compared, WHY, "manager"), "the manager's view now");
    assertTrue(compared.contains("since=2024-04-30"), "a link to the day before bronze");

    String history =
        WebSession.loggedIn(Servers.base(), chief, PASSWORD)
            .get("staff/skills.xhtml?no=" + clerk + "&skill=" + WHY)
            .body();
    assertTrue(history.contains("id=\"history\""), "the history section");
    int self = history.indexOf(">2024-04-01<");
    int manager = history.indexOf(">2024-10-01<");
    assertTrue(self > 0 && manager > self, "oldest first");
    assertTrue(history.contains(">" + chief + "<"), "who recorded the manager's view");
  }

  @Test
  void talentSearchFindsWhoMeetsEveryRequirementBestFitFirstWithinTheScope() throws Exception {
    String why2 = "DSS-L-WHY-02";
    String on = "2025-06-01";
    assertEquals(201, assess(officer, clerk, WHY, 3, "TEST", on).statusCode());
    assertEquals(201, assess(clerk, clerk, why2, 2, "SELF", on).statusCode());
    assertEquals(201, assess(officer, colleague, WHY, 2, "TEST", on).statusCode());
    assertEquals(201, assess(colleague, colleague, why2, 4, "SELF", on).statusCode());
    assertEquals(201, assess(officer, chief, WHY, 4, "TEST", on).statusCode());
    assertEquals(201, assess(officer, outsider, WHY, 4, "TEST", on).statusCode());
    assertEquals(201, assess(outsider, outsider, why2, 4, "SELF", on).statusCode());
    String query =
        "staff/talent-search.xhtml?skill1=" + WHY + "&level1=2&skill2=" + why2 + "&level2=2";

    String office =
        WebSession.loggedIn(Servers.base(), officer, PASSWORD)
            .get(query + "&unit=" + unitCode(chief))
            .body();
    int colleagueAt = office.indexOf(">" + colleague + "<");
    int clerkAt = office.indexOf(">" + clerk + "<");
    assertTrue(colleagueAt > 0 && clerkAt > colleagueAt, "fit 2 before fit 1: " + office);
    assertFalse(office.contains(">" + chief + "<"), "no self-assessment of WHY-02");
    assertFalse(office.contains(">" + outsider + "<"), "another unit");

    String byTest =
        WebSession.loggedIn(Servers.base(), officer, PASSWORD)
            .get(query + "&source=TEST&unit=" + unitCode(chief))
            .body();
    assertFalse(byTest.contains(">" + clerk + "<"), "nobody was tested on WHY-02");

    WebSession manager = WebSession.loggedIn(Servers.base(), chief, PASSWORD);
    String team = manager.get(query).body();
    assertTrue(team.contains(">" + clerk + "<") && team.contains(">" + colleague + "<"));
    assertFalse(team.contains(">" + outsider + "<"), "outside the manager's scope");
    assertEquals(403, manager.get(query + "&unit=" + unitCode(outsider)).statusCode());

    String own = WebSession.loggedIn(Servers.base(), colleague, PASSWORD).get(query).body();
    assertTrue(own.contains(">" + colleague + "<"));
    assertFalse(own.contains(">" + clerk + "<"), "staff find themselves only");
  }

  /** The course evidence cell of a skill's row in the profile page. */
  private static String evidence(String page, String skill) {
    return cell(page, skill, "evidence");
  }

  /** A cell of a skill's row in the profile page, by its class. */
  private static String cell(String page, String skill, String column) {
    java.util.regex.Matcher cell =
        java.util.regex.Pattern.compile(
                "data-skill=\"" + skill + "\".*?class=\"level " + column + "\">([^<]*)<",
                java.util.regex.Pattern.DOTALL)
            .matcher(page);
    assertTrue(cell.find(), skill + " row");
    return cell.group(1).strip();
  }

  private String unitCode(String no) {
    return em.createQuery(
            "SELECT a.orgUnit.code FROM Assignment a WHERE a.staff.employeeNo = :no", String.class)
        .setParameter("no", no)
        .getResultList()
        .get(0);
  }

  private long assessmentsOf(String no) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Assessment a WHERE a.staff.employeeNo = :no", Long.class)
        .setParameter("no", no)
        .getSingleResult();
  }
}
