package jp.city.lms.progress.rest;

import java.util.List;
import java.util.Map;
import jp.city.lms.progress.entity.Progress;

/**
 * {@code GET /api/progress} (contract v1): {@code {"asOf", "target", "trained", "rate",
 * "byFiscalYear": [{"fiscalYear", "newlyTrained", "achieved": {tier: n}, "targets": {tier: n}}],
 * "byTier": {tier: n}}}.
 */
public record ProgressAnswer(
    String asOf,
    int target,
    long trained,
    double rate,
    List<YearAnswer> byFiscalYear,
    Map<String, Long> byTier) {

  /** One programme fiscal year. */
  public record YearAnswer(
      int fiscalYear, long newlyTrained, Map<String, Long> achieved, Map<String, Long> targets) {}

  static ProgressAnswer of(Progress progress) {
    return new ProgressAnswer(
        progress.asOf().toString(),
        progress.target(),
        progress.trained(),
        progress.rate(),
        progress.byFiscalYear().stream()
            .map(y -> new YearAnswer(y.fiscalYear(), y.newlyTrained(), y.achieved(), y.targets()))
            .toList(),
        progress.byTier());
  }
}
