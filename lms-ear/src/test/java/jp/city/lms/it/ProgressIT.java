package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.progress.boundary.ProgressReport;
import jp.city.lms.progress.boundary.ProgressReport.Attribution;
import jp.city.lms.progress.entity.Coverage;
import jp.city.lms.progress.entity.Dashboard;
import jp.city.lms.progress.entity.Forecast;
import jp.city.lms.progress.entity.IndicatorSheet;
import jp.city.lms.progress.entity.MonthPoint;
import jp.city.lms.progress.entity.PersonProgress;
import jp.city.lms.progress.entity.Tally;
import jp.city.lms.progress.entity.UnitProgress;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/progress} (contract v1) on the demo city's server: what the test's own people and
 * achievements add to the city's counts (before and after, as the demo city has its own), the
 * counts of a manager's scope exactly, the aggregates against the rule counted from scratch, and
 * who may call it.
 *
 * <pre>
 *   section T (課)  head H 課長           other section X (課)
 *     unit U (係)   R silver FY2023, gold FY2024    O silver FY2024
 *                   L silver FY2023, left 2024-03-31
 *                   B bronze FY2024 only
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class ProgressIT {

  private static final String PASSWORD = "progress-pass-1";
  private static final LocalDate FY2024_END = LocalDate.of(2025, 3, 31);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB ProgressData progress;
  @EJB ProgressReport report;
  @EJB AsTrainingOffice office;
  @Inject CityClock clock;
  @EJB Offerings offerings;
  @EJB Enrolments enrolments;

  private final Map<String, String> logins = DemoData.logins();
  private String t;
  private String u;
  private String x;
  private String h;
  private String r;
  private String l;
  private String b;
  private String o;

  @BeforeEach
  void aSectionWithAUnitAndASectionBeside() {
    String prefix = TestData.unique();
    t = prefix + "T";
    u = prefix + "U";
    x = prefix + "X";
    h = prefix + "H";
    r = prefix + "R";
    l = prefix + "L";
    b = prefix + "B";
    o = prefix + "O";
    data.unit(t, "進捗課", "課", null);
    data.unit(u, "進捗係", "係", t);
    data.unit(x, "隣の課", "課", null);
    data.staff(h, "課長　進", "カチョウ　ススム", t, "課長", StaffStatus.ACTIVE);
    data.staff(r, "銀金　一", "ギンキン　イチ", u, "係員", StaffStatus.ACTIVE, h);
    data.staff(l, "退職　二", "タイショク　ニ", u, "係員", StaffStatus.LEFT, h);
    data.staff(b, "銅　三", "ドウ　サン", u, "係員", StaffStatus.ACTIVE, h);
    data.staff(o, "隣人　四", "リンジン　シ", x, "係員", StaffStatus.ACTIVE);
    data.account(h, PASSWORD, Role.STAFF);
    data.account(b, PASSWORD, Role.STAFF);
  }

  private void achievements() {
    data.achieved(r, "bronze", LocalDate.of(2023, 5, 1));
    data.achieved(r, "silver", LocalDate.of(2023, 6, 1));
    data.achieved(r, "gold", LocalDate.of(2024, 7, 1));
    data.achieved(l, "silver", LocalDate.of(2023, 10, 1));
    data.achieved(b, "bronze", LocalDate.of(2024, 5, 1));
    data.achieved(o, "silver", LocalDate.of(2024, 5, 1));
  }

  @Test
  void theCitysCountsGrowByDistinctPeopleInTheYearTheyFirstCounted() throws Exception {
    JsonObject before = office("?asOf=" + FY2024_END);
    JsonObject beforeFy2023End = office("?asOf=2024-03-31");
    achievements();
    JsonObject after = office("?asOf=" + FY2024_END);
    JsonObject afterFy2023End = office("?asOf=2024-03-31");

    assertEquals(FY2024_END.toString(), after.getString("asOf"));
    assertEquals(2400, after.getInt("target"));
    assertEquals(3, delta(before, after, "trained"), "R, L (who left) and O: three people");
    assertEquals(
        Math.round(after.getInt("trained") * 1000.0 / 2400) / 1000.0,
        after.getJsonNumber("rate").doubleValue());
    assertEquals(2, delta(year(before, 2023), year(after, 2023), "newlyTrained"), "R and L");
    assertEquals(1, delta(year(before, 2024), year(after, 2024), "newlyTrained"), "O; R not again");
    assertEquals(0, delta(year(before, 2025), year(after, 2025), "newlyTrained"));
    assertEquals(2, tierDelta(year(before, 2023), year(after, 2023), "achieved", "silver"));
    assertEquals(1, tierDelta(year(before, 2023), year(after, 2023), "achieved", "bronze"));
    assertEquals(1, tierDelta(year(before, 2024), year(after, 2024), "achieved", "silver"));
    assertEquals(1, tierDelta(year(before, 2024), year(after, 2024), "achieved", "gold"));
    assertEquals(1, tierDelta(year(before, 2024), year(after, 2024), "achieved", "bronze"));
    assertEquals(3, tierDelta(before, after, "byTier", "silver"));
    assertEquals(1, tierDelta(before, after, "byTier", "gold"));
    assertEquals(2, tierDelta(before, after, "byTier", "bronze"));
    assertEquals(700, year(after, 2023).getJsonObject("targets").getInt("silver"));
    assertEquals(60, year(after, 2024).getJsonObject("targets").getInt("gold"));
    assertTrue(!year(after, 2023).getJsonObject("targets").containsKey("gold"), "gold from FY2024");
    assertTrue(year(after, 2023).getJsonObject("targets").getInt("bronze") > 0, "all staff");
    long sum =
        after.getJsonArray("byFiscalYear").stream()
            .mapToLong(y -> y.asJsonObject().getJsonNumber("newlyTrained").longValue())
            .sum();
    assertEquals(after.getJsonNumber("trained").longValue(), sum, "the years add up");

    assertEquals(2, delta(beforeFy2023End, afterFy2023End, "trained"), "O not yet");
    assertEquals(0, tierDelta(beforeFy2023End, afterFy2023End, "byTier", "gold"), "gold later");
  }

  @Test
  void theMonthlyLineCoverageAndIndicatorSheetGrowByTheSamePeople() throws Exception {
    Dashboard before = office.call(() -> report.dashboard(FY2024_END));
    List<MonthPoint> monthsBefore = before.months();
    Coverage coverageBefore = before.coverage();
    IndicatorSheet sheetBefore = office.call(() -> report.indicators(FY2024_END));
    achievements();
    Dashboard after = office.call(() -> report.dashboard(FY2024_END));
    List<MonthPoint> months = after.months();
    Coverage coverage = after.coverage();
    IndicatorSheet sheet = office.call(() -> report.indicators(FY2024_END));
    assertEquals(after.progress(), office.call(() -> report.asOf(FY2024_END)));

    assertEquals(24, months.size(), "April 2023 to March 2025");
    assertEquals(YearMonth.of(2023, 4), months.get(0).month());
    long[] deltas = new long[months.size()];
    for (int i = 0; i < months.size(); i++) {
      deltas[i] = months.get(i).trained() - monthsBefore.get(i).trained();
    }
    assertEquals(0, deltas[1], "May 2023: bronze only");
    assertEquals(1, deltas[2], "June 2023: R");
    assertEquals(2, deltas[6], "October 2023: and L");
    assertEquals(3, deltas[13], "May 2024: and O");
    assertEquals(3, deltas[23], "R's gold adds nobody");
    assertEquals(office.call(() -> report.asOf(FY2024_END)).trained(), months.get(23).trained());

    assertEquals("bronze", coverage.tier());
    assertEquals(coverageBefore.staff(), coverage.staff(), "the same staff");
    assertEquals(2, coverage.holding() - coverageBefore.holding(), "R and B");
    assertTrue(coverage.holding() <= coverage.staff());

    IndicatorSheet.Indicator trained = sheet.indicators().get(0);
    assertEquals("trained", trained.key());
    assertEquals(800.0, trained.targets().get(2023));
    assertEquals(
        2.0, trained.actuals().get(2023) - sheetBefore.indicators().get(0).actuals().get(2023));
    assertEquals(
        3.0, trained.actuals().get(2024) - sheetBefore.indicators().get(0).actuals().get(2024));
    assertTrue(!trained.actuals().containsKey(2025), "FY2025 has not begun");
    IndicatorSheet.Indicator silver = sheet.indicators().get(1);
    assertEquals("silver", silver.key());
    assertEquals(
        2.0, silver.actuals().get(2023) - sheetBefore.indicators().get(1).actuals().get(2023));
    IndicatorSheet.Indicator bronze = sheet.indicators().get(3);
    assertEquals("coverage", bronze.key());
    assertTrue(bronze.actuals().get(2024) > 0 && bronze.actuals().get(2024) <= 1, "a share");
  }

  @Test
  void byUnitTheTrainedAndTheCoverageRollUpToTheChosenLevel() throws Exception {
    achievements();
    for (Attribution attribution : Attribution.values()) {
      List<UnitProgress> bureaus = office.call(() -> report.byUnit(FY2024_END, 1, attribution));
      UnitProgress section = line(bureaus, "/" + t + "/");
      assertEquals(2, section.trained(), "R and L (who left from U) " + attribution);
      assertEquals(3, section.staff(), "H, R, B");
      assertEquals(2, section.holding(), "R and B hold bronze");
      UnitProgress beside = line(bureaus, "/" + x + "/");
      assertEquals(1, beside.trained());
      assertEquals(0, beside.holding());
    }
    List<UnitProgress> units = office.call(() -> report.byUnit(FY2024_END, 2, Attribution.AS_OF));
    UnitProgress unit = line(units, "/" + t + "/" + u + "/");
    assertEquals(2, unit.trained());
    assertEquals(2, unit.staff());
    UnitProgress head = line(units, "/" + t + "/");
    assertEquals(0, head.trained(), "the section's own line holds only H");
    assertEquals(1, head.staff());
    List<UnitProgress> earlier =
        office.call(() -> report.byUnit(LocalDate.of(2023, 12, 31), 1, Attribution.AS_OF));
    assertEquals(1, line(earlier, "/" + t + "/").holding(), "B's bronze came later");
    assertEquals(4, line(earlier, "/" + t + "/").staff(), "L still worked here");
  }

  @Test
  void aUnitDrillsDownToItsPeopleWithinTheCallersScope() throws Exception {
    achievements();
    for (Attribution attribution : Attribution.values()) {
      Map<String, PersonProgress> people = new HashMap<>();
      office
          .call(() -> report.people(FY2024_END, t, attribution))
          .orElseThrow()
          .forEach(p -> people.put(p.employeeNo(), p));
      assertEquals(Set.of(h, r, l, b), people.keySet(), "not O beside " + attribution);
      assertTrue(people.get(r).countedHere() && people.get(r).present());
      assertEquals(LocalDate.of(2023, 6, 1), people.get(r).firstCounted());
      assertEquals(
          List.of("bronze", "silver", "gold"), List.copyOf(people.get(r).tiers().keySet()));
      assertTrue(people.get(l).countedHere() && !people.get(l).present(), "L left, still counted");
      assertTrue(!people.get(b).countedHere() && people.get(b).present(), "B holds bronze only");
      assertEquals(u, people.get(b).unitCode());
      UnitProgress section =
          line(office.call(() -> report.byUnit(FY2024_END, 1, attribution)), "/" + t + "/");
      assertEquals(
          section.trained(), people.values().stream().filter(PersonProgress::countedHere).count());
      assertEquals(
          section.staff(), people.values().stream().filter(PersonProgress::present).count());
    }
    assertTrue(
        office.call(() -> report.people(FY2024_END, "NO-SUCH-UNIT", Attribution.AS_OF)).isEmpty());

    WebSession manager = WebSession.loggedIn(Servers.base(), h, PASSWORD);
    HttpResponse<String> theirs =
        manager.get("reports/progress-people.xhtml?unit=" + u + "&asOf=" + FY2024_END);
    assertEquals(200, theirs.statusCode());
    assertTrue(theirs.body().contains("銀金　一"), "R in the manager's unit");
    assertEquals(
        403,
        manager.get("reports/progress-people.xhtml?unit=" + x + "&asOf=" + FY2024_END).statusCode(),
        "the section beside is not theirs");
    assertEquals(
        403,
        manager.get("reports/indicators.xhtml").statusCode(),
        "the indicator sheet is the city's report");
  }

  @Test
  void theForecastCountsThePipelineOfPeopleNotTrainedYet() throws Exception {
    achievements();
    LocalDate day = LocalDate.of(2025, 10, 1);
    LocalDateTime start = day.plusDays(30).atTime(13, 30);
    Dashboard before = office.call(() -> report.dashboard(day));
    Forecast eve = office.call(() -> report.dashboard(day.minusDays(1))).forecast();
    WebSession manager = WebSession.loggedIn(Servers.base(), h, PASSWORD);
    long theirs = pipelineOnThePage(manager, day);
    clock.setToday(day);
    try {
      long offering =
          office
              .call(
                  () ->
                      offerings.schedule(
                          "SV-KINTONE",
                          new OfferingPlan(
                              start,
                              start.plusHours(3),
                              day.plusDays(20),
                              "本庁舎 会議室",
                              null,
                              1,
                              null)))
              .getId();
      office.call(() -> enrolments.enrol(offering, b));
      office.call(() -> enrolments.enrol(offering, r));
    } finally {
      clock.reset();
    }
    Forecast forecast = office.call(() -> report.dashboard(day)).forecast();
    assertEquals(1, forecast.pipeline() - before.forecast().pipeline(), "B; R is trained");
    assertEquals(1, forecast.seated() - before.forecast().seated(), "B has the one seat");
    assertEquals(
        eve.pipeline(),
        office.call(() -> report.dashboard(day.minusDays(1))).forecast().pipeline(),
        "B had not asked the day before");
    assertEquals(forecast.trained(), office.call(() -> report.asOf(day)).trained());
    assertEquals(theirs + 1, pipelineOnThePage(manager, day), "B is in the manager's subtree");
    assertTrue(forecast.byPace() >= forecast.trained());
    assertEquals(181, forecast.daysLeft(), "to 31 March 2026");
  }

  /** The pipeline as the dashboard shows it to a session. */
  private static long pipelineOnThePage(WebSession session, LocalDate day) throws Exception {
    HttpResponse<String> page = session.get("reports/progress.xhtml?asOf=" + day);
    assertEquals(200, page.statusCode());
    java.util.regex.Matcher figure =
        java.util.regex.Pattern.compile("id=\"forecast-pipeline\">(\\d+)<").matcher(page.body());
    assertTrue(figure.find(), "the pipeline on the page");
    return Long.parseLong(figure.group(1));
  }

  private static UnitProgress line(List<UnitProgress> lines, String path) {
    return lines.stream()
        .filter(l -> path.equals(l.path()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + lines));
  }

  @Test
  void theAggregatesAgreeWithTheRuleCountedFromScratch() throws Exception {
    achievements();
    for (LocalDate asOf :
        new LocalDate[] {
          LocalDate.of(2023, 3, 31), LocalDate.of(2023, 12, 31), FY2024_END, clock.today()
        }) {
      JsonObject answer = office("?asOf=" + asOf);
      Tally tally = progress.fromScratch(asOf);
      assertEquals(tally.trained(), answer.getJsonNumber("trained").longValue(), "on " + asOf);
      for (int fy = 2023; fy <= 2025; fy++) {
        JsonObject year = year(answer, fy);
        assertEquals(tally.newlyTrained(fy), year.getJsonNumber("newlyTrained").longValue());
        for (String tier : new String[] {"bronze", "silver", "gold"}) {
          assertEquals(
              tally.achieved(tier, fy),
              year.getJsonObject("achieved").getJsonNumber(tier).longValue(),
              tier + " in FY" + fy + " on " + asOf);
        }
      }
      for (String tier : new String[] {"bronze", "silver", "gold"}) {
        assertEquals(
            tally.holding(tier), answer.getJsonObject("byTier").getJsonNumber(tier).longValue());
      }
    }
  }

  @Test
  void aManagerSeesTheirSubtreeOnlyWithTheLeaverInTheUnitTheyLeftFrom() throws Exception {
    achievements();
    HttpResponse<String> response =
        Servers.getWithBasic("api/progress?asOf=" + FY2024_END, h, PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject mine = json(response.body());
    assertEquals(2, mine.getInt("trained"), "R and L, not O beside");
    assertEquals(2, year(mine, 2023).getInt("newlyTrained"));
    assertEquals(0, year(mine, 2024).getInt("newlyTrained"));
    assertEquals(1, year(mine, 2024).getJsonObject("achieved").getInt("gold"));
    assertEquals(0, year(mine, 2024).getJsonObject("achieved").getInt("silver"));
    assertEquals(
        Json.createObjectBuilder().add("bronze", 2).add("silver", 2).add("gold", 1).build(),
        mine.getJsonObject("byTier"));
    assertEquals(
        4,
        year(mine, 2023).getJsonObject("targets").getInt("bronze"),
        "all staff on 2024-03-31: H, R, L, B");
    assertEquals(
        3,
        year(mine, 2024).getJsonObject("targets").getInt("bronze"),
        "all staff on 2025-03-31: L has left");
    assertEquals(700, year(mine, 2024).getJsonObject("targets").getInt("silver"));

    HttpResponse<String> early = Servers.getWithBasic("api/progress?asOf=2023-03-31", h, PASSWORD);
    assertEquals(403, early.statusCode(), "no manager before the unit existed: " + early.body());
  }

  @Test
  void staffMayNotAndABadDateIsABadRequest() throws Exception {
    HttpResponse<String> staff = Servers.getWithBasic("api/progress", b, PASSWORD);
    assertEquals(403, staff.statusCode());
    assertTrue(json(staff.body()).containsKey("reason"));

    HttpResponse<String> bad =
        Servers.getWithBasic(
            "api/progress?asOf=2025-13-01", logins.get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    assertEquals(400, bad.statusCode());
    JsonObject error = json(bad.body());
    assertEquals("bad request", error.getString("error"));
    assertTrue(error.getString("reason").contains("2025-13-01"));

    JsonObject today = office("");
    assertEquals(clock.today().toString(), today.getString("asOf"), "default today");
    HttpResponse<String> admin =
        Servers.getWithBasic("api/progress", logins.get(Role.ADMIN), DemoData.PASSWORD);
    assertEquals(200, admin.statusCode());
    assertEquals(today.getInt("trained"), json(admin.body()).getInt("trained"), "the same city");
  }

  private JsonObject office(String query) throws Exception {
    HttpResponse<String> response =
        Servers.getWithBasic(
            "api/progress" + query, logins.get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return json(response.body());
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static JsonObject year(JsonObject progress, int fiscalYear) {
    return progress.getJsonArray("byFiscalYear").stream()
        .map(v -> v.asJsonObject())
        .filter(y -> y.getInt("fiscalYear") == fiscalYear)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no FY" + fiscalYear + " in " + progress));
  }

  private static long delta(JsonObject before, JsonObject after, String field) {
    return after.getJsonNumber(field).longValue() - before.getJsonNumber(field).longValue();
  }

  private static long tierDelta(JsonObject before, JsonObject after, String map, String tier) {
    return after.getJsonObject(map).getJsonNumber(tier).longValue()
        - before.getJsonObject(map).getJsonNumber(tier).longValue();
  }
}
