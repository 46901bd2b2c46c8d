package jp.city.lms.notice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeStatus;

/**
 * The outbox's moves, each in a transaction of its own so that it is committed before the mail goes
 * out (a claim) or right after (sent, failed). A claim is a conditional update: of two senders that
 * reach for the same notice, the database lets exactly one change its row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

  @PersistenceContext EntityManager em;

  /** The notices due to be sent now (also those whose sender stopped while sending). */
  public List<Long> due(LocalDateTime now, int max) {
    return em.createNamedQuery(Notice.DUE, Long.class)
        .setParameter("now", now)
        .setParameter("stale", now.minus(Notice.CLAIM_TIMEOUT))
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Takes a notice for sending.
   *
   * @return the notice, or empty when another sender took it first or it is no longer due
   */
  public Optional<Notice> claim(long id, LocalDateTime now) {
    int claimed =
        em.createNamedQuery(Notice.CLAIM)
            .setParameter("id", id)
            .setParameter("now", now)
            .setParameter("stale", now.minus(Notice.CLAIM_TIMEOUT))
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    Notice notice = em.find(Notice.class, id);
    em.refresh(notice);
    notice.getStaff().getEmployeeNo();
    return Optional.of(notice);
  }

  /** The mail went out (SENT), or into the log (LOGGED) when no mail server is configured. */
  public void sent(long id, boolean logged, LocalDateTime now) {
    em.createQuery(
            "UPDATE Notice n SET n.status = :status, n.sentAt = :now, n.lastError = NULL"
                + " WHERE n.id = :id AND n.status = :sending")
        .setParameter("status", logged ? NoticeStatus.LOGGED : NoticeStatus.SENT)
        .setParameter("now", now)
        .setParameter("id", id)
        .setParameter("sending", NoticeStatus.SENDING)
        .executeUpdate();
  }

  /**
   * The mail server refused or could not be reached: tried again later, or given up after {@link
   * Notice#MAX_ATTEMPTS}.
   */
  public void failed(long id, int attempts, String error, LocalDateTime now) {
    boolean giveUp = attempts >= Notice.MAX_ATTEMPTS;
    em.createQuery(
            "UPDATE Notice n SET n.status = :status, n.dueAt = :due, n.lastError = :error"
                + " WHERE n.id = :id AND n.status = :sending")
        .setParameter("status", giveUp ? NoticeStatus.FAILED : NoticeStatus.PENDING)
        .setParameter("due", now.plus(Notice.retryAfter(attempts)))
        .setParameter("error", Notice.cut(error, Notice.ERROR_MAX))
        .setParameter("id", id)
        .setParameter("sending", NoticeStatus.SENDING)
        .executeUpdate();
  }
}
