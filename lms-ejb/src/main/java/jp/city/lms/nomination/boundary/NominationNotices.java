package jp.city.lms.nomination.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.nomination.control.NominationMails;
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.nomination.entity.NominationDecided;
import jp.city.lms.notice.boundary.Notices;
import jp.city.lms.registry.entity.Staff;

/**
 * Tells the nominee and the manager who nominated them the office's decision, through the notice
 * outbox, in the transaction of the decision: the mails are committed with it or not at all, and
 * sent once it commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NominationNotices {

  @PersistenceContext EntityManager em;
  @EJB Notices notices;
  @EJB Curriculum curriculum;

  public void tell(@Observes NominationDecided decided) {
    Nomination n = em.find(Nomination.class, decided.nominationId());
    if (n == null) {
      return;
    }
    LocalizedText title = title(n);
    Staff nominee = n.getStaff();
    notices.write(
        NominationMails.key(n, false),
        nominee,
        NominationMails.text(n, false, nominee.getName(), title.ja(), title.en()));
    em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
        .setParameter("employeeNo", n.getNominatedBy())
        .getResultStream()
        .findFirst()
        .ifPresent(
            manager ->
                notices.write(
                    NominationMails.key(n, true),
                    manager,
                    NominationMails.text(n, true, manager.getName(), title.ja(), title.en())));
  }

  /** What the round is for: its course's title, or its tier's name. */
  private LocalizedText title(Nomination n) {
    var content = curriculum.content();
    if (n.getRound().getCourseCode() != null) {
      return content
          .course(n.getRound().getCourseCode())
          .map(c -> c.title())
          .orElse(new LocalizedText(n.getRound().getCourseCode(), n.getRound().getCourseCode()));
    }
    return content
        .tier(n.getRound().getTier())
        .map(t -> t.name())
        .orElse(new LocalizedText(n.getRound().getTier(), n.getRound().getTier()));
  }
}
