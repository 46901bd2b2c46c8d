package jp.city.lms.progress.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import jp.city.lms.progress.entity.UnitProgress;
import jp.city.lms.registry.boundary.RegistryHistory;

/**
 * Progress by organisation (所属別): per unit of a chosen level (bureaus and wards, departments,
 * sections) the trained people, attributed to the unit on the date (the default) or to the unit
 * they were in when first counted, and the workforce with its coverage on the date; each unit
 * drills down to its people. The caller's scope as on the dashboard.
 */
@Named
@ViewScoped
public class UnitProgressBacking extends ProgressPage {

  private static final long serialVersionUID = 1L;

  @EJB RegistryHistory registry;

  private String level;
  private List<UnitProgress> units = List.of();
  private Map<String, String> unitLabels = Map.of();
  private String coverageTierName = "";

  public void load() throws IOException {
    load(
        date -> {
          int depth = parseLevel(level);
          level = String.valueOf(depth);
          units = report.byUnit(date, depth, getAttribution());
          unitLabels = registry.unitLabels(date);
          String tier = report.coverageTier();
          coverageTierName = tier == null ? "" : tierName(tier);
        });
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

  public List<UnitProgress> getUnits() {
    return units;
  }

  public String getCoverageTierName() {
    return coverageTierName;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  /** The export's file name: units-2025-03-31. */
  public String getFileName() {
    return "units-" + getAsOf();
  }
}
