package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.skills.boundary.Assessments;
import jp.city.lms.skills.boundary.SkillMaps;
import jp.city.lms.skills.boundary.TalentSearch;
import jp.city.lms.skills.boundary.TestResultImport;
import jp.city.lms.skills.control.LatestAssessments;
import jp.city.lms.skills.entity.AssessedLevel;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.AssessmentSource;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.SkillStanding;
import jp.city.lms.skills.entity.TalentCriteria;
import jp.city.lms.skills.entity.TalentCriteria.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The latest assessment per person, skill and source (V16, {@link LatestAssessments}) is what the
 * history says: as a whole on the demo's generated assessments and whatever the tests before added;
 * the skill map of the whole city and talent searches read from it give what the history gives for
 * the same people; and each write path keeps it, a newer assessment replacing the row, a back-dated
 * one leaving it, the later recorded winning on the same day.
 */
@ExtendWith(ArquillianExtension.class)
class LatestAssessmentsIT {

  private static final String SKILL = "DSS-L-HOW-01";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB AsTrainingOffice office;
  @EJB SkillMaps maps;
  @EJB TalentSearch search;
  @EJB Assessments assessments;
  @EJB TestResultImport tests;
  @EJB RegistryHistory registry;
  @Inject CityClock clock;
  @PersistenceContext EntityManager em;

