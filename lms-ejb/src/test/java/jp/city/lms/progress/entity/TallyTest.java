package jp.city.lms.progress.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.YearlyTarget;
import org.junit.jupiter.api.Test;

/**
 * The counting rules of the contract: distinct people, the fiscal year of the first counting
 * achievement, leavers counted, the as-of date and the programme's years; and progress built from
 * the counts (targets, all-staff targets, rate).
 */
class TallyTest {

  static final Programme PROGRAMME =
      new Programme(
          "dx",
          new LocalizedText("DX", "DX"),
          2023,
          2025,
          2400,
          List.of("silver", "gold"),
          List.of(
              YearlyTarget.allStaff("bronze", 2023),
              YearlyTarget.allStaff("bronze", 2024),
              YearlyTarget.allStaff("bronze", 2025),
              YearlyTarget.ofPeople("silver", 2023, 700),
              YearlyTarget.ofPeople("silver", 2024, 700),
              YearlyTarget.ofPeople("silver", 2025, 700),
              YearlyTarget.ofPeople("gold", 2024, 60),
              YearlyTarget.ofPeople("gold", 2025, 60)),
          List.of("課長"));
  static final List<String> TIERS = List.of("bronze", "silver", "gold");
  static final LocalDate END = LocalDate.of(2026, 3, 31);

  private static Achievement a(String person, String tier, String on) {
    return new Achievement(person, tier, LocalDate.parse(on));
  }

  @Test
  void silverThenGoldIsOnePersonCountedInTheYearOfSilver() {
    Tally tally =
        Tally.count(
            PROGRAMME,
            END,
            List.of(
                a("1", "bronze", "2023-05-01"),
                a("1", "silver", "2023-10-01"),
                a("1", "gold", "2024-07-01")));
    assertEquals(1, tally.trained());
    assertEquals(Map.of(2023, 1L), tally.newlyTrained());
    assertEquals(1, tally.achieved("silver", 2023));
    assertEquals(1, tally.achieved("gold", 2024));
    assertEquals(0, tally.achieved("gold", 2023));
  }

  @Test
  void distinctPeopleNotAchievementsAndBronzeDoesNotCount() {
    Tally tally =
        Tally.count(
            PROGRAMME,
            END,
            List.of(
                a("1", "silver", "2023-06-01"),
                a("1", "gold", "2023-09-01"),
                a("2", "silver", "2024-06-01"),
                a("3", "bronze", "2024-06-01"),
                a("4", "silver", "2025-04-01")));
    assertEquals(3, tally.trained());
    assertEquals(Map.of(2023, 1L, 2024, 1L, 2025, 1L), tally.newlyTrained());
    assertEquals(2, tally.achieved("gold", 2023) + tally.achieved("silver", 2023));
    assertEquals(1, tally.holding("bronze"));
  }

  @Test
  void theFiscalYearRunsFromAprilToMarch() {
    Tally tally =
        Tally.count(
            PROGRAMME,
            END,
            List.of(a("1", "silver", "2024-03-31"), a("2", "silver", "2024-04-01")));
    assertEquals(Map.of(2023, 1L, 2024, 1L), tally.newlyTrained());
  }

  @Test
  void nothingAfterTheAsOfDateCounts() {
    List<Achievement> achievements =
        List.of(
            a("1", "silver", "2023-10-01"),
            a("1", "gold", "2024-07-01"),
            a("2", "silver", "2024-07-02"));
    Tally atGold = Tally.count(PROGRAMME, LocalDate.of(2024, 7, 1), achievements);
    assertEquals(1, atGold.trained());
    assertEquals(1, atGold.achieved("gold", 2024));
    assertEquals(0, atGold.achieved("silver", 2024));
    assertEquals(1, atGold.holding("silver"));
    Tally before = Tally.count(PROGRAMME, LocalDate.of(2023, 9, 30), achievements);
    assertEquals(0, before.trained());
    assertEquals(0, before.holding("gold"));
    Tally onTheDay = Tally.count(PROGRAMME, LocalDate.of(2024, 7, 2), achievements);
    assertEquals(2, onTheDay.trained(), "an achievement on the as-of date counts");
  }

