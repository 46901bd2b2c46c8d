package jp.city.lms.progress.presentation;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.progress.entity.Forecast;
import jp.city.lms.progress.entity.MonthPoint;
import jp.city.lms.progress.entity.Progress;

/**
 * The progress charts as Chart.js configurations for {@code p:chart}: per fiscal year, the
 * achievements of each counting tier beside its yearly target. Bronze is left out of the chart (its
 * target is every staff member, which would dwarf the rest); the table beside it shows it.
 */
final class ProgressChart {

  private static final String[] ACHIEVED = {"#64748b", "#0b4f8a", "#b45309"};
  private static final String[] TARGET = {"#cbd5e1", "#93c5fd", "#fcd34d"};

  private ProgressChart() {}

  /**
   * Bars per fiscal year: achieved and target for each charted tier.
   *
   * @param tiers the tiers to chart, with their names
   * @param text the page's texts by key, in its language
   */
  static String byYear(
      Progress progress,
      List<String> tiers,
      Function<String, String> tierName,
      Function<String, String> text,
      Locale locale) {
    JsonArrayBuilder labels = JsonBuilders.array();
    progress.byFiscalYear().forEach(y -> labels.add(FiscalYear.of(y.fiscalYear()).label(locale)));
    JsonArrayBuilder datasets = JsonBuilders.array();
    for (int i = 0; i < tiers.size(); i++) {
      String tier = tiers.get(i);
      JsonArrayBuilder achieved = JsonBuilders.array();
      JsonArrayBuilder target = JsonBuilders.array();
      for (Progress.Year year : progress.byFiscalYear()) {
        achieved.add(year.achieved().getOrDefault(tier, 0L));
        Long goal = year.targets().get(tier);
        if (goal == null) {
          target.addNull();
        } else {
          target.add(goal);
        }
      }
      int colour = Math.min(i + 1, ACHIEVED.length - 1);
      datasets.add(
          dataset(tierName.apply(tier) + " " + text.apply("chart.achieved"), achieved)
              .add("backgroundColor", ACHIEVED[colour]));
      datasets.add(
          dataset(tierName.apply(tier) + " " + text.apply("chart.target"), target)
              .add("backgroundColor", TARGET[colour]));
    }
    JsonObjectBuilder options =
        JsonBuilders.object()
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "scales",
                JsonBuilders.object()
                    .add(
                        "y",
                        JsonBuilders.object()
                            .add("beginAtZero", true)
                            .add("ticks", JsonBuilders.object().add("precision", 0))));
    return JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  /**
   * The trained people cumulative by month, the even path to the target beside them, to the
   * programme's last month, and the forecast from the as-of month on: a straight line at the pace
   * of the last year (see {@link Forecast}).
   */
  static String byMonth(List<MonthPoint> points, Forecast forecast, Function<String, String> text) {
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder trained = JsonBuilders.array();
    JsonArrayBuilder path = JsonBuilders.array();
    JsonArrayBuilder ahead = JsonBuilders.array();
    if (!points.isEmpty()) {
      YearMonth first = points.get(0).month();
      YearMonth last = YearMonth.from(forecast.end());
      YearMonth now = points.get(points.size() - 1).month();
      long months = first.until(last, ChronoUnit.MONTHS) + 1;
      long monthsAhead = Math.max(1, now.until(last, ChronoUnit.MONTHS));
      long step = 0;
      for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
        step++;
        labels.add(String.format("%d/%02d", month.getYear(), month.getMonthValue()));
        path.add(Math.round(forecast.target() * 10.0 * step / months) / 10.0);
        if (!month.isAfter(now)) {
          trained.add(points.get((int) step - 1).trained());
        } else {
          trained.addNull();
        }
        if (month.isBefore(now) || forecast.daysLeft() == 0) {
          ahead.addNull();
        } else {
          long gone = now.until(month, ChronoUnit.MONTHS);
          ahead.add(
              Math.round(
                  forecast.trained()
                      + (double) (forecast.byPace() - forecast.trained()) * gone / monthsAhead));
        }
      }
    }
    JsonArrayBuilder datasets =
        JsonBuilders.array()
            .add(
                dataset(text.apply("chart.cumulative"), trained)
                    .add("borderColor", ACHIEVED[1])
                    .add("backgroundColor", ACHIEVED[1])
                    .add("fill", false))
            .add(
                dataset(text.apply("chart.path"), path)
                    .add("borderColor", TARGET[2])
                    .add("backgroundColor", TARGET[2])
                    .add("borderDash", JsonBuilders.array().add(6).add(4))
                    .add("pointRadius", 0)
                    .add("fill", false))
            .add(
                dataset(text.apply("chart.forecast"), ahead)
                    .add("borderColor", ACHIEVED[2])
                    .add("backgroundColor", ACHIEVED[2])
                    .add("borderDash", JsonBuilders.array().add(2).add(3))
                    .add("pointRadius", 0)
                    .add("fill", false));
    JsonObjectBuilder options =
        JsonBuilders.object()
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "scales",
                JsonBuilders.object().add("y", JsonBuilders.object().add("beginAtZero", true)));
    return JsonBuilders.object()
        .add("type", "line")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data) {
    return JsonBuilders.object().add("label", label).add("data", data);
  }
}
