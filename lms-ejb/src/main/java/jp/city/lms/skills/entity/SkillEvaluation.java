package jp.city.lms.skills.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * The skill evaluation of the trained (育成した人材のスキル評価): of the people counted toward the programme's
 * target as of a date, their levels per skill category, grouped by the fiscal year in which they
 * were counted (the year of their first counting tier, as the target counts them) and by the
 * highest counting tier they hold then. Each group gives how many people it has, how many have an
 * assessed level in the category, their mean level and the share at the target of their tier. Like
 * every aggregate that shows skills, a group of fewer than {@link TargetShare#SMALLEST_SHOWN} shows
 * neither its mean nor its share, so that nobody can be singled out.
 */
public final class SkillEvaluation {

  private SkillEvaluation() {}

  /** How someone counts toward the target: the fiscal year they were counted in, and their tier. */
  public record Trained(int fiscalYear, String tier) {}

  /** A trained person and where they stand per category code. */
  public record Trainee(Trained trained, Map<String, CategoryStanding> categories) {}

  /**
   * A group's standing on a category.
   *
   * @param people the group's people
   * @param assessed of them, those with an assessed level in the category
   * @param mean the mean of their mean levels; null when none or fewer than five are assessed
   * @param atTarget of the people whose tier sets a target in the category, those reaching all of
   *     it
   */
  public record Cell(
      int fiscalYear,
      String tier,
      String category,
      int people,
      int assessed,
      Double mean,
      TargetShare atTarget) {

    public int getFiscalYear() {
      return fiscalYear;
    }

    public String getTier() {
      return tier;
    }

    public String getCategory() {
      return category;
    }

    public int getPeople() {
      return people;
    }

    public int getAssessed() {
      return assessed;
    }

    public Double getMean() {
      return mean;
    }

    public TargetShare getAtTarget() {
      return atTarget;
    }
  }

  /**
   * Whether and how someone counts toward the target as of a date: of their achievements of a
   * counting tier within the programme's years and on or before the date, the fiscal year of the
   * earliest and the highest tier.
   *
   * @param achieved the day each tier was achieved
   * @param tiersInOrder tier codes from the first to the highest
   */
  public static Optional<Trained> trained(
      Programme programme,
      List<String> tiersInOrder,
      Map<String, LocalDate> achieved,
      LocalDate asOf) {
    LocalDate first = null;
    String highest = null;
    for (String tier : tiersInOrder) {
      LocalDate on = achieved.get(tier);
      if (on == null
          || on.isAfter(asOf)
          || !programme.countsToward(tier)
          || !programme.covers(FiscalYear.of(on).getYear())) {
        continue;
      }
      highest = tier;
      if (first == null || on.isBefore(first)) {
        first = on;
      }
    }
    return highest == null
        ? Optional.empty()
        : Optional.of(new Trained(FiscalYear.of(first).getYear(), highest));
  }

  /**
   * The groups' cells, by fiscal year, then tier in the tiers' order, then category in the
   * framework's order.
   */
  public static List<Cell> of(
      List<Trainee> trainees, List<String> tiersInOrder, List<String> categoriesInOrder) {
    Map<Integer, Map<Integer, List<Trainee>>> groups = new TreeMap<>();
    for (Trainee t : trainees) {
      groups
          .computeIfAbsent(t.trained().fiscalYear(), y -> new TreeMap<>())
          .computeIfAbsent(tiersInOrder.indexOf(t.trained().tier()), i -> new ArrayList<>())
          .add(t);
    }
    List<Cell> cells = new ArrayList<>();
    groups.forEach(
        (year, byTier) ->
            byTier.forEach(
                (tierIndex, group) -> {
                  for (String category : categoriesInOrder) {
                    cells.add(cell(year, tiersInOrder.get(tierIndex), category, group));
                  }
                }));
    return cells;
  }

  private static Cell cell(int year, String tier, String category, List<Trainee> group) {
    int assessed = 0;
    double sum = 0;
    TargetShare share = new TargetShare(0, 0);
    for (Trainee t : group) {
      CategoryStanding c = t.categories().get(category);
      if (c == null) {
        continue;
      }
      if (c.mean() != null) {
        assessed++;
        sum += c.mean();
      }
      if (c.hasTarget()) {
        share = share.with(c.isMet());
      }
    }
    Double mean = assessed < TargetShare.SMALLEST_SHOWN ? null : sum / assessed;
    return new Cell(year, tier, category, group.size(), assessed, mean, share);
  }
}
