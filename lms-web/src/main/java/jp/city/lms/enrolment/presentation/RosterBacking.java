package jp.city.lms.enrolment.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.OfferingSeats;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Place;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.platform.boundary.CityClock;

/**
 * The roster of an offering for the training office: seated people, then the waitlist in order,
 * then the places that ended; enrolling, cancelling and moving people; and attendance, all at once
 * ("everyone completed") and then the exceptions.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Enrolments enrolments;
  @EJB Offerings offerings;
  @EJB Catalogue catalogue;
  @Inject CityClock clock;
  @Inject FacesContext faces;

  private Long offeringId;
  private Offering offering;
  private List<Place> places = List.of();
  private List<OfferingSeats> others = List.of();

  /** The outcome chosen for each seated person, by name (as the select menu posts it). */
  private final Map<Long, String> outcomes = new HashMap<>();

  /** The place being moved, and where to, in the one move dialog of the page. */
  private Long moving;

  private Long moveTo;
  private String employeeNo;

  @PostConstruct
  void load() {
    String id = faces.getExternalContext().getRequestParameterMap().get("offering");
    try {
      offeringId = id == null ? null : Long.valueOf(id.strip());
    } catch (NumberFormatException e) {
      offeringId = null;
    }
    reload();
  }

  private void reload() {
    offering = offeringId == null ? null : offerings.find(offeringId).orElse(null);
    if (offering == null) {
      return;
    }
    places = enrolments.roster(offeringId);
    outcomes.clear();
    for (Place p : places) {
      if (isSeated(p)) {
        outcomes.put(p.enrolment().getId(), p.enrolment().getStatus().name());
      }
    }
    others =
        catalogue.upcomingOfferings(offering.getCourse().getCode()).stream()
            .filter(o -> !o.getOffering().getId().equals(offeringId))
            .toList();
  }

  /** The view parameter, kept so that the language switch keeps the offering. */
  public String getOfferingParam() {
    return offeringId == null ? null : offeringId.toString();
  }

  public void setOfferingParam(String ignored) {
    // read once when the view is built (load), so that a postback cannot switch offerings
  }

  public String getFileName() {
    return "roster-" + offeringId;
  }

  public boolean isFound() {
    return offering != null;
  }

  public Offering getOffering() {
    return offering;
  }

  public List<Place> getPlaces() {
    return places;
  }

  /** Other offerings of the same course still to come, to move someone to. */
  public List<OfferingSeats> getOthers() {
    return others;
  }

  public Map<Long, String> getOutcomes() {
    return outcomes;
  }

  public Long getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(Long moveTo) {
    this.moveTo = moveTo;
  }

  public void startMove(long enrolmentId) {
    moving = enrolmentId;
    moveTo = null;
  }

  /** The choices of the attendance menu: still seated, or an outcome. */
  public EnrolmentStatus[] getOutcomeChoices() {
    return new EnrolmentStatus[] {
      EnrolmentStatus.ENROLLED,
      EnrolmentStatus.COMPLETED,
      EnrolmentStatus.NOT_COMPLETED,
      EnrolmentStatus.NO_SHOW
    };
  }

  public boolean isSeated(Place place) {
    EnrolmentStatus status = place.enrolment().getStatus();
    return status == EnrolmentStatus.ENROLLED || status.isOutcome();
  }

  /** Attendance is taken from the offering's start. */
  public boolean isAttendanceOpen() {
    return offering != null && !offering.isCancelled() && offering.hasStarted(clock.now());
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public void setEmployeeNo(String employeeNo) {
    this.employeeNo = employeeNo;
  }

  public void enrol() {
    act(
        () -> {
          Place place = enrolments.enrol(offeringId, employeeNo);
          info(
              place.waitlistPosition() == null ? "roster.enrolled" : "roster.waitlisted",
              place.enrolment().getStaff().getName(),
              place.waitlistPosition());
          employeeNo = null;
        });
  }

  public void cancel(long enrolmentId) {
    act(
        () -> {
          enrolments.cancel(enrolmentId);
          info("roster.cancelled");
        });
  }

  public void move() {
    if (moving == null || moveTo == null) {
      return;
    }
    long enrolmentId = moving;
    long to = moveTo;
    act(
        () -> {
          enrolments.move(enrolmentId, to);
          info("roster.moved");
        });
    moving = null;
  }

  /** Everyone seated completed: the exceptions are changed afterwards, then saved. */
  public void everyoneCompleted() {
    outcomes.replaceAll((id, status) -> EnrolmentStatus.COMPLETED.name());
  }

  public void saveAttendance() {
    act(
        () -> {
          Map<Long, EnrolmentStatus> taken = new HashMap<>();
          outcomes.forEach((id, name) -> taken.put(id, EnrolmentStatus.valueOf(name)));
          int count = enrolments.takeAttendance(offeringId, taken);
          info("roster.attendance.saved", count);
        });
  }

  public String status(Place place) {
    return EnrolmentTexts.status(place.enrolment().getStatus(), locale());
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (EnrolmentRefusedException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              EnrolmentTexts.reason(e, locale(), catalogue.content()),
              null));
    }
    reload();
  }

  private void info(String key, Object... arguments) {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, EnrolmentTexts.text(key, locale(), arguments), null));
  }

  private Locale locale() {
    return faces.getViewRoot().getLocale();
  }
}
