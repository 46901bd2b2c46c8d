package jp.city.lms.progress.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.platform.presentation.LocaleBacking;
import jp.city.lms.progress.boundary.ProgressReport;
import jp.city.lms.progress.boundary.ProgressReport.Attribution;
import jp.city.lms.progress.entity.Coverage;
import jp.city.lms.progress.entity.IndicatorSheet;
import jp.city.lms.progress.entity.Progress;
import jp.city.lms.progress.entity.UnitProgress;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;

/**
 * The progress dashboard (進捗): trained people against the target as of a date (default today), the
 * fiscal years with their tier achievements against the yearly targets as a chart and a table that
 * exports to Excel and CSV. The training office and administrators see the city, a manager their
 * unit and everything under it; a date on which the caller was no manager answers 403.
 */
@Named
@ViewScoped
public class ProgressBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String BUNDLE = "jp.city.lms.web.progress";

  @EJB ProgressReport report;
  @EJB Curriculum curriculum;
  @EJB Callers callers;
  @EJB RegistryHistory registry;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking language;

  private String asOf;
  private String level;
  private String by;
  private int unitLevel = 1;
  private Attribution attribution = Attribution.AS_OF;
  private List<UnitProgress> units = List.of();
  private Map<String, String> unitLabels = Map.of();
  private boolean manager;
  private Progress progress;
  private String scopeName;
  private final Map<String, String> tierNames = new LinkedHashMap<>();
  private final List<String> tiers = new ArrayList<>();
  private List<String> countingTiers = List.of();
  private String chart;
  private String monthChart;
  private Coverage coverage;
  private List<IndicatorRows.Line> sheet = List.of();
  private List<Integer> sheetYears = List.of();

  /** One fiscal year as the table shows it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Progress.Year year;
    private final String label;

    Row(Progress.Year year, String label) {
      this.year = year;
      this.label = label;
    }

    public int getFiscalYear() {
      return year.fiscalYear();
    }

    public String getLabel() {
      return label;
    }

    public long getNewlyTrained() {
      return year.newlyTrained();
    }

    public long achieved(String tier) {
      return year.achieved().getOrDefault(tier, 0L);
    }

    /** The yearly target, or null when the tier has none that year. */
    public Long target(String tier) {
      return year.targets().get(tier);
    }
  }

  /** Reads the date and the progress; answers 400 or 403 for what it cannot show. */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    try {
      progress = report.asOf(date);
    } catch (OutOfScopeException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    asOf = date.toString();
    Locale locale = locale();
    ProgrammeContent content = curriculum.content();
    for (Tier tier : content.tiersInOrder()) {
      tiers.add(tier.code());
      tierNames.put(tier.code(), tier.name().in(locale));
    }
    countingTiers = content.programme().countingTiers();
    Scope scope = callers.scope(date);
    scopeName =
        scope.isCity()
            ? text("scope.city")
            : text(
                "scope.unit",
                registry.unitAsOf(scope.unitCode(), date).map(u -> u.getName()).orElse(""));
    chart =
        ProgressChart.byYear(
            progress,
            tiers.stream().filter(countingTiers::contains).toList(),
            tierNames::get,
            this::text,
            locale);
    monthChart = ProgressChart.byMonth(report.byMonth(date), this::text);
    unitLevel = parseLevel(level);
    attribution = "achieved".equals(by) ? Attribution.WHEN_ACHIEVED : Attribution.AS_OF;
    level = String.valueOf(unitLevel);
    by = attribution == Attribution.WHEN_ACHIEVED ? "achieved" : "asOf";
    units = report.byUnit(date, unitLevel, attribution);
    unitLabels = registry.unitLabels(date);
    manager = scope.isManager();
    coverage = report.coverage(date);
    if (isSheetShown()) {
      loadSheet(date, content);
    }
  }

  private static int parseLevel(String level) {
    try {
      return level == null || level.isBlank()
          ? 1
          : Math.max(1, Math.min(6, Integer.parseInt(level)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** A unit's line named with the units above it as of the date; people trained elsewhere. */
  public String unitLabel(UnitProgress unit) {
    if (unit.path() == null) {
      return text("unit.outside");
    }
    return unitLabels.getOrDefault(unit.code(), unit.code());
  }

  /** The coverage of a unit's line as the page writes it. */
  public String unitCoverage(UnitProgress unit) {
    return unit.path() == null ? "" : IndicatorRows.percent(unit.coverage());
  }

  /** Whether the line drills down to the unit's people: a manager's team page holds them. */
  public boolean drillsDown(UnitProgress unit) {
    return manager && unit.path() != null;
  }

  public List<UnitProgress> getUnits() {
    return units;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  /** The indicator sheet is the city's report: the training office's and administrators'. */
  public boolean isSheetShown() {
    return faces.getExternalContext().isUserInRole(Role.TRAINING_OFFICE)
        || faces.getExternalContext().isUserInRole(Role.ADMIN);
  }

  /** The sheet in Japanese whatever the page's language: it is the city's form (行政評価). */
  private void loadSheet(LocalDate date, ProgrammeContent content) {
    IndicatorSheet indicators = report.indicators(date);
    sheetYears = indicators.fiscalYears();
    ResourceBundle japanese =
        ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE, ProgressBacking.class.getClassLoader());
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
    ResourceBundle japanese =
        ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE, ProgressBacking.class.getClassLoader());
    return MessageFormat.format(
        japanese.getString("sheet.midTerm"),
        sheetYears.isEmpty() ? "" : sheetYear(sheetYears.get(sheetYears.size() - 1)));
  }

  /** The sheet's headings in Japanese, by key: the city's form. */
  public String sheetText(String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE, ProgressBacking.class.getClassLoader())
        .getString(key);
  }

  public List<IndicatorRows.Line> getSheet() {
    return sheet;
  }

  public List<Integer> getSheetYears() {
    return sheetYears;
  }

  /** The sheet's file name: 行政評価指標-2025-03-31. */
  public String getSheetFileName() {
    return "indicators-" + asOf;
  }

  public String getMonthChart() {
    return monthChart;
  }

  public long getCoverageStaff() {
    return coverage == null ? 0 : coverage.staff();
  }

  public long getCoverageHolding() {
    return coverage == null ? 0 : coverage.holding();
  }

  /** The coverage as the page writes it: 85.2%. */
  public String getCoverageText() {
    return coverage == null ? "" : IndicatorRows.percent(coverage.rate());
  }

  public String getCoverageTierName() {
    return coverage == null || coverage.tier() == null ? "" : tierName(coverage.tier());
  }

  /** The page's language: the session's choice (the view's locale is not set yet in load). */
  private Locale locale() {
    return language.getLocale();
  }

  String text(String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale(), ProgressBacking.class.getClassLoader());
    String text = bundle.getString(key);
    return arguments.length == 0
        ? text
        : new MessageFormat(text, bundle.getLocale()).format(arguments);
  }

  public List<Row> getRows() {
    if (progress == null) {
      return List.of();
    }
    Locale locale = locale();
    return progress.byFiscalYear().stream()
        .map(y -> new Row(y, FiscalYear.of(y.fiscalYear()).label(locale)))
        .toList();
  }

  /** The rate as a whole percentage for the progress bar (it stops at 100). */
  public int getPercent() {
    return progress == null ? 0 : (int) Math.min(100, Math.round(progress.rate() * 100));
  }

  /** The rate as the page writes it: 51.4%. */
  public String getRateText() {
    return progress == null ? "" : String.format(Locale.ROOT, "%.1f%%", progress.rate() * 100);
  }

  public String tierName(String tier) {
    return tierNames.getOrDefault(tier, tier);
  }

  public long holding(String tier) {
    return progress == null ? 0 : progress.byTier().getOrDefault(tier, 0L);
  }

  /** The export's file name: progress-2025-03-31. */
  public String getFileName() {
    return "progress-" + asOf;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public Progress getProgress() {
    return progress;
  }

  public long getTrained() {
    return progress == null ? 0 : progress.trained();
  }

  public int getTarget() {
    return progress == null ? 0 : progress.target();
  }

  public String getScopeName() {
    return scopeName;
  }

  public List<String> getTiers() {
    return tiers;
  }

  public String getChart() {
    return chart;
  }
}
