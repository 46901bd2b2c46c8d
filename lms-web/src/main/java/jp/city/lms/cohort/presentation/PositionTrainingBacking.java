package jp.city.lms.cohort.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.city.lms.cohort.boundary.PositionTrainings;
import jp.city.lms.cohort.boundary.PositionTrainings.Count;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * Position-based training of a fiscal year ({@code office/position-training.xhtml?year=}): per
 * training, the people required to attend, those with a place and those who completed it; the
 * office may run the assignment at once instead of waiting for the night.
 */
@Named
@ViewScoped
public class PositionTrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB PositionTrainings trainings;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private Integer year;
  private transient List<Count> counts = List.of();

  public void load() {
    if (year == null) {
      year = clock.fiscalYear().getYear();
    }
    counts = trainings.counts(FiscalYear.of(year));
  }

  public void assign() {
    int added = trainings.assign();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            CohortTexts.text("position.assigned", locale(), added),
            null));
    load();
  }

  public List<Integer> getYears() {
    int now = clock.fiscalYear().getYear();
    return List.of(now + 1, now, now - 1, now - 2);
  }

  public String yearLabel(int y) {
    return FiscalYear.of(y).label(locale());
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<Count> getCounts() {
    return counts;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
