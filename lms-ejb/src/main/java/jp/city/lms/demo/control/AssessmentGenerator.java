package jp.city.lms.demo.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import jp.city.lms.curriculum.entity.SkillFramework;

/**
 * Skill assessments for the demo city, consistent with its learning history and the same for every
 * start with the same seed: whoever achieved a tier took its test on that day (the skills the
 * tier's target sets at level 2 or above), mostly at the target and sometimes one below; most of
 * them assessed themselves two weeks later, a little above or below the test; their manager of the
 * time assessed many in the next review season (March). Some staff without a tier assessed
 * themselves on the literacy skills when the programme began. Nothing is dated after today or after
 * someone left.
 */
public final class AssessmentGenerator {

  /** The day of the managers' yearly review. */
  static final MonthDay REVIEW = MonthDay.of(3, 1);

  /** When the programme's first self-assessment campaign ran. */
  static final LocalDate CAMPAIGN = LocalDate.of(2023, 6, 1);

  /**
   * A person as the generator needs them.
   *
   * @param managers the manager's employee number by the first day of each assignment (null where
   *     they had none)
   * @param tiers the day each tier was achieved
   */
  public record Person(
      long id,
      String employeeNo,
      LocalDate hiredOn,
      LocalDate leftOn,
      NavigableMap<LocalDate, String> managers,
      Map<String, LocalDate> tiers) {

    String managerOn(LocalDate date) {
      var entry = managers.floorEntry(date);
      return entry == null ? null : entry.getValue();
    }

    boolean workingOn(LocalDate date) {
      return (hiredOn == null || !date.isBefore(hiredOn))
          && (leftOn == null || !date.isAfter(leftOn));
    }
  }

  /** An assessment to write. */
  public record Row(
      long staffId, String skill, int level, String source, LocalDate on, String recordedBy) {}

  private final long seed;
  private final SkillFramework framework;
  private final List<String> tiersInOrder;
  private final LocalDate today;

  public AssessmentGenerator(
      long seed, SkillFramework framework, List<String> tiersInOrder, LocalDate today) {
    this.seed = seed;
    this.framework = framework;
    this.tiersInOrder = List.copyOf(tiersInOrder);
    this.today = today;
  }

  public List<Row> generate(List<Person> people) {
    List<Row> rows = new ArrayList<>();
    for (Person person : people) {
      Random random = new Random(seed * 1_000_003L + person.id());
      boolean heldAny = false;
      for (String tier : tiersInOrder) {
        LocalDate achieved = person.tiers().get(tier);
        if (achieved != null) {
          heldAny = true;
          assessTier(person, tier, achieved, random, rows);
        }
      }
      if (!heldAny && random.nextDouble() < 0.2 && !tiersInOrder.isEmpty()) {
        LocalDate on = later(CAMPAIGN, person.hiredOn());
        if (fits(person, on)) {
          for (String skill : framework.targetFor(tiersInOrder.get(0), null).keySet()) {
            rows.add(row(person, skill, random.nextInt(2), "SELF", on, person.employeeNo()));
          }
        }
      }
    }
    return rows;
  }

  private void assessTier(
      Person person, String tier, LocalDate achieved, Random random, List<Row> rows) {
    boolean first = tier.equals(tiersInOrder.get(0));
    double selfChance = first ? 0.3 : 0.8;
    double managerChance = first ? 0.1 : 0.6;
    LocalDate selfOn = achieved.plusDays(14);
    LocalDate review = REVIEW.atYear(achieved.getYear());
    if (!review.isAfter(achieved)) {
      review = REVIEW.atYear(achieved.getYear() + 1);
    }
    String manager = person.managerOn(review);
    boolean self = random.nextDouble() < selfChance && fits(person, selfOn);
    boolean managed =
        random.nextDouble() < managerChance
            && fits(person, review)
            && manager != null
            && !manager.equals(person.employeeNo());
    for (Map.Entry<String, Integer> target : framework.targetFor(tier, null).entrySet()) {
      int aim = target.getValue();
      int level = clamp(random.nextDouble() < 0.7 ? aim : aim - 1);
      if (aim >= 2 && fits(person, achieved)) {
        rows.add(row(person, target.getKey(), level, "TEST", achieved, null));
      }
      if (self) {
        int drift = pick(random, 0.2, 0.5);
        rows.add(
            row(
                person,
                target.getKey(),
                clamp(level + drift),
                "SELF",
                selfOn,
                person.employeeNo()));
      }
      if (managed) {
        int drift = pick(random, 0.3, 0.6);
        rows.add(row(person, target.getKey(), clamp(level + drift), "MANAGER", review, manager));
      }
    }
  }

  /** -1, 0 or +1 with the chances of the first two. */
  private static int pick(Random random, double lower, double same) {
    double r = random.nextDouble();
    return r < lower ? -1 : r < lower + same ? 0 : 1;
  }

  private int clamp(int level) {
    return Math.max(framework.minLevel(), Math.min(framework.maxLevel(), level));
  }

  private boolean fits(Person person, LocalDate on) {
    return !on.isAfter(today) && person.workingOn(on);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b != null && b.isAfter(a) ? b : a;
  }

  private static Row row(
      Person person, String skill, int level, String source, LocalDate on, String by) {
    return new Row(person.id(), skill, level, source, on, by);
  }
}
