package jp.city.lms.progress.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.YearlyTarget;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * Progress toward the target as of a date, for the whole city or a manager's scope: the trained
 * people (see {@link Tally}) against the programme's target, each programme year with its newly
 * trained people, achievements per tier and yearly targets, and the people holding each tier.
 *
 * <p>A yearly target of "all staff" (bronze, 全職員) is shown as a number: the workforce (在職 and 休職,
 * people on leave are staff) in the scope on the last day of that fiscal year, or on the as-of date
 * when that comes first (a year not over yet, or not begun, is measured against the staff known on
 * the as-of date).
 *
 * @param rate trained / target, rounded to three decimals (0 when the target is 0)
 * @param byTier the people holding each tier as of the date, in tier order
 */
public record Progress(
    LocalDate asOf,
    int target,
    long trained,
    double rate,
    List<Year> byFiscalYear,
    Map<String, Long> byTier)
    implements Serializable {

  /**
   * One programme fiscal year.
   *
   * @param achieved per tier, in tier order, every tier shown (0 where none)
   * @param targets per tier with a target that year, in tier order
   */
  public record Year(
      int fiscalYear, long newlyTrained, Map<String, Long> achieved, Map<String, Long> targets)
      implements Serializable {

    public Year {
      achieved = new LinkedHashMap<>(achieved);
      targets = new LinkedHashMap<>(targets);
    }
  }

  public Progress {
    Objects.requireNonNull(asOf, "asOf");
    byFiscalYear = List.copyOf(byFiscalYear);
    byTier = new LinkedHashMap<>(byTier);
  }

  /**
   * Progress from the counts.
   *
   * @param tiers the tier codes, lowest first
   * @param workforce the workforce of the scope on a date, for "all staff" targets
   */
  public static Progress of(
      Programme programme,
      List<String> tiers,
      LocalDate asOf,
      Tally tally,
      Function<LocalDate, Long> workforce) {
    List<Year> years = new ArrayList<>();
    for (int year = programme.fromFiscalYear(); year <= programme.toFiscalYear(); year++) {
      Map<String, Long> achieved = new LinkedHashMap<>();
      Map<String, Long> targets = new LinkedHashMap<>();
      for (String tier : tiers) {
        achieved.put(tier, tally.achieved(tier, year));
        int fiscalYear = year;
        programme
            .yearlyTarget(tier, year)
            .ifPresent(t -> targets.put(tier, target(t, fiscalYear, asOf, workforce)));
      }
      years.add(new Year(year, tally.newlyTrained(year), achieved, targets));
    }
    Map<String, Long> byTier = new LinkedHashMap<>();
    tiers.forEach(tier -> byTier.put(tier, tally.holding(tier)));
    int target = programme.targetDistinctPeople();
    long trained = tally.trained();
    double rate = target <= 0 ? 0 : Math.round(trained * 1000.0 / target) / 1000.0;
    return new Progress(asOf, target, trained, rate, years, byTier);
  }

  /** The date an "all staff" target of a fiscal year is measured on. */
  public static LocalDate workforceDate(int fiscalYear, LocalDate asOf) {
    LocalDate end = FiscalYear.of(fiscalYear).getEnd();
    return end.isBefore(asOf) ? end : asOf;
  }

  private static long target(
      YearlyTarget target, int fiscalYear, LocalDate asOf, Function<LocalDate, Long> workforce) {
    if (target.isAllStaff()) {
      return workforce.apply(workforceDate(fiscalYear, asOf));
    }
    return target.people().getAsInt();
  }

  /** The year's row, if it is a programme year. */
  public Optional<Year> year(int fiscalYear) {
    return byFiscalYear.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst();
  }
}
