package jp.city.lms.cohort.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.city.lms.cohort.boundary.RequiredTraining;
import jp.city.lms.cohort.boundary.RequiredTraining.Required;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * Required training of the people in the caller's scope ({@code reports/required.xhtml?all=true}):
 * overdue only by default, overdue first; exportable.
 */
@Named
@ViewScoped
public class RequiredBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB RequiredTraining required;
  @EJB Catalogue catalogue;
  @Inject LocaleBacking localeBacking;

  private boolean all;
  private transient List<Required> rows = List.of();

  public void load() {
    rows = required.inScope(!all);
  }

  /** Where a requirement comes from: the cohort, or the position-based training by its name. */
  public String source(Required r) {
    return source(r, catalogue, locale());
  }

  static String source(Required r, Catalogue catalogue, Locale locale) {
    var requirement = r.requirement();
    if (requirement.getCohortAssignment() != null) {
      return requirement.getCohortAssignment().getCohort().getName();
    }
    String code = requirement.getPositionTraining();
    return code == null
        ? ""
        : catalogue.content().positionTraining(code).map(t -> t.name().in(locale)).orElse(code);
  }

  public String state(Required r) {
    return CohortTexts.text("state." + r.state().name(), locale());
  }

  public String getCount() {
    return CohortTexts.text("required.count", locale(), rows.size());
  }

  public String getFileName() {
    return "required-training";
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<Required> getRows() {
    return rows;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }
}
