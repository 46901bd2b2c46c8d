package jp.city.lms.curriculum.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingChanged;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.curriculum.entity.OfferingRuleException;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;

/**
 * The training office schedules offerings (開催) of the programme's courses for a fiscal year,
 * changes their dates, place, seats and instructor, and cancels them. Staff see them through the
 * {@link Catalogue}. The rules are the offering's own; a broken one comes back as an {@link
 * OfferingRuleException} naming the field.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class Offerings {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Catalogue catalogue;
  @Inject CityClock clock;
  @Inject Event<Change> changes;
  @Inject Event<OfferingChanged> offeringChanges;

  public Offering schedule(@NotBlank String courseCode, @NotNull @Valid OfferingPlan plan) {
    Course course =
        em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
            .setParameter("code", courseCode.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new OfferingRuleException("course", "courseUnknown"));
    Offering offering =
        new Offering(course, plan, session.getCallerPrincipal().getName(), clock.now());
    em.persist(offering);
    audit("offering.scheduled", offering);
    return offering;
  }

  public Offering change(long id, @NotNull @Valid OfferingPlan plan) {
    Offering offering = load(id);
    offering.change(plan);
    audit("offering.changed", offering);
    offeringChanges.fire(new OfferingChanged(id, false));
    return offering;
  }

  public Offering cancel(long id, @Size(max = Offering.CANCEL_REASON_MAX) String reason) {
    Offering offering = load(id);
    offering.cancel(reason, clock.now());
    audit("offering.cancelled", offering);
    offeringChanges.fire(new OfferingChanged(id, true));
    return offering;
  }

  private void audit(String kind, Offering offering) {
    changes.fire(
        new Change(
            kind,
            "offering " + offering.getId(),
            offering.getCourse().getCode()
                + " "
                + offering.getStartsAt()
                + " - "
                + offering.getEndsAt()
                + ", "
                + offering.getCapacity()
                + " seats, "
                + offering.getStatus()));
  }

  public Optional<Offering> find(long id) {
    return Optional.ofNullable(em.find(Offering.class, id));
  }

  /** Every offering starting in the fiscal year, cancelled ones included, by start. */
  public List<OfferingSeats> inFiscalYear(int fiscalYear) {
    return catalogue.withSeatsLeft(
        em.createNamedQuery(Offering.FIND_IN_FISCAL_YEAR, Offering.class)
            .setParameter("fiscalYear", fiscalYear)
            .getResultList());
  }

  /** The courses that can get new offerings: in the programme and not e-learning. */
  public List<Course> schedulableCourses() {
    return em.createNamedQuery(Course.FIND_SCHEDULABLE, Course.class)
        .setParameter("eLearning", CourseFormat.E_LEARNING)
        .getResultList();
  }

  /** Locks the row as enrolment does, so that a change and a request for a seat take turns. */
  private Offering load(long id) {
    return Optional.ofNullable(em.find(Offering.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new OfferingRuleException("offering", "offeringUnknown"));
  }
}
