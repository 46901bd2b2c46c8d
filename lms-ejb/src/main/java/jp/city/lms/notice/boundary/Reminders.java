package jp.city.lms.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.entity.OfferingStatus;
import jp.city.lms.enrolment.entity.Enrolment;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.notice.control.NoticeTexts;
import jp.city.lms.notice.control.NoticeWriter;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;

/**
 * The reminder a few days before a session (開催前のお知らせ; {@value NoticeTexts#REMINDER_DAYS}, 3 by
 * default): every morning in the city's time zone, everyone seated in an offering that starts
 * within that many days is reminded once per start date. A day the server missed is caught up the
 * next day; someone who got their seat within those days is not reminded, as their confirmation has
 * just told them.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class Reminders {

  @PersistenceContext EntityManager em;
  @EJB NoticeWriter writer;
  @Inject CityClock clock;
  @Inject Event<Change> changes;

  @Schedule(
      hour = "7",
      minute = "0",
      timezone = "Asia/Tokyo",
      persistent = false,
      info = "reminders")
  @PermitAll
  void everyMorning() {
    remindNow();
  }

  /**
   * Writes today's reminders (the office may run it at any time; it writes each reminder once).
   *
   * @return how many reminders were written
   */
  public int remind() {
    return remindNow();
  }

  private int remindNow() {
    LocalDate today = clock.today();
    int days = NoticeTexts.reminderDays();
    LocalDateTime now = clock.now();
    List<Enrolment> seated =
        em.createQuery(
                "SELECT e FROM Enrolment e JOIN FETCH e.offering o JOIN FETCH o.course"
                    + " JOIN FETCH e.staff WHERE e.status = :enrolled AND o.status = :scheduled"
                    + " AND o.startsAt >= :from AND o.startsAt < :until",
                Enrolment.class)
            .setParameter("enrolled", EnrolmentStatus.ENROLLED)
            .setParameter("scheduled", OfferingStatus.SCHEDULED)
            .setParameter("from", today.plusDays(1).atStartOfDay())
            .setParameter("until", today.plusDays(days + 1L).atStartOfDay())
            .getResultList();
    int written = 0;
    for (Enrolment enrolment : seated) {
      LocalDate startsOn = enrolment.getOffering().getStartsAt().toLocalDate();
      LocalDate windowOpens = startsOn.minusDays(days);
      if (enrolment.getSeatedAt() != null
          && !enrolment.getSeatedAt().toLocalDate().isBefore(windowOpens)) {
        continue;
      }
      if (writer.remind(enrolment, now)) {
        written++;
      }
    }
    if (written > 0) {
      changes.fire(
          new Change(
              "notice.reminders",
              "reminders " + today,
              written + " written, " + days + " days ahead"));
    }
    return written;
  }
}
