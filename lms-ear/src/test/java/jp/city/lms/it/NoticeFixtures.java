package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.city.lms.registry.entity.Staff;

/** Gives the people a mail test makes their email addresses, as the registry would. */
@Stateless
@PermitAll
public class NoticeFixtures {

  @PersistenceContext EntityManager em;

  public void email(String employeeNo, String address) {
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    staff.describe(staff.getName(), staff.getNameKana(), address, staff.getJobCategory());
  }
}
