package jp.city.lms.skills.presentation;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.platform.presentation.LocaleBacking;
import jp.city.lms.skills.boundary.SkillEvaluations;
import jp.city.lms.skills.entity.SkillEvaluation.Cell;
import jp.city.lms.skills.entity.TargetShare;

/**
 * The skill evaluation of the trained ({@code reports/skill-evaluation.xhtml?asOf=}, スキル評価) for the
 * training office and administrators: how many count toward the target on the date, a bar chart per
 * tier of the mean level per skill category, one bar per fiscal year of training, and the table
 * behind it (fiscal year, tier, category: people, assessed, mean level, share at target; groups of
 * fewer than five show neither), exportable to Excel and CSV. Managers, whom the reports folder
 * admits, get 403: the boundary refuses them.
 */
@Named
@ViewScoped
public class SkillEvaluationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<String> YEAR_COLOURS =
      List.of("#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a", "#0f172a");

  /** A tier's chart: its name and the Chart.js configuration. */
  public record TierChart(String tier, String name, String chart) implements Serializable {

    public String getTier() {
      return tier;
    }

    public String getName() {
      return name;
    }

    public String getChart() {
      return chart;
    }
  }

  @EJB SkillEvaluations evaluations;
  @EJB Curriculum curriculum;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private String asOf;
  private int trained;
  private transient List<Cell> cells = List.of();
  private List<TierChart> charts = List.of();

  public void load() throws IOException {
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    asOf = date.toString();
    SkillEvaluations.Report report;
    try {
      report = evaluations.asOf(date);
    } catch (EJBAccessException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    trained = report.trained();
    cells = report.cells();
    charts = charts(cells);
  }

  /** Per tier, the mean level per category, one dataset per fiscal year of training. */
  private List<TierChart> charts(List<Cell> all) {
    Locale locale = locale();
    SkillFramework framework = curriculum.content().skills();
    List<SkillCategory> categories = framework.categories();
    Map<String, Map<Integer, Map<String, Double>>> byTier = new LinkedHashMap<>();
    for (Cell c : all) {
      byTier
          .computeIfAbsent(c.tier(), t -> new LinkedHashMap<>())
          .computeIfAbsent(c.fiscalYear(), y -> new LinkedHashMap<>())
          .put(c.category(), c.mean());
    }
    List<TierChart> shown = new ArrayList<>();
    byTier.forEach(
        (tier, years) -> {
          JsonArrayBuilder labels = JsonBuilders.array();
          categories.forEach(c -> labels.add(c.name().in(locale)));
          JsonArrayBuilder datasets = JsonBuilders.array();
          int i = 0;
          for (Map.Entry<Integer, Map<String, Double>> year : years.entrySet()) {
            JsonArrayBuilder data = JsonBuilders.array();
            for (SkillCategory c : categories) {
              Double mean = year.getValue().get(c.code());
              if (mean == null) {
                data.addNull();
              } else {
                data.add(Math.round(mean * 100) / 100.0);
              }
            }
            datasets.add(
                JsonBuilders.object()
                    .add("label", FiscalYear.of(year.getKey()).label(locale))
                    .add("backgroundColor", YEAR_COLOURS.get(i++ % YEAR_COLOURS.size()))
                    .add("data", data));
          }
          String chart =
              JsonBuilders.object()
                  .add("type", "bar")
                  .add(
                      "data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                  .add(
                      "options",
                      JsonBuilders.object()
                          .add("maintainAspectRatio", false)
                          .add("animation", false)
                          .add(
                              "scales",
                              JsonBuilders.object()
                                  .add(
                                      "y",
                                      JsonBuilders.object()
                                          .add("min", framework.minLevel())
                                          .add("max", framework.maxLevel()))))
                  .build()
                  .toString();
          shown.add(new TierChart(tier, tierName(tier), chart));
        });
    return shown;
  }

  public String yearName(Cell c) {
    return FiscalYear.of(c.fiscalYear()).label(locale());
  }

  public String tierName(String code) {
    return curriculum.content().tier(code).map(t -> t.name().in(locale())).orElse(code);
  }

  public String categoryName(Cell c) {
    return curriculum.content().skills().categories().stream()
        .filter(k -> k.code().equals(c.category()))
        .findFirst()
        .map(k -> k.name().in(locale()))
        .orElse(c.category());
  }

  /** The mean level, or a dash for a group too small to show. */
  public String mean(Cell c) {
    return c.mean() == null ? "–" : String.format(Locale.ROOT, "%.2f", c.mean());
  }

  /** The share at target, or a dash for a group too small to show or without a target. */
  public String share(Cell c) {
    TargetShare s = c.atTarget();
    if (s == null || !s.isShown()) {
      return "–";
    }
    return Math.round(s.share().getAsDouble() * 100)
        + "% ("
        + s.atTarget()
        + "/"
        + s.people()
        + ")";
  }

  public String getFileName() {
    return "skill-evaluation-" + asOf;
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public int getTrained() {
    return trained;
  }

  public List<Cell> getCells() {
    return cells;
  }

  public List<TierChart> getCharts() {
    return charts;
  }
}
