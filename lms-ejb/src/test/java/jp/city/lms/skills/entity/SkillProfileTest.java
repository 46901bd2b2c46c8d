package jp.city.lms.skills.entity;

import static jp.city.lms.skills.entity.AssessmentSource.MANAGER;
import static jp.city.lms.skills.entity.AssessmentSource.SELF;
import static jp.city.lms.skills.entity.AssessmentSource.TEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.SkillLevel;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/** The latest level of each source as of a date, the target's tier, and the gap. */
class SkillProfileTest {

  private static final LocalDate SINCE = LocalDate.of(2023, 4, 1);
  private static final LocalizedText NAME = LocalizedText.ofJapanese("名");

  private final Staff staff =
      Staff.hire(
          "0001",
          "市役　太郎",
          null,
          new OrgUnit("111", "人事課", "課", null, SINCE),
          "係員",
          null,
          StaffStatus.ACTIVE,
          SINCE,
          null);

  private final SkillFramework framework =
      new SkillFramework(
          "T",
          NAME,
          null,
          List.of(
              new SkillLevel(0, NAME, null),
              new SkillLevel(1, NAME, null),
              new SkillLevel(2, NAME, null),
              new SkillLevel(3, NAME, null)),
          List.of(
              new SkillCategory(
                  "L",
                  SkillCategory.Standard.LITERACY,
                  NAME,
                  null,
                  List.of(new Skill("A", "L", NAME, null), new Skill("B", "L", NAME, null))),
              new SkillCategory(
                  "P",
                  SkillCategory.Standard.PROMOTION,
                  NAME,
                  null,
                  List.of(new Skill("C", "P", NAME, null)))),
          List.of());

  private long ids;

  private Assessment a(String skill, int level, AssessmentSource source, String on, String at) {
    return Assessment.withId(
        ++ids,
        staff,
        skill,
        level,
        source,
        LocalDate.parse(on),
        LocalDateTime.parse(at + "T09:00"));
  }

  @Test
  void theLatestOfEachSourceAsOfADateWhateverOrderTheyCameIn() {
    List<Assessment> all =
        new ArrayList<>(
            List.of(
                a("A", 1, SELF, "2024-04-01", "2024-04-01"),
                a("A", 2, SELF, "2024-10-01", "2024-10-01"),
                a("A", 3, SELF, "2025-04-01", "2025-04-01"),
                a("A", 1, MANAGER, "2024-06-01", "2024-06-01"),
                a("A", 2, TEST, "2024-09-30", "2024-12-01"),
                a("B", 2, MANAGER, "2025-01-10", "2025-01-10")));
    Collections.shuffle(all, new java.util.Random(7));

    Map<String, Map<AssessmentSource, Integer>> autumn =
        SkillProfile.latest(all, LocalDate.of(2024, 10, 1));
    assertEquals(Map.of(SELF, 2, MANAGER, 1, TEST, 2), autumn.get("A"));
    assertNull(autumn.get("B"), "B was first assessed in 2025");

    Map<String, Map<AssessmentSource, Integer>> before =
        SkillProfile.latest(all, LocalDate.of(2024, 9, 29));
    assertEquals(Map.of(SELF, 1, MANAGER, 1), before.get("A"), "the test speaks of 30 September");

    Map<String, Map<AssessmentSource, Integer>> later =
        SkillProfile.latest(all, LocalDate.of(2025, 6, 1));
    assertEquals(Map.of(SELF, 3, MANAGER, 1, TEST, 2), later.get("A"));
    assertEquals(Map.of(MANAGER, 2), later.get("B"));

    assertEquals(Map.of(), SkillProfile.latest(all, LocalDate.of(2024, 3, 31)));
  }

