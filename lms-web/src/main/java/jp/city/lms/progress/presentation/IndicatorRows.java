package jp.city.lms.progress.presentation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import jp.city.lms.progress.entity.IndicatorSheet;
import jp.city.lms.progress.entity.IndicatorSheet.Indicator;

/**
 * The indicator sheet as the city's evaluation sheets lay it out: three lines per indicator, 目標
 * (target), 実績 (actual) and 達成率 (rate), with a column per fiscal year and the mid-term target.
 * People are whole numbers, shares and rates percentages with one decimal; "—" where there is none,
 * as the city writes it.
 */
final class IndicatorRows {

  static final String NONE = "—";

  private IndicatorRows() {}

  /** One line of the sheet. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String indicator;
    private final String kind;
    private final Map<Integer, String> cells;
    private final String midTerm;

    Line(String indicator, String kind, Map<Integer, String> cells, String midTerm) {
      this.indicator = indicator;
      this.kind = kind;
      this.cells = cells;
      this.midTerm = midTerm;
    }

    public String getIndicator() {
      return indicator;
    }

    public String getKind() {
      return kind;
    }

    public String cell(Integer fiscalYear) {
      return cells.getOrDefault(fiscalYear, NONE);
    }

    public String getMidTerm() {
      return midTerm;
    }
  }

  /**
   * The lines of the sheet.
   *
   * @param name an indicator's name
   * @param text the sheet's texts by key
   */
  static List<Line> of(
      IndicatorSheet sheet, Function<Indicator, String> name, Function<String, String> text) {
    List<Line> lines = new ArrayList<>();
    for (Indicator indicator : sheet.indicators()) {
      boolean share = indicator.measure() == IndicatorSheet.Measure.SHARE;
      Map<Integer, String> targets = new LinkedHashMap<>();
      Map<Integer, String> actuals = new LinkedHashMap<>();
      Map<Integer, String> rates = new LinkedHashMap<>();
      for (Integer year : sheet.fiscalYears()) {
        Double target = indicator.targets().get(year);
        Double actual = indicator.actuals().get(year);
        if (target != null) {
          targets.put(year, value(target, share));
        }
        if (actual != null) {
          actuals.put(year, value(actual, share));
        }
        OptionalDouble rate = indicator.rate(year);
        if (rate.isPresent()) {
          rates.put(year, percent(rate.getAsDouble()));
        }
      }
      String title = name.apply(indicator);
      String midTerm = indicator.midTerm() == null ? NONE : value(indicator.midTerm(), share);
      lines.add(new Line(title, text.apply("sheet.target"), targets, midTerm));
      lines.add(new Line(title, text.apply("sheet.actual"), actuals, ""));
      lines.add(new Line(title, text.apply("sheet.rate"), rates, ""));
    }
    return lines;
  }

  static String value(double value, boolean share) {
    return share ? percent(value) : String.valueOf(Math.round(value));
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
