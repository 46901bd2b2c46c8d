package jp.city.lms.progress.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * The counts progress is made of, as of a date (contract v1, "Progress toward the target").
 *
 * <ul>
 *   <li><b>trained</b> (育成人数): distinct people who achieved at least one of the programme's
 *       counting tiers on a date within its fiscal years and on or before the as-of date. People
 *       who left still count: the registry's status plays no part. Someone silver in FY2023 and
 *       gold in FY2024 is one person, counted in the fiscal year of their first counting
 *       achievement ({@link #newlyTrained}), so the years add up to the trained people.
 *   <li><b>achieved</b>: per tier and programme fiscal year, the achievements of that tier dated in
 *       that year and on or before the as-of date (one per person and tier, as a tier is achieved
 *       once).
 *   <li><b>holding</b>: per tier, the people who hold it as of the date, whenever they achieved it.
 * </ul>
 *
 * The database computes the same counts with aggregates (the boundary), the first dates with {@link
 * #firsts}; {@link #count} computes them from the achievements themselves, which is the rule the
 * aggregates are checked against.
 *
 * @param newlyTrained by fiscal year: the people whose first counting achievement fell in it
 * @param achieved by tier, then fiscal year
 * @param holding by tier
 */
public record Tally(
    Map<Integer, Long> newlyTrained,
    Map<String, Map<Integer, Long>> achieved,
    Map<String, Long> holding) {

  public Tally {
    newlyTrained = Map.copyOf(newlyTrained);
    Map<String, Map<Integer, Long>> copy = new HashMap<>();
    achieved.forEach((tier, years) -> copy.put(tier, Map.copyOf(years)));
    achieved = Map.copyOf(copy);
    holding = Map.copyOf(holding);
  }

  /** The counts by the contract's rules, from every achievement there is (or in a scope). */
  public static Tally count(
      Programme programme, LocalDate asOf, Collection<Achievement> achievements) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, Map<Integer, Long>> achieved = new HashMap<>();
    Map<String, Long> holding = new HashMap<>();
    for (Achievement a : achievements) {
      if (a.on().isAfter(asOf)) {
        continue;
      }
      holding.merge(a.tier(), 1L, Long::sum);
      int year = FiscalYear.of(a.on()).getYear();
      if (programme.covers(year)) {
        achieved.computeIfAbsent(a.tier(), t -> new HashMap<>()).merge(year, 1L, Long::sum);
      }
    }
    Map<Integer, Long> newly = new HashMap<>();
    firsts(programme, asOf, achievements)
        .values()
        .forEach(on -> newly.merge(FiscalYear.of(on).getYear(), 1L, Long::sum));
    return new Tally(newly, achieved, holding);
  }

  /**
   * Each trained person's first counting achievement: the earliest of a counting tier dated in a
   * programme year, on or before the as-of date. Its fiscal year is the one they are counted in.
   */
  public static Map<String, LocalDate> firsts(
      Programme programme, LocalDate asOf, Collection<Achievement> achievements) {
    Map<String, LocalDate> firsts = new HashMap<>();
    for (Achievement a : achievements) {
      if (!a.on().isAfter(asOf)
          && programme.countsToward(a.tier())
          && programme.covers(FiscalYear.of(a.on()).getYear())) {
        firsts.merge(a.person(), a.on(), (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    return firsts;
  }

  /** The distinct people trained: the newly trained of every year together. */
  public long trained() {
    return newlyTrained.values().stream().mapToLong(Long::longValue).sum();
  }

  public long newlyTrained(int fiscalYear) {
    return newlyTrained.getOrDefault(fiscalYear, 0L);
  }

  public long achieved(String tier, int fiscalYear) {
    return achieved.getOrDefault(tier, Map.of()).getOrDefault(fiscalYear, 0L);
  }

  public long holding(String tier) {
    return holding.getOrDefault(tier, 0L);
  }
}
