package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.notice.entity.NoticeText;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.Staff;

/** Gives the people a mail test makes their email addresses, as the registry would. */
@Stateless
@PermitAll
public class NoticeFixtures {

  @PersistenceContext EntityManager em;
  @Inject CityClock clock;

  public void email(String employeeNo, String address) {
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    staff.describe(staff.getName(), staff.getNameKana(), address, staff.getJobCategory());
  }

  /**
   * Puts notices into the outbox as if a transaction had written them, without asking the sender to
   * run: a test then runs senders itself.
   */
  public void pending(String employeeNo, int count) {
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    for (int i = 1; i <= count; i++) {
      em.persist(
          new Notice(
              "TEST:" + employeeNo + ":" + i,
              NoticeKind.REMINDER,
              staff,
              null,
              new NoticeText("試験 " + i + " / Test " + i, "本文 / Body"),
              null,
              clock.now()));
    }
  }
}