  /** Every assessment, as plain values, by person. */
  private Map<Long, List<AssessedLevel>> history() {
    Map<Long, List<AssessedLevel>> history = new HashMap<>();
    em.createQuery(
            "SELECT a.staffId, a.skillCode, a.source, a.level, a.assessedOn, a.recordedAt, a.id"
                + " FROM Assessment a",
            Object[].class)
        .getResultStream()
        .map(Assessment::level)
        .forEach(
            e -> history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return history;
  }

  /** The newest of the history per "staff skill source", with its level and id. */
  private static Map<String, String> newest(Map<Long, List<AssessedLevel>> history) {
    Map<String, AssessedLevel> newest = new HashMap<>();
    history.forEach(
        (staff, levels) ->
            levels.forEach(
                a ->
                    newest.merge(
                        staff + " " + a.skill() + " " + a.source(),
                        a,
                        (x, y) -> AssessedLevel.NEWEST_FIRST.compare(x, y) <= 0 ? x : y)));
    Map<String, String> rows = new TreeMap<>();
    newest.forEach((key, a) -> rows.put(key, describe(a)));
    return rows;
  }

  private static String describe(AssessedLevel a) {
    return a.level() + " on " + a.assessedOn() + " (" + a.id() + ")";
  }

  /** The table, in the same form. */
  private Map<String, String> table() {
    Map<String, String> rows = new TreeMap<>();
    em.createQuery(
            "SELECT a.staffId, a.skillCode, a.source, a.level, a.assessedOn, a.recordedAt,"
                + " a.assessmentId FROM LatestAssessment a",
            Object[].class)
        .getResultStream()
        .map(Assessment::level)
        .forEach(
            e ->
                rows.put(
                    e.getKey() + " " + e.getValue().skill() + " " + e.getValue().source(),
                    describe(e.getValue())));
    return rows;
  }

  private Map<String, Long> staffIds() {
    Map<String, Long> ids = new HashMap<>();
    em.createQuery("SELECT s.employeeNo, s.id FROM Staff s", Object[].class)
        .getResultStream()
        .forEach(r -> ids.put((String) r[0], (Long) r[1]));
    return ids;
  }

  @Test
  void theTableIsTheNewestOfTheHistoryAndTheMapAndSearchReadFromItAnswerAsTheHistory()
      throws Exception {
    LocalDate today = clock.today();
    Map<Long, List<AssessedLevel>> history = history();
    assertTrue(history.size() > 100, history.size() + " people assessed (the demo's)");
    assertEquals(newest(history), table());
    assertTrue(LatestAssessments.isLatestAsOf(em, today), "nothing is assessed after today");

    assertMapAndSearchAnswerAsTheHistory(
        today,
        history,
        List.of(
            new TalentCriteria(List.of(new Requirement(SKILL, 2)), null),
            new TalentCriteria(List.of(new Requirement(SKILL, 1)), AssessmentSource.TEST),
            new TalentCriteria(
                List.of(new Requirement(SKILL, 2), new Requirement("DSS-L-WHY-01", 2)),
                AssessmentSource.SELF),
            // the same skill asked twice: the higher level is the one that holds
            new TalentCriteria(
                List.of(new Requirement(SKILL, 1), new Requirement(SKILL, 2)), null)));
  }

  @Test
  void asOfAnEarlierDateTheMapAndSearchAnswerAsTheHistoryThen() throws Exception {
    LocalDate before = clock.today().minusYears(1);
    assertFalse(LatestAssessments.isLatestAsOf(em, before), "assessed since " + before);
    Map<Long, List<AssessedLevel>> history = history();
    assertMapAndSearchAnswerAsTheHistory(
        before,
        history,
        List.of(
            new TalentCriteria(List.of(new Requirement(SKILL, 2)), null),
            new TalentCriteria(List.of(new Requirement(SKILL, 1)), AssessmentSource.TEST),
            new TalentCriteria(
                List.of(new Requirement(SKILL, 1), new Requirement("DSS-L-WHY-01", 1)),
                AssessmentSource.SELF)));
  }

  /**
   * The city's map and these searches as of a date answer what the history up to it says: every
   * level of every source, who is found and how well they fit, the best fit first.
   */
  private void assertMapAndSearchAnswerAsTheHistory(
      LocalDate date, Map<Long, List<AssessedLevel>> history, List<TalentCriteria> searches)
      throws Exception {
    Map<String, Long> ids = staffIds();
    SkillMaps.SkillMap map = office.call(() -> maps.map(date, null, null));
    assertTrue(map.lines().size() > 100, map.lines().size() + " people on the city's map");
    int assessed = 0;
    for (SkillMaps.Line line : map.lines()) {
      Map<String, Map<AssessmentSource, Integer>> expected =
          SkillProfile.latestLevels(
              history.getOrDefault(ids.get(line.person().employeeNo()), List.of()), date);
      for (SkillStanding s : line.standings().values()) {
        Map<AssessmentSource, Integer> levels = expected.getOrDefault(s.skill().code(), Map.of());
        String where = line.person().employeeNo() + " " + s.skill().code();
        assertEquals(levels.get(AssessmentSource.SELF), s.self(), where);
        assertEquals(levels.get(AssessmentSource.MANAGER), s.manager(), where);
        assertEquals(levels.get(AssessmentSource.TEST), s.test(), where);
        assessed += levels.size();
      }
    }
    assertTrue(assessed > 1_000, assessed + " levels compared");

    List<PersonAsOf> city = office.call(() -> registry.people(Scope.city(date), null));
    for (TalentCriteria criteria : searches) {
      Map<String, Integer> expected = new TreeMap<>();
      Map<String, Map<String, Integer>> expectedLevels = new TreeMap<>();
      for (PersonAsOf p : city) {
        Map<String, Map<AssessmentSource, Integer>> latest =
            SkillProfile.latestLevels(
                history.getOrDefault(ids.get(p.employeeNo()), List.of()), date);
        OptionalInt fit = criteria.fit(latest);
        if (fit.isPresent()) {
          expected.put(p.employeeNo(), fit.getAsInt());
          Map<String, Integer> counted = new TreeMap<>();
          criteria
              .requirements()
              .forEach(
                  r ->
                      criteria
                          .level(latest.get(r.skill()))
                          .ifPresent(l -> counted.put(r.skill(), l)));
          expectedLevels.put(p.employeeNo(), counted);
        }
      }
      List<TalentSearch.Found> found =
          office.call(() -> search.find(criteria, date, null, null, null));
      Map<String, Integer> fits = new TreeMap<>();
      Map<String, Map<String, Integer>> levels = new TreeMap<>();
      found.forEach(
          f -> {
            fits.put(f.person().employeeNo(), f.fit());
            levels.put(f.person().employeeNo(), new TreeMap<>(f.levels()));
          });
      assertFalse(expected.isEmpty(), criteria + " finds somebody as of " + date);
      assertEquals(expected, fits, criteria + " as of " + date);
      // the level that counted per skill (the source's, or the best), as each person's row shows it
      assertEquals(expectedLevels, levels, criteria + " levels as of " + date);
      for (int i = 1; i < found.size(); i++) {
        assertTrue(found.get(i - 1).fit() >= found.get(i).fit(), "the best fit first");
      }
    }
  }

  @Test
  void aNewerAssessmentReplacesTheRowABackDatedOneDoesNotAndTheLaterRecordedWinsOnADay()
      throws Exception {
    String prefix = TestData.unique();
    data.unit(prefix + "U", "最新課", "課", null);
    String person = prefix + "P";
    data.staff(person, "職員　新", null, prefix + "U", "係員", StaffStatus.ACTIVE);
    LocalDate today = clock.today();
    LocalDate lastYear = today.minusYears(1);

    record(person, 2, lastYear);
    assertRow(person, 2, lastYear);
    record(person, 3, today.minusDays(1));
    assertRow(person, 3, today.minusDays(1));
    record(person, 1, lastYear.minusMonths(1));
    assertRow(person, 3, today.minusDays(1));
    record(person, 4, today.minusDays(1));
    assertRow(person, 4, today.minusDays(1));
    byte[] file =
        ("職員番号,スキルコード,レベル,評価日\r\n"
                + person
                + ","
                + SKILL
                + ",2,"
                + lastYear.minusDays(1)
                + "\r\n"
                + person
                + ","
                + SKILL
                + ",1,"
                + today
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        TestResultImport.Outcome.APPLIED,
        office.call(() -> tests.run("test-results.csv", file, false)).getOutcome());
    assertRow(person, 1, today);

    Map<String, String> rows = table();
    Map<String, String> expected = newest(history());
    Long id = staffIds().get(person);
    String key = id + " " + SKILL + " " + AssessmentSource.TEST;
    assertEquals(expected.get(key), rows.get(key));
    assertEquals(6L, countOf(person), "every assessment kept in the history");
    // as of a date before the newest, the history answers: the map shows the level then
    LocalDate before = today.minusDays(2);
    assertFalse(LatestAssessments.isLatestAsOf(em, before));
    assertEquals(
        2,
        office
            .call(() -> maps.map(before, prefix + "U", null))
            .lines()
            .get(0)
            .standing(SKILL)
            .test());
    assertEquals(
        1,
        office
            .call(() -> maps.map(today, prefix + "U", null))
            .lines()
            .get(0)
            .standing(SKILL)
            .test());
  }

  private void record(String person, int level, LocalDate on) throws Exception {
    office.call(() -> assessments.record(person, SKILL, level, AssessmentSource.TEST.name(), on));
  }

  private void assertRow(String person, int level, LocalDate on) {
    Object[] row =
        em.createQuery(
                "SELECT a.level, a.assessedOn FROM LatestAssessment a, Staff s"
                    + " WHERE a.staffId = s.id AND s.employeeNo = :no AND a.skillCode = :skill"
                    + " AND a.source = :source",
                Object[].class)
            .setParameter("no", person)
            .setParameter("skill", SKILL)
            .setParameter("source", AssessmentSource.TEST)
            .getSingleResult();
    assertEquals(level, row[0]);
    assertEquals(on, row[1]);
  }

  private long countOf(String person) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Assessment a WHERE a.staff.employeeNo = :no", Long.class)
        .setParameter("no", person)
        .getSingleResult();
  }
}
