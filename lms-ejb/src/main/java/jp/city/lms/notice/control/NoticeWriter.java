package jp.city.lms.notice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.enrolment.entity.Enrolment;
import jp.city.lms.enrolment.entity.EnrolmentEvent;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.platform.boundary.CityClock;

/**
 * Writes notices into the outbox, in the transaction of what they tell: an enrolment event is
 * observed where it is fired, so the notice is committed with the change or not at all. A notice
 * whose dedupe key is already there is not written again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NoticeWriter {

  @PersistenceContext EntityManager em;
  @Inject CityClock clock;
  @Inject Event<NoticeWritten> written;

  /** That notices were written: the sender sends them once the transaction commits. */
  public record NoticeWritten(int count) {}

  /** One notice for what happened to an enrolment. */
  public void tell(@Observes EnrolmentEvent event) {
    Enrolment enrolment = em.find(Enrolment.class, event.enrolmentId());
    if (enrolment == null) {
      return;
    }
    NoticeKind kind = NoticeKind.valueOf(event.kind().name());
    Offering offering = enrolment.getOffering();
    String fingerprint =
        NoticeTexts.fingerprint(
            offering.getStartsAt(),
            offering.getEndsAt(),
            offering.getVenue(),
            offering.getOnlineUrl());
    String key;
    if (kind == NoticeKind.OFFERING_CHANGED) {
      Optional<Notice> last =
          em.createNamedQuery(Notice.LAST_OF_ENROLMENT, Notice.class)
              .setParameter("enrolment", enrolment.getId())
              .setMaxResults(1)
              .getResultStream()
              .findFirst();
      if (last.isPresent() && fingerprint.equals(last.get().getFingerprint())) {
        return; // nothing the person was told has changed (seats, instructor)
      }
      long told =
          em.createNamedQuery(Notice.COUNT_OF_ENROLMENT, Long.class)
              .setParameter("enrolment", enrolment.getId())
              .setParameter("kind", NoticeKind.OFFERING_CHANGED)
              .getSingleResult();
      key = NoticeTexts.changeKey(enrolment.getId(), told + 1);
    } else {
      key = NoticeTexts.key(kind, enrolment.getId());
    }
    write(key, kind, enrolment, fingerprint, clock.now());
  }

  /**
   * A reminder for someone seated in an offering that starts soon, unless they had it already.
   *
   * @return whether one was written
   */
  public boolean remind(Enrolment enrolment, LocalDateTime now) {
    Offering offering = enrolment.getOffering();
    String key = NoticeTexts.reminderKey(enrolment.getId(), offering.getStartsAt().toLocalDate());
    return write(
        key,
        NoticeKind.REMINDER,
        enrolment,
        NoticeTexts.fingerprint(
            offering.getStartsAt(),
            offering.getEndsAt(),
            offering.getVenue(),
            offering.getOnlineUrl()),
        now);
  }

  private boolean write(
      String key, NoticeKind kind, Enrolment enrolment, String fingerprint, LocalDateTime now) {
    if (!em.createNamedQuery(Notice.BY_KEY, Notice.class)
        .setParameter("key", key)
        .getResultList()
        .isEmpty()) {
      return false;
    }
    Notice notice =
        new Notice(
            key,
            kind,
            enrolment.getStaff(),
            enrolment.getId(),
            NoticeTexts.text(facts(kind, enrolment)),
            fingerprint,
            now);
    em.persist(notice);
    written.fire(new NoticeWritten(1));
    return true;
  }

  private NoticeTexts.Facts facts(NoticeKind kind, Enrolment enrolment) {
    Offering offering = enrolment.getOffering();
    Course course = offering.getCourse();
    Integer position = null;
    if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
      position =
          em.createNamedQuery(Enrolment.WAITLIST_POSITION, Long.class)
              .setParameter("offering", offering)
              .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
              .setParameter("arrival", enrolment.getArrival())
              .getSingleResult()
              .intValue();
    }
    return new NoticeTexts.Facts(
        kind,
        enrolment.getStaff().getName(),
        course.getCode(),
        course.getTitleJa(),
        course.getTitleEn() == null ? course.getTitleJa() : course.getTitleEn(),
        offering.getStartsAt(),
        offering.getEndsAt(),
        offering.getVenue(),
        offering.getOnlineUrl(),
        position,
        offering.getCancelReason(),
        NoticeTexts.reminderDays());
  }
}
