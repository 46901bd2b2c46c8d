package jp.city.lms.curriculum.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The DX talent programme (DX人材育成プロジェクト): its fiscal years, the target of distinct people trained
 * and which tiers count toward it, and the yearly targets per tier.
 *
 * <p>The target counts people, never course completions: someone who reaches silver in one year and
 * gold the next is one person. A person counts once they have reached any of the {@link
 * #countingTiers()} within the programme's fiscal years. Japanese fiscal years run from 1 April to
 * 31 March and are named by the calendar year they start in (FY2023 = 令和5年度).
 *
 * <p>{@link #managerPositions()} are the positions that head an org unit (所属長: 局長, 区長, 部長, 課長 ...):
 * whoever holds one on a date is a manager then, as is anyone with direct reports, and sees their
 * unit and everything below it.
 */
public record Programme(
    String code,
    LocalizedText name,
    int fromFiscalYear,
    int toFiscalYear,
    int targetDistinctPeople,
    List<String> countingTiers,
    List<YearlyTarget> yearlyTargets,
    List<String> managerPositions) {

  public Programme {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    countingTiers = List.copyOf(countingTiers);
    yearlyTargets = List.copyOf(yearlyTargets);
    managerPositions = List.copyOf(managerPositions);
  }

  public boolean covers(int fiscalYear) {
    return fiscalYear >= fromFiscalYear && fiscalYear <= toFiscalYear;
  }

  public boolean countsToward(String tier) {
    return countingTiers.contains(tier);
  }

  /** The tier's target for that year; empty when the tier is not trained that year. */
  public Optional<YearlyTarget> yearlyTarget(String tier, int fiscalYear) {
    return yearlyTargets.stream()
        .filter(t -> t.tier().equals(tier) && t.fiscalYear() == fiscalYear)
        .findFirst();
  }
}
