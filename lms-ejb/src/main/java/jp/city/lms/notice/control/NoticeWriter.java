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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.enrolment.entity.Enrolment;
import jp.city.lms.enrolment.entity.EnrolmentEvent;
import jp.city.lms.enrolment.entity.EnrolmentEvents;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.notice.entity.NoticeText;
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
   * Notices for many enrolments at once (the office placing a cohort): the same notices as {@link
   * #tell(EnrolmentEvent)} writes one by one, with the keys already written asked in one query per
   * thousand and the waitlist positions in one per offering, so that no person costs a query. The
   * enrolments are those of the transaction that fired the event, in its persistence context.
   */
  public void tell(@Observes EnrolmentEvents events) {
    List<Enrolment> enrolments = new ArrayList<>();
    List<NoticeKind> kinds = new ArrayList<>();
    for (EnrolmentEvent event : events.events()) {
      if (event.kind() == EnrolmentEvent.Kind.OFFERING_CHANGED) {
        // the key of a change counts the changes told before: one by one
        tell(event);
        continue;
      }
      Enrolment enrolment = em.find(Enrolment.class, event.enrolmentId());
      if (enrolment != null) {
        enrolments.add(enrolment);
        kinds.add(NoticeKind.valueOf(event.kind().name()));
      }
    }
    if (enrolments.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < enrolments.size(); i++) {
      keys.add(NoticeTexts.key(kinds.get(i), enrolments.get(i).getId()));
    }
    Set<String> told = told(keys);
    Map<Long, Integer> positions = waitlistPositions(enrolments);
    Map<Offering, String> fingerprints = new HashMap<>();
    Function<NoticeTexts.Facts, NoticeText> texts = NoticeTexts.texts();
    LocalDateTime now = clock.now();
    int count = 0;
    for (int i = 0; i < enrolments.size(); i++) {
      if (!told.add(keys.get(i))) {
        continue;
      }
      Enrolment enrolment = enrolments.get(i);
      em.persist(
          new Notice(
              keys.get(i),
              kinds.get(i),
              enrolment.getStaff(),
              enrolment.getId(),
              texts.apply(facts(kinds.get(i), enrolment, positions.get(enrolment.getId()))),
              fingerprints.computeIfAbsent(
                  enrolment.getOffering(),
                  o ->
                      NoticeTexts.fingerprint(
                          o.getStartsAt(), o.getEndsAt(), o.getVenue(), o.getOnlineUrl())),
              now));
      count++;
    }
    if (count > 0) {
      written.fire(new NoticeWritten(count));
    }
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

  /** Which of these keys the outbox holds already. */
  private Set<String> told(List<String> keys) {
    Set<String> told = new HashSet<>();
    for (int from = 0; from < keys.size(); from += 1000) {
      told.addAll(
          em.createQuery(
                  "SELECT n.dedupeKey FROM Notice n WHERE n.dedupeKey IN :keys", String.class)
              .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + 1000)))
              .getResultList());
    }
    return told;
  }

  /**
   * The waitlist position of each waitlisted enrolment (1 = next to move up), read once per
   * offering: the rank of its arrival among the offering's waitlisted places, as {@link
   * Enrolment#WAITLIST_POSITION} counts it for one.
   */
  private Map<Long, Integer> waitlistPositions(List<Enrolment> enrolments) {
    Set<Offering> offerings = new LinkedHashSet<>();
    for (Enrolment e : enrolments) {
      if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
        offerings.add(e.getOffering());
      }
    }
    Map<Long, Integer> positions = new HashMap<>();
    if (offerings.isEmpty()) {
      return positions;
    }
    // the waitlist as the database holds it, with the places of this transaction written
    em.flush();
    for (Offering offering : offerings) {
      List<Long> waiting =
          em.createQuery(
                  "SELECT e.id FROM Enrolment e WHERE e.offering = :offering"
                      + " AND e.status = :waitlisted ORDER BY e.arrival",
                  Long.class)
              .setParameter("offering", offering)
              .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
              .getResultList();
      for (int i = 0; i < waiting.size(); i++) {
        positions.put(waiting.get(i), i + 1);
      }
    }
    return positions;
  }

  private NoticeTexts.Facts facts(NoticeKind kind, Enrolment enrolment) {
    Integer position = null;
    if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
      position =
          em.createNamedQuery(Enrolment.WAITLIST_POSITION, Long.class)
              .setParameter("offering", enrolment.getOffering())
              .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
              .setParameter("arrival", enrolment.getArrival())
              .getSingleResult()
              .intValue();
    }
    return facts(kind, enrolment, position);
  }

  private NoticeTexts.Facts facts(NoticeKind kind, Enrolment enrolment, Integer position) {
    Offering offering = enrolment.getOffering();
    Course course = offering.getCourse();
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
