package jp.city.lms.enrolment.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.OfferingSeats;
import jp.city.lms.curriculum.presentation.CourseBacking;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Place;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException;
import jp.city.lms.platform.boundary.CityClock;

/**
 * The course page's enrolment: the caller's own place in each upcoming offering, and the buttons to
 * take or give up one. The rules are the boundary's; a refusal is shown as its reason.
 */
@Named
@ViewScoped
public class EnrolmentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Enrolments enrolments;
  @EJB Catalogue catalogue;
  @Inject CourseBacking course;
  @Inject CityClock clock;
  @Inject FacesContext faces;

  private Map<Long, Place> mine;

  /** The caller's live place in an offering, or null. */
  public Place placeIn(OfferingSeats row) {
    if (mine == null) {
      mine =
          enrolments.mine(course.getUpcoming().stream().map(o -> o.getOffering().getId()).toList());
    }
    return mine.get(row.getOffering().getId());
  }

  public boolean canEnrol(OfferingSeats row) {
    return placeIn(row) == null && row.getOffering().isOpenForRegistration(clock.today());
  }

  public boolean canWithdraw(OfferingSeats row) {
    return placeIn(row) != null
        && !clock.today().isAfter(row.getOffering().getRegistrationDeadline());
  }

  public void enrol(long offeringId) {
    try {
      Place place = enrolments.enrol(offeringId, null);
      info(
          place.waitlistPosition() == null ? "enrol.done" : "enrol.waitlisted",
          place.waitlistPosition());
    } catch (EnrolmentRefusedException e) {
      refused(e);
    }
    refresh();
  }

  public void withdraw(long offeringId) {
    try {
      enrolments.withdraw(offeringId, null);
      info("enrol.withdrawn");
    } catch (EnrolmentRefusedException e) {
      refused(e);
    }
    refresh();
  }

  private void refresh() {
    mine = null;
    course.reloadOfferings();
  }

  private void info(String key, Object... arguments) {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, EnrolmentTexts.text(key, locale(), arguments), null));
  }

  private void refused(EnrolmentRefusedException e) {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            EnrolmentTexts.reason(e, locale(), catalogue.content()),
            null));
  }

  private Locale locale() {
    return faces.getViewRoot().getLocale();
  }
}
