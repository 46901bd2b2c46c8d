package jp.city.lms.progress.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.progress.entity.Coverage;
import jp.city.lms.progress.entity.Dashboard;
import jp.city.lms.progress.entity.Forecast;
import jp.city.lms.progress.entity.Progress;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.security.boundary.Callers;

/**
 * The progress dashboard (進捗): trained people against the target as of a date (default today), the
 * monthly line with the target path and the forecast, the coverage of the all-staff tier, and the
 * fiscal years with their tier achievements against the yearly targets as a chart and a table that
 * exports to Excel and CSV. The training office and administrators see the city, a manager their
 * unit and everything under it; a date on which the caller was no manager answers 403.
 */
@Named
@ViewScoped
public class ProgressBacking extends ProgressPage {

  private static final long serialVersionUID = 1L;

  @EJB Callers callers;
  @EJB RegistryHistory registry;

  private Dashboard dashboard;
  private String scopeName;
  private String chart;
  private String monthChart;

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

  public void load() throws IOException {
    load(
        date -> {
          dashboard = report.dashboard(date);
          Scope scope = callers.scope(date);
          scopeName =
              scope.isCity()
                  ? text("scope.city")
                  : text(
                      "scope.unit",
                      registry.unitAsOf(scope.unitCode(), date).map(u -> u.getName()).orElse(""));
          List<String> counting = curriculum.content().programme().countingTiers();
          chart =
              ProgressChart.byYear(
                  dashboard.progress(),
                  getTiers().stream().filter(counting::contains).toList(),
                  this::tierName,
                  this::text,
                  locale());
          monthChart = ProgressChart.byMonth(dashboard.months(), dashboard.forecast(), this::text);
        });
  }

  private Progress progress() {
    return dashboard.progress();
  }

  public boolean isLoaded() {
    return dashboard != null;
  }

  public String getMonthChart() {
    return monthChart;
  }

  public String getChart() {
    return chart;
  }

  public String getScopeName() {
    return scopeName;
  }

  private Coverage coverage() {
    return dashboard.coverage();
  }

  public long getCoverageStaff() {
    return coverage().staff();
  }

  public long getCoverageHolding() {
    return coverage().holding();
  }

  /** The coverage as the page writes it: 85.2%. */
  public String getCoverageText() {
    return IndicatorRows.percent(coverage().rate());
  }

  public String getCoverageTierName() {
    return coverage().tier() == null ? "" : tierName(coverage().tier());
  }

  public Forecast getForecast() {
    return dashboard.forecast();
  }

  /** The forecast's assumption in words, with its figures. */
  public String getForecastAssumption() {
    Forecast forecast = getForecast();
    return text(
        "forecast.assumption",
        forecast.recent(),
        forecast.windowDays(),
        String.format(Locale.ROOT, "%.1f", forecast.monthlyPace()),
        FiscalYear.of(forecast.end()).label(locale()));
  }

  /** What it takes from now: the people a month, or that the time is over. */
  public String getForecastNeeded() {
    double needed = getForecast().neededMonthlyPace();
    if (needed == 0) {
      return text("forecast.reached");
    }
    return needed < 0
        ? text("forecast.over")
        : text("forecast.needed", String.format(Locale.ROOT, "%.1f", needed));
  }

  public List<Row> getRows() {
    Locale locale = locale();
    return progress().byFiscalYear().stream()
        .map(y -> new Row(y, FiscalYear.of(y.fiscalYear()).label(locale)))
        .toList();
  }

  /** The rate as a whole percentage for the progress bar (it stops at 100). */
  public int getPercent() {
    return (int) Math.min(100, Math.round(progress().rate() * 100));
  }

  /** The rate as the page writes it: 51.4%. */
  public String getRateText() {
    return String.format(Locale.ROOT, "%.1f%%", progress().rate() * 100);
  }

  public long holding(String tier) {
    return progress().byTier().getOrDefault(tier, 0L);
  }

  /** The export's file name: progress-2025-03-31. */
  public String getFileName() {
    return "progress-" + getAsOf();
  }

  public long getTrained() {
    return progress().trained();
  }

  public int getTarget() {
    return progress().target();
  }
}