  @Test
  void onTheSameDayTheOneRecordedLaterWinsAndNothingIsOverwritten() {
    Assessment first = a("A", 3, TEST, "2025-01-10", "2025-01-10");
    Assessment corrected = a("A", 1, TEST, "2025-01-10", "2025-01-11");
    Assessment sameInstant = a("A", 2, TEST, "2025-01-10", "2025-01-11");
    LocalDate asOf = LocalDate.of(2025, 1, 31);

    assertEquals(1, SkillProfile.latest(List.of(corrected, first), asOf).get("A").get(TEST));
    assertEquals(1, SkillProfile.latest(List.of(first, corrected), asOf).get("A").get(TEST));
    assertEquals(
        2,
        SkillProfile.latest(List.of(sameInstant, first, corrected), asOf).get("A").get(TEST),
        "recorded in the same instant: the later id");
  }

  @Test
  void oneStandingPerSkillOfTheFrameworkInItsOrderWithTargetsAndNulls() {
    List<Assessment> all =
        List.of(
            a("A", 1, SELF, "2025-01-01", "2025-01-01"),
            a("C", 3, TEST, "2025-01-01", "2025-01-01"));

    List<SkillStanding> profile =
        SkillProfile.of(
            framework, all, LocalDate.of(2025, 2, 1), Map.of("B", 2), Map.of("A", 2, "B", 1));

    assertEquals(List.of("A", "B", "C"), profile.stream().map(s -> s.skill().code()).toList());
    SkillStanding a = profile.get(0);
    assertEquals(1, a.self());
    assertNull(a.manager());
    assertNull(a.test());
    assertEquals(2, a.target());
    assertNull(a.evidence());
    SkillStanding b = profile.get(1);
    assertNull(b.self());
    assertEquals(2, b.evidence(), "a course developed it");
    assertEquals(-1, b.gap(0), "course evidence is not an assessment");
    assertEquals(1, b.target());
    SkillStanding c = profile.get(2);
    assertEquals(3, c.test());
    assertNull(c.target());
  }

  @Test
  void theGapCountsWhatOthersVouchForAndFallsBackToTheSelfAssessment() {
    Skill skill = new Skill("A", "L", NAME, null);
    assertEquals(-1, new SkillStanding(skill, 1, null, null, null, 2).gap(0), "self only");
    assertEquals(-1, new SkillStanding(skill, 4, 1, null, 3, 2).gap(0), "the manager over self");
    assertEquals(
        1, new SkillStanding(skill, 0, 1, 3, null, 2).gap(0), "the higher of manager and test");
    assertEquals(0, new SkillStanding(skill, null, 2, 1, null, 2).gap(0));
    assertEquals(-2, new SkillStanding(skill, null, null, null, 4, 2).gap(0), "nobody assessed it");
    assertNull(new SkillStanding(skill, 3, 3, 3, 3, null).gap(0), "no target, no gap");
  }

  @Test
  void courseEvidenceIsTheHighestLevelTheCompletedCoursesDevelop() {
    assertEquals(
        Map.of("A", 2, "B", 3, "C", 1),
        SkillProfile.evidence(List.of(Map.of("A", 1, "B", 3), Map.of("A", 2, "C", 1))));
    assertEquals(Map.of(), SkillProfile.evidence(List.of()));
  }

  @Test
  void theTargetIsOfTheHighestTierHeldThenAndBronzeForSomeoneWithoutOne() {
    List<String> tiers = List.of("bronze", "silver", "gold");
    Map<String, LocalDate> achieved =
        Map.of("bronze", LocalDate.of(2023, 6, 1), "silver", LocalDate.of(2024, 7, 15));

    assertEquals("bronze", SkillProfile.targetTier(tiers, Map.of(), LocalDate.of(2025, 1, 1)));
    assertEquals("bronze", SkillProfile.targetTier(tiers, achieved, LocalDate.of(2023, 5, 1)));
    assertEquals("bronze", SkillProfile.targetTier(tiers, achieved, LocalDate.of(2024, 7, 14)));
    assertEquals("silver", SkillProfile.targetTier(tiers, achieved, LocalDate.of(2024, 7, 15)));
    assertEquals(
        "silver",
        SkillProfile.targetTier(
            tiers, Map.of("silver", LocalDate.of(2024, 7, 15)), LocalDate.of(2025, 1, 1)),
        "held without bronze on record");
  }
}
