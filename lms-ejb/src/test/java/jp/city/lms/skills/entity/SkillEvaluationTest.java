package jp.city.lms.skills.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.YearlyTarget;
import jp.city.lms.skills.entity.SkillEvaluation.Cell;
import jp.city.lms.skills.entity.SkillEvaluation.Trained;
import jp.city.lms.skills.entity.SkillEvaluation.Trainee;
import org.junit.jupiter.api.Test;

/**
 * Who is evaluated (counted toward the target as of a date, in the year first counted, at the
 * highest counting tier) and how groups are summed, small groups hidden.
 */
class SkillEvaluationTest {

  private static final Programme PROGRAMME =
      new Programme(
          "dx",
          new LocalizedText("DX", "DX"),
          2023,
          2025,
          2400,
          List.of("silver", "gold"),
          List.of(YearlyTarget.ofPeople("silver", 2023, 700)),
          List.of("課長"));
  private static final List<String> TIERS = List.of("bronze", "silver", "gold");
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

  private static Optional<Trained> trained(Map<String, LocalDate> achieved) {
    return SkillEvaluation.trained(PROGRAMME, TIERS, achieved, AS_OF);
  }

  @Test
  void countedInTheYearOfTheFirstCountingTierAtTheHighestHeld() {
    assertEquals(
        Optional.of(new Trained(2023, "gold")),
        trained(
            Map.of(
                "bronze", LocalDate.of(2023, 5, 1),
                "silver", LocalDate.of(2024, 3, 1),
                "gold", LocalDate.of(2024, 9, 1))),
        "silver in FY2023, gold in FY2024: one person, counted in FY2023, evaluated as gold");
    assertEquals(Optional.empty(), trained(Map.of("bronze", LocalDate.of(2023, 5, 1))));
    assertEquals(
        Optional.empty(),
        trained(Map.of("silver", LocalDate.of(2025, 12, 2))),
        "achieved after the date");
    assertEquals(
        Optional.empty(),
        trained(Map.of("silver", LocalDate.of(2023, 3, 31))),
        "before the programme's years (FY2022)");
  }

  private static Trainee trainee(int year, String tier, Double mean, int targeted, int met) {
    return new Trainee(
        new Trained(year, tier), Map.of("L", new CategoryStanding("L", mean, targeted, met)));
  }

  @Test
  void groupsByYearAndTierWithTheMeanAndShareHiddenUnderFivePeople() {
    List<Trainee> trainees = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      trainees.add(trainee(2024, "silver", 1.0 + i, 2, i < 3 ? 2 : 1));
    }
    trainees.add(trainee(2023, "gold", 3.0, 1, 1));
    trainees.add(trainee(2024, "silver", null, 0, 0));
    List<Cell> cells = SkillEvaluation.of(trainees, TIERS, List.of("L"));
    assertEquals(2, cells.size());
    Cell gold = cells.get(0);
    assertEquals(2023, gold.fiscalYear());
    assertEquals("gold", gold.tier());
    assertEquals(1, gold.people());
    assertNull(gold.mean(), "one person: no mean shown");
    assertEquals(false, gold.atTarget().isShown());
    Cell silver = cells.get(1);
    assertEquals(6, silver.people());
    assertEquals(5, silver.assessed());
    assertEquals(3.0, silver.mean(), 1e-9);
    assertEquals(5, silver.atTarget().people(), "the one without a target is not counted");
    assertEquals(0.6, silver.atTarget().share().getAsDouble(), 1e-9);
  }
}
