package jp.city.lms.progress.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * The programme's indicators as the city's administrative evaluation sheet (行政評価) lays them out:
 * per indicator and programme fiscal year its target (目標), actual (実績) and achievement rate (達成率),
 * with the mid-term target (中期目標) of the programme's last year.
 *
 * <ul>
 *   <li><b>trained</b>: distinct people trained, cumulative to each year's end (or the as-of date).
 *       The city states one target, 2,400 by the last year; the yearly targets are its even path
 *       (800, 1,600, 2,400 over three years), an assumption the sheet states.
 *   <li>one row per counting tier: the tier's achievements in the year against its yearly target.
 *   <li><b>coverage</b> of the all-staff tier (bronze): the share of the workforce holding it at
 *       the year's end (or the as-of date), against 100 %.
 * </ul>
 *
 * A year that has not begun by the as-of date has no actual yet; a year under way shows the actual
 * so far.
 */
public record IndicatorSheet(LocalDate asOf, List<Integer> fiscalYears, List<Indicator> indicators)
    implements Serializable {

  /** What an indicator counts: people, or a share of the workforce. */
  public enum Measure {
    PEOPLE,
    SHARE
  }

  /**
   * One indicator.
   *
   * @param key "trained", a counting tier's code, or "coverage"
   * @param tier the tier it is about (null for trained)
   * @param targets by fiscal year; absent where the year has no target
   * @param actuals by fiscal year; absent where the year has not begun
   * @param midTerm the target of the programme's last year
   */
  public record Indicator(
      String key,
      String tier,
      Measure measure,
      Map<Integer, Double> targets,
      Map<Integer, Double> actuals,
      Double midTerm)
      implements Serializable {

    public Indicator {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(measure, "measure");
      targets = new LinkedHashMap<>(targets);
      actuals = new LinkedHashMap<>(actuals);
    }

    /** 達成率: actual / target; empty without either, or with a target of 0. */
    public OptionalDouble rate(int fiscalYear) {
      Double target = targets.get(fiscalYear);
      Double actual = actuals.get(fiscalYear);
      if (target == null || actual == null || target == 0) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(actual / target);
    }
  }

  public IndicatorSheet {
    Objects.requireNonNull(asOf, "asOf");
    fiscalYears = List.copyOf(fiscalYears);
    indicators = List.copyOf(indicators);
  }

  /** The target path of the distinct people: even steps to the target by the last year. */
  public static long pathTarget(Programme programme, int fiscalYear) {
    int years = programme.toFiscalYear() - programme.fromFiscalYear() + 1;
    int elapsed = fiscalYear - programme.fromFiscalYear() + 1;
    return Math.round((double) programme.targetDistinctPeople() * elapsed / years);
  }

  /**
   * The sheet from the city's progress as of a date.
   *
   * @param coverageTier the all-staff tier (bronze), or null when the programme has none
   * @param coverage per fiscal year, the workforce holding the coverage tier on the year's
   *     measuring date ({@link Progress#workforceDate}); its target there is the workforce itself
   */
  public static IndicatorSheet of(
      Programme programme, Progress progress, String coverageTier, Map<Integer, Long> coverage) {
    LocalDate asOf = progress.asOf();
    List<Integer> years = new ArrayList<>();
    Map<Integer, Double> trainedTargets = new LinkedHashMap<>();
    Map<Integer, Double> trainedActuals = new LinkedHashMap<>();
    long cumulative = 0;
    for (Progress.Year year : progress.byFiscalYear()) {
      int fy = year.fiscalYear();
      years.add(fy);
      trainedTargets.put(fy, (double) pathTarget(programme, fy));
      cumulative += year.newlyTrained();
      if (begun(fy, asOf)) {
        trainedActuals.put(fy, (double) cumulative);
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(
        new Indicator(
            "trained",
            null,
            Measure.PEOPLE,
            trainedTargets,
            trainedActuals,
            (double) programme.targetDistinctPeople()));
    for (String tier : programme.countingTiers()) {
      Map<Integer, Double> targets = new LinkedHashMap<>();
      Map<Integer, Double> actuals = new LinkedHashMap<>();
      for (Progress.Year year : progress.byFiscalYear()) {
        Long target = year.targets().get(tier);
        if (target != null) {
          targets.put(year.fiscalYear(), target.doubleValue());
        }
        if (begun(year.fiscalYear(), asOf)) {
          actuals.put(year.fiscalYear(), year.achieved().getOrDefault(tier, 0L).doubleValue());
        }
      }
      indicators.add(
          new Indicator(
              tier, tier, Measure.PEOPLE, targets, actuals, targets.get(programme.toFiscalYear())));
    }
    if (coverageTier != null) {
      Map<Integer, Double> targets = new LinkedHashMap<>();
      Map<Integer, Double> actuals = new LinkedHashMap<>();
      for (Progress.Year year : progress.byFiscalYear()) {
        Long staff = year.targets().get(coverageTier);
        if (staff == null) {
          continue;
        }
        targets.put(year.fiscalYear(), 1.0);
        if (begun(year.fiscalYear(), asOf)) {
          long holding = coverage.getOrDefault(year.fiscalYear(), 0L);
          actuals.put(year.fiscalYear(), staff == 0 ? 0 : (double) holding / staff);
        }
      }
      indicators.add(new Indicator("coverage", coverageTier, Measure.SHARE, targets, actuals, 1.0));
    }
    return new IndicatorSheet(asOf, years, indicators);
  }

  private static boolean begun(int fiscalYear, LocalDate asOf) {
    return !FiscalYear.of(fiscalYear).getStart().isAfter(asOf);
  }
}
