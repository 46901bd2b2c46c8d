package jp.city.lms.curriculum.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.OfferingSeats;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.curriculum.entity.OfferingRuleException;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;
import org.primefaces.PrimeFaces;

/**
 * The training office's offerings page: the offerings of a fiscal year, and the dialogs that
 * schedule, change and cancel one. Every broken rule is shown at its field, all at once.
 */
@Named
@ViewScoped
public class OfferingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fields of the schedule form, by the names the offering's rules use. */
  private static final Set<String> FORM_FIELDS =
      Set.of(
          "course",
          "startsAt",
          "endsAt",
          "registrationDeadline",
          "venue",
          "onlineUrl",
          "capacity",
          "instructor");

  static final String FORM = "offeringForm";

  @EJB Offerings offerings;
  @EJB Catalogue catalogue;
  @Inject CurriculumTexts texts;
  @Inject FacesContext faces;
  @Inject CityClock clock;

  private int fiscalYear;
  private List<Integer> fiscalYears;
  private List<OfferingSeats> rows;
  private List<Course> courses;

  private Long editing;
  private String editingTitle;
  private String courseCode;
  private OfferingPlan plan = new OfferingPlan();

  private Long cancelling;
  private String cancelReason;

  @PostConstruct
  void init() {
    fiscalYear = clock.fiscalYear().getYear();
    fiscalYears = catalogue.fiscalYears();
    courses = offerings.schedulableCourses();
    list();
  }

  public void list() {
    rows = offerings.inFiscalYear(fiscalYear);
  }

  /** Opens the form for a new offering. */
  public void startNew() {
    editing = null;
    editingTitle = null;
    courseCode = null;
    plan = new OfferingPlan();
  }

  /** Opens the form with the offering's current plan. */
  public void startEdit(Offering offering) {
    editing = offering.getId();
    editingTitle = offering.getCourse().title(texts.locale());
    courseCode = offering.getCourse().getCode();
    plan = offering.plan();
  }

  public void save() {
    List<OfferingPlan.Violation> violations = new ArrayList<>(plan.violations());
    if (editing == null && (courseCode == null || courseCode.isBlank())) {
      violations.add(0, new OfferingPlan.Violation("course", "required"));
    }
    if (!violations.isEmpty()) {
      refuse(violations);
      return;
    }
    try {
      Offering saved =
          editing == null ? offerings.schedule(courseCode, plan) : offerings.change(editing, plan);
      texts.info(
          editing == null ? "offerings.scheduled" : "offerings.changed",
          saved.getCourse().title(texts.locale()));
      fiscalYear = saved.getFiscalYear();
      if (!fiscalYears.contains(fiscalYear)) {
        fiscalYears = catalogue.fiscalYears();
      }
      list();
      done();
    } catch (OfferingRuleException e) {
      refuse(e.violations());
    }
  }

  public void startCancel(Offering offering) {
    cancelling = offering.getId();
    editingTitle = offering.getCourse().title(texts.locale());
    cancelReason = null;
  }

  public void cancel() {
    try {
      Offering cancelled = offerings.cancel(cancelling, cancelReason);
      texts.info("offerings.cancelled", cancelled.getCourse().title(texts.locale()));
      list();
      done();
    } catch (OfferingRuleException e) {
      refuse(e.violations());
    }
  }

  /** Closes the dialog and shows the page's message that it was done. */
  private void done() {
    PrimeFaces.current().ajax().addCallbackParam("saved", true);
    PrimeFaces.current().ajax().update("messages");
  }

  private void refuse(List<OfferingPlan.Violation> violations) {
    for (OfferingPlan.Violation v : violations) {
      String text = texts.get("offering.rule." + v.rule());
      if (FORM_FIELDS.contains(v.field())) {
        texts.show(
            FORM + ":" + v.field(),
            FacesMessage.SEVERITY_ERROR,
            texts.get("offering.field." + v.field()) + ": " + text);
      } else {
        texts.show(null, FacesMessage.SEVERITY_ERROR, text);
      }
    }
    faces.validationFailed();
  }

  public String fiscalYearLabel(int year) {
    return FiscalYear.of(year).label(texts.locale());
  }

  public boolean isEditing() {
    return editing != null;
  }

  public List<OfferingSeats> getRows() {
    return rows;
  }

  public List<Course> getCourses() {
    return courses;
  }

  public List<Integer> getFiscalYears() {
    return fiscalYears;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(int fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public String getEditingTitle() {
    return editingTitle;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public void setCourseCode(String courseCode) {
    this.courseCode = courseCode;
  }

  public OfferingPlan getPlan() {
    return plan;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