  @Test
  void onlyTheProgrammeYearsCountButHoldingDoesNotCareWhen() {
    Tally tally =
        Tally.count(
            PROGRAMME,
            LocalDate.of(2027, 1, 1),
            List.of(
                a("early", "silver", "2023-03-31"),
                a("early", "gold", "2024-05-01"),
                a("late", "silver", "2026-04-01"),
                a("before", "silver", "2022-12-01")));
    assertEquals(1, tally.trained(), "only 'early', by gold in FY2024");
    assertEquals(Map.of(2024, 1L), tally.newlyTrained());
    assertEquals(0, tally.achieved("silver", 2022));
    assertEquals(0, tally.achieved("silver", 2026));
    assertEquals(3, tally.holding("silver"));
  }

  @Test
  void leaversStillCount() {
    // the count reads achievements alone: someone who left the city after silver is in it
    Tally tally =
        Tally.count(
            PROGRAMME,
            END,
            List.of(a("left-2024", "silver", "2023-11-01"), a("working", "silver", "2024-11-01")));
    assertEquals(2, tally.trained());
  }

  @Test
  void progressHasEveryYearTierAndTargetAndTheRate() {
    List<Achievement> achievements = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      achievements.add(a("p" + i, "silver", i < 690 ? "2023-06-01" : "2024-06-01"));
    }
    achievements.add(a("p0", "gold", "2024-09-01"));
    LocalDate asOf = LocalDate.of(2024, 12, 1);
    Progress progress =
        Progress.of(
            PROGRAMME,
            TIERS,
            asOf,
            Tally.count(PROGRAMME, asOf, achievements),
            date -> date.equals(LocalDate.of(2024, 3, 31)) ? 9000L : 9100L);
    assertEquals(1234, progress.trained());
    assertEquals(2400, progress.target());
    assertEquals(0.514, progress.rate());
    assertEquals(3, progress.byFiscalYear().size());
    Progress.Year fy2023 = progress.byFiscalYear().get(0);
    assertEquals(2023, fy2023.fiscalYear());
    assertEquals(690, fy2023.newlyTrained());
    assertEquals(List.of("bronze", "silver", "gold"), List.copyOf(fy2023.achieved().keySet()));
    assertEquals(Map.of("bronze", 9000L, "silver", 700L), fy2023.targets(), "no gold in FY2023");
    Progress.Year fy2024 = progress.year(2024).orElseThrow();
    assertEquals(544, fy2024.newlyTrained());
    assertEquals(1, fy2024.achieved().get("gold"));
    assertEquals(
        Map.of("bronze", 9100L, "silver", 700L, "gold", 60L),
        fy2024.targets(),
        "bronze measured on the as-of date while the year runs");
    assertEquals(0, progress.year(2025).orElseThrow().newlyTrained());
    assertEquals(
        progress.trained(),
        progress.byFiscalYear().stream().mapToLong(Progress.Year::newlyTrained).sum());
    assertEquals(Map.of("bronze", 0L, "silver", 1234L, "gold", 1L), progress.byTier());
  }

  @Test
  void allStaffTargetsAreMeasuredAtTheYearsEndOrTheAsOfDate() {
    LocalDate asOf = LocalDate.of(2024, 5, 1);
    assertEquals(LocalDate.of(2024, 3, 31), Progress.workforceDate(2023, asOf));
    assertEquals(asOf, Progress.workforceDate(2024, asOf));
    assertEquals(asOf, Progress.workforceDate(2025, asOf));
  }

  @Test
  void theYearsAlwaysAddUpToTheTrained() {
    Random random = new Random(7);
    List<Achievement> achievements = new ArrayList<>();
    LocalDate first = LocalDate.of(2022, 1, 1);
    for (int i = 0; i < 2000; i++) {
      String person = "p" + random.nextInt(600);
      String tier = TIERS.get(random.nextInt(3));
      achievements.add(new Achievement(person, tier, first.plusDays(random.nextInt(1800))));
    }
    for (LocalDate asOf = first; asOf.isBefore(first.plusDays(1900)); asOf = asOf.plusDays(97)) {
      Tally tally = Tally.count(PROGRAMME, asOf, achievements);
      LocalDate until = asOf;
      long distinct =
          achievements.stream()
              .filter(x -> !x.tier().equals("bronze"))
              .filter(x -> !x.on().isAfter(until))
              .filter(x -> !x.on().isBefore(LocalDate.of(2023, 4, 1)))
              .filter(x -> !x.on().isAfter(END))
              .map(Achievement::person)
              .distinct()
              .count();
      assertEquals(distinct, tally.trained(), "as of " + asOf);
    }
  }
}
