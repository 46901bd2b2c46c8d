package jp.city.lms.progress.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.progress.entity.PersonProgress;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.security.boundary.Callers;

/**
 * A unit's people (drill-down from progress by organisation), as of the date: everybody of its
 * workforce and everybody its trained people count, with the tiers they held and the fiscal year
 * they were first counted in. Only units of the caller's scope (403 otherwise, 404 for no unit).
 */
@Named
@ViewScoped
public class UnitPeopleBacking extends ProgressPage {

  private static final long serialVersionUID = 1L;

  @EJB RegistryHistory registry;
  @EJB Callers callers;

  private String unit;
  private String unitName;
  private List<PersonProgress> people = List.of();
  private Map<String, String> unitLabels = Map.of();

  /**
   * Reads the unit's people; without a unit, a manager's own (the top of their scope), while the
   * office and administrators are asked to choose one on the page by organisation.
   */
  public void load() throws IOException {
    load(
        date -> {
          if (unit == null || unit.isBlank()) {
            Scope scope = callers.scope(date);
            if (!scope.isManager()) {
              unitName = text("people.choose");
              return;
            }
            unit = scope.unitCode();
          }
          unit = unit.strip();
          people = report.people(date, unit, getAttribution()).orElseThrow();
          unitLabels = registry.unitLabels(date);
          unitName = unitLabels.getOrDefault(unit, unit);
        });
  }

  /** The unit a person was in on the date, named with the units above it. */
  public String unitOf(PersonProgress person) {
    return unitLabels.getOrDefault(person.unitCode(), person.unitCode());
  }

  /** The day a tier was achieved, or empty. */
  public String achieved(PersonProgress person, String tier) {
    LocalDate on = person.tiers().get(tier);
    return on == null ? "" : on.toString();
  }

  /** The fiscal year the person was first counted in (令和6年度), or empty. */
  public String trainedIn(PersonProgress person) {
    Integer year = person.trainedInFiscalYear();
    return year == null ? "" : FiscalYear.of(year).label(locale());
  }

  /** Whether they are counted here, as the table writes it. */
  public String counted(PersonProgress person) {
    return person.countedHere() ? text("people.yes") : "";
  }

  /** In the workforce on the date, or not (left, or counted here from elsewhere). */
  public String presence(PersonProgress person) {
    return text(person.present() ? "people.present" : "people.absent");
  }

  public long getCounted() {
    return people.stream().filter(PersonProgress::countedHere).count();
  }

  public long getPresent() {
    return people.stream().filter(PersonProgress::present).count();
  }

  public List<PersonProgress> getPeople() {
    return people;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getUnitName() {
    return unitName;
  }

  /** The export's file name: people-B01-2025-03-31. */
  public String getFileName() {
    return "people-" + String.valueOf(unit).replaceAll("[^A-Za-z0-9_-]", "") + "-" + getAsOf();
  }
}
