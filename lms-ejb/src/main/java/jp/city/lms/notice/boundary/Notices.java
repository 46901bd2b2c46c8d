package jp.city.lms.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import jp.city.lms.notice.control.NoticeWriter.NoticeWritten;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.notice.entity.NoticeStatus;
import jp.city.lms.notice.entity.NoticeText;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.security.entity.Role;

/**
 * The outbox as the training office and administrators see it (送信メール): what was told to whom, when
 * it went out, and what is held or failed with the reason. Features whose mails are not about an
 * enrolment (nominations) write theirs here.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class Notices {

  @PersistenceContext EntityManager em;
  @Inject CityClock clock;
  @Inject Event<NoticeWritten> written;

  /**
   * A mail another feature wrote (a nomination's outcome), into the outbox in the caller's
   * transaction, once per key; sent after it commits.
   *
   * @return false when a notice with the key was written before
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean write(String key, Staff to, NoticeText text) {
    if (!em.createNamedQuery(Notice.BY_KEY, Notice.class)
        .setParameter("key", key)
        .getResultList()
        .isEmpty()) {
      return false;
    }
    em.persist(new Notice(key, NoticeKind.NOMINATION, to, null, text, null, clock.now()));
    written.fire(new NoticeWritten(1));
    return true;
  }

  /** Which notices: of one person (employee number), in one status; null for any. */
  public record Search(String employeeNo, NoticeStatus status) implements Serializable {

    public Search {
      employeeNo =
          employeeNo == null || employeeNo.isBlank()
              ? null
              : Normalizer.normalize(employeeNo, Normalizer.Form.NFKC).strip();
    }
  }

  /** The notices of an enrolment, oldest first. */
  public List<Notice> ofEnrolment(long enrolmentId) {
    return em.createNamedQuery(Notice.OF_ENROLMENT, Notice.class)
        .setParameter("enrolment", enrolmentId)
        .getResultList();
  }

  /** A person's notices, newest first. */
  public List<Notice> ofPerson(String employeeNo) {
    return find(new Search(employeeNo, null), 0, 500);
  }

  /** A page of the notices found, newest first. */
  public List<Notice> find(Search search, int first, int max) {
    return where(
            "SELECT n FROM Notice n JOIN FETCH n.staff s",
            search,
            " ORDER BY n.id DESC",
            Notice.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Search search) {
    return where("SELECT COUNT(n) FROM Notice n JOIN n.staff s", search, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> where(String select, Search search, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
    if (search.employeeNo() != null) {
      jpql.append(" AND s.employeeNo = :employeeNo");
    }
    if (search.status() != null) {
      jpql.append(" AND n.status = :status");
    }
    TypedQuery<T> query = em.createQuery(jpql + order, type);
    if (search.employeeNo() != null) {
      query.setParameter("employeeNo", search.employeeNo());
    }
    if (search.status() != null) {
      query.setParameter("status", search.status());
    }
    return query;
  }
}
