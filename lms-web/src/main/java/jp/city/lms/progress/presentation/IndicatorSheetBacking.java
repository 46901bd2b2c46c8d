package jp.city.lms.progress.presentation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.progress.entity.IndicatorSheet;

/**
 * The administrative evaluation sheet (行政評価) of the programme as of a date: 目標, 実績 and 達成率 per
 * fiscal year for its indicators, exported to Excel and CSV. It is the city's form, so it is in
 * Japanese whatever the page's language; the city's report, so the training office's and
 * administrators' only (the boundary refuses anybody else).
 */
@Named
@ViewScoped
public class IndicatorSheetBacking extends ProgressPage {

  private static final long serialVersionUID = 1L;

  private List<IndicatorRows.Line> sheet = List.of();
  private List<Integer> sheetYears = List.of();

  public void load() throws IOException {
    load(
        date -> {
          IndicatorSheet indicators = report.indicators(date);
          ProgrammeContent content = curriculum.content();
          sheetYears = indicators.fiscalYears();
          ResourceBundle japanese = japanese();
          sheet =
              IndicatorRows.of(
                  indicators,
                  indicator -> {
                    String tier =
                        indicator.tier() == null
                            ? ""
                            : content.tier(indicator.tier()).map(t -> t.name().ja()).orElse("");
                    return MessageFormat.format(
                        japanese.getString("sheet." + indicatorKey(indicator)), tier);
                  },
                  japanese::getString);
        });
  }

  private static ResourceBundle japanese() {
    return ResourceBundle.getBundle(
        BUNDLE, Locale.JAPANESE, IndicatorSheetBacking.class.getClassLoader());
  }

  private static String indicatorKey(IndicatorSheet.Indicator indicator) {
    return switch (indicator.key()) {
      case "trained" -> "indicator.trained";
      case "coverage" -> "indicator.coverage";
      default -> "indicator.tier";
    };
  }

  /** A fiscal year as the sheet heads it: 令和5年度. */
  public String sheetYear(Integer fiscalYear) {
    return FiscalYear.of(fiscalYear).label(Locale.JAPANESE);
  }

  /** The sheet's mid-term column: 中期目標（令和7年度）. */
  public String getSheetMidTermHeader() {
    return MessageFormat.format(
        japanese().getString("sheet.midTerm"),
        sheetYears.isEmpty() ? "" : sheetYear(sheetYears.get(sheetYears.size() - 1)));
  }

  /** The sheet's headings in Japanese, by key: the city's form. */
  public String sheetText(String key) {
    return japanese().getString(key);
  }

  public List<IndicatorRows.Line> getSheet() {
    return sheet;
  }

  public List<Integer> getSheetYears() {
    return sheetYears;
  }

  /** The sheet's file name: indicators-2025-03-31. */
  public String getSheetFileName() {
    return "indicators-" + getAsOf();
  }
}
