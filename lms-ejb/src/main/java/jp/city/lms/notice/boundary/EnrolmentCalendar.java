package jp.city.lms.notice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.enrolment.entity.Enrolment;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.notice.control.CalendarFiles;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.security.entity.Role;

/**
 * The calendar file (.ics) of an enrolment, for the person's own calendar: for the person themself,
 * the training office and administrators.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class EnrolmentCalendar {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CityClock clock;

  /** A file to hand out: its name and its bytes (text/calendar, UTF-8). */
  public record CalendarFile(String fileName, byte[] content) {}

  /**
   * The enrolment's calendar file.
   *
   * @return empty for an unknown enrolment
   * @throws OutOfScopeException for an enrolment of someone else (unless office or admin)
   */
  public Optional<CalendarFile> of(long enrolmentId) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null) {
      return Optional.empty();
    }
    boolean office =
        session.isCallerInRole(Role.TRAINING_OFFICE) || session.isCallerInRole(Role.ADMIN);
    if (!office
        && !enrolment.getStaff().getEmployeeNo().equals(session.getCallerPrincipal().getName())) {
      throw new OutOfScopeException("enrolment " + enrolmentId);
    }
    Offering offering = enrolment.getOffering();
    Course course = offering.getCourse();
    EnrolmentStatus status = enrolment.getStatus();
    boolean cancelled =
        offering.isCancelled()
            || status == EnrolmentStatus.WITHDRAWN
            || status == EnrolmentStatus.CANCELLED;
    long changes =
        em.createNamedQuery(Notice.COUNT_OF_ENROLMENT, Long.class)
            .setParameter("enrolment", enrolmentId)
            .setParameter("kind", NoticeKind.OFFERING_CHANGED)
            .getSingleResult();
    byte[] ics =
        CalendarFiles.ics(
            new CalendarFiles.Event(
                enrolmentId,
                course.getCode(),
                course.getTitleJa(),
                course.getTitleEn() == null ? course.getTitleJa() : course.getTitleEn(),
                offering.getStartsAt(),
                offering.getEndsAt(),
                offering.getVenue(),
                offering.getOnlineUrl(),
                status == EnrolmentStatus.WAITLISTED,
                cancelled,
                (int) changes + (cancelled ? 1 : 0)),
            clock.instant());
    String name =
        course.getCode() + "-" + DAY.format(offering.getStartsAt()) + "-" + enrolmentId + ".ics";
    return Optional.of(new CalendarFile(name, ics));
  }
}
