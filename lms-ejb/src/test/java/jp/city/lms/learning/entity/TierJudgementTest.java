package jp.city.lms.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.curriculum.entity.TierRequirement;
import jp.city.lms.curriculum.entity.TierRequirement.ElectiveGroup;
import org.junit.jupiter.api.Test;

/**
 * The tier rules of the contract: requirement, electives, prerequisite, any order, content change.
 */
class TierJudgementTest {

  private static final Tier BRONZE =
      tier("bronze", null, new TierRequirement(List.of("B1", "B2"), List.of()));
  private static final Tier SILVER =
      tier(
          "silver",
          "bronze",
          new TierRequirement(
              List.of("S1", "S2"), List.of(new ElectiveGroup(1, List.of("E1", "E2")))));
  private static final List<Tier> TIERS = List.of(BRONZE, SILVER);

  private static Tier tier(String code, String prerequisite, TierRequirement requirement) {
    return new Tier(
        code, new LocalizedText(code, code), null, Optional.ofNullable(prerequisite), requirement);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Map<String, LocalDate> passed(String... courseAndDay) {
    Map<String, LocalDate> passed = new HashMap<>();
    for (int i = 0; i < courseAndDay.length; i += 2) {
      passed.put(courseAndDay[i], d(courseAndDay[i + 1]));
    }
    return passed;
  }

  @Test
  void aTierIsAchievedOnTheDayItsLastRequiredCourseWasPassed() {
    Map<String, LocalDate> held =
        TierJudgement.judge(TIERS, passed("B2", "2023-06-01", "B1", "2023-05-01"), Map.of());

    assertEquals(Map.of("bronze", d("2023-06-01")), held);
  }

  @Test
  void oneRequiredCourseMissingIsNoTier() {
    assertEquals(Map.of(), TierJudgement.judge(TIERS, passed("B1", "2023-05-01"), Map.of()));
  }

  @Test
  void electivesAskForTheirNumberAndTheDayIsTheChosenOnesDay() {
    Map<String, LocalDate> noElective =
        passed("B1", "2023-05-01", "B2", "2023-05-01", "S1", "2023-07-01", "S2", "2023-07-02");
    assertNull(TierJudgement.judge(TIERS, noElective, Map.of()).get("silver"));

    noElective.put("E2", d("2023-09-30"));
    noElective.put("E1", d("2023-08-15"));
    assertEquals(d("2023-08-15"), TierJudgement.judge(TIERS, noElective, Map.of()).get("silver"));
  }

  @Test
  void withoutThePrerequisiteTierNothingAboveIt() {
    Map<String, LocalDate> silverOnly =
        passed("S1", "2023-07-01", "S2", "2023-07-02", "E1", "2023-07-03");

    assertFalse(TierJudgement.judge(TIERS, silverOnly, Map.of()).containsKey("silver"));
  }

  @Test
  void aPrerequisiteAchievedLaterGivesItsDayToTheTierAbove() {
    // silver's courses were done in July, bronze only completed in October (completions arrived
    // in any order): silver counts from October, in that fiscal year
    Map<String, LocalDate> held =
        TierJudgement.judge(
            TIERS,
            passed(
                "S1",
                "2023-07-01",
                "S2",
                "2023-07-02",
                "E1",
                "2023-07-03",
                "B1",
                "2023-10-01",
                "B2",
                "2024-04-02"),
            Map.of());

    assertEquals(d("2024-04-02"), held.get("bronze"));
    assertEquals(d("2024-04-02"), held.get("silver"));
  }

  @Test
  void aLateCompletionWithAnEarlierDayMovesTheTierEarlier() {
    Map<String, LocalDate> held =
        TierJudgement.judge(
            TIERS,
            passed("B1", "2023-05-01", "B2", "2023-05-02"),
            Map.of("bronze", d("2023-12-01")));

    assertEquals(d("2023-05-02"), held.get("bronze"));
  }

  @Test
  void aTierOnRecordIsKeptWhenTheContentNoLongerGivesIt() {
    // the content now asks for a course nobody has: the recorded bronze stays, and silver builds on
    // it
    Tier newBronze = tier("bronze", null, new TierRequirement(List.of("B1", "B3"), List.of()));
    Map<String, LocalDate> held =
        TierJudgement.judge(
            List.of(newBronze, SILVER),
            passed("B1", "2023-05-01", "S1", "2023-07-01", "S2", "2023-07-02", "E2", "2023-07-03"),
            Map.of("bronze", d("2023-06-01")));

    assertEquals(d("2023-06-01"), held.get("bronze"));
    assertEquals(d("2023-07-03"), held.get("silver"));
  }

  @Test
  void progressCountsEachRequiredCourseAndEachChoice() {
    TierRequirement silver = SILVER.requirement();

    assertEquals(3, silver.steps());
    assertEquals(2, silver.stepsDone(List.of("S1", "E1", "E2")));
  }
}
