package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.control.AccountIdentityStore;
import jp.city.lms.security.entity.UserAccount;

/**
 * Lets an in-container test create its own org units, staff and accounts, under codes nobody else
 * uses.
 */
@Stateless
@PermitAll
public class TestData {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** When the units and people a test makes begin: the programme's first day. */
  public static final LocalDate SINCE = LocalDate.of(2023, 4, 1);

  @PersistenceContext EntityManager em;
  @Inject AccountIdentityStore identityStore;

  /**
   * A prefix for codes and numbers that is new for every call, across runs of the same database.
   */
  public static String unique() {
    return Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase()
        + SEQUENCE.incrementAndGet();
  }

  public OrgUnit unit(String code, String name, String kind, String parentCode) {
    OrgUnit parent =
        parentCode == null
            ? null
            : em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", parentCode)
                .getSingleResult();
    OrgUnit unit = new OrgUnit(code, name, kind, parent, SINCE);
    em.persist(unit);
    return unit;
  }

  public Staff staff(
      String employeeNo,
      String name,
      String kana,
      String orgCode,
      String position,
      StaffStatus status) {
    OrgUnit unit =
        em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
            .setParameter("code", orgCode)
            .getSingleResult();
    Staff staff =
        Staff.hire(
            employeeNo,
            name,
            kana,
            unit,
            position,
            null,
            status == StaffStatus.LEFT ? StaffStatus.ACTIVE : status,
            SINCE);
    if (status == StaffStatus.LEFT) {
      staff.leave(null, SINCE.plusYears(1));
    }
    em.persist(staff);
    return staff;
  }

  public void account(String employeeNo, String password, String... roles) {
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    em.persist(
        UserAccount.forStaff(staff, identityStore.hash(password.toCharArray()), Set.of(roles)));
  }
}
