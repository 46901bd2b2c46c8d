package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.city.lms.platform.boundary.CityClock;
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
  @Inject CityClock clock;

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
    return staff(employeeNo, name, kana, orgCode, position, status, null);
  }

  /** Someone working since {@link #SINCE} (or who left a year later), under a manager. */
  public Staff staff(
      String employeeNo,
      String name,
      String kana,
      String orgCode,
      String position,
      StaffStatus status,
      String managerNo) {
    OrgUnit unit =
        em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
            .setParameter("code", orgCode)
            .getSingleResult();
    boolean left = status == StaffStatus.LEFT;
    Staff staff =
        Staff.hire(
            employeeNo,
            name,
            kana,
            unit,
            position,
            managerNo,
            left ? StaffStatus.ACTIVE : status,
            SINCE,
            left ? SINCE.plusYears(1).minusDays(1) : null);
    staff.showAsOf(clock.today());
    em.persist(staff);
    return staff;
  }

  /**
   * The registry as the latest snapshot left it (its open-ended history, which may lie ahead of
   * today), as a full snapshot a test can change and import.
   */
  public RegistryFiles registry() {
    RegistryFiles files = new RegistryFiles();
    em.createQuery(
            "SELECT o.code, v.name, p.code, v.kind FROM OrgUnitVersion v JOIN v.orgUnit o"
                + " LEFT JOIN v.parent p WHERE v.validTo IS NULL ORDER BY v.path",
            Object[].class)
        .getResultStream()
        .forEach(r -> files.orgs.add(RegistryFiles.row(RegistryFiles.ORG_HEADERS, r)));
    em.createQuery(
            "SELECT s.employeeNo, s.name, s.nameKana, o.code, a.position, s.jobCategory, s.hiredOn,"
                + " a.status, s.email, a.managerNo FROM Assignment a JOIN a.staff s"
                + " JOIN a.orgUnit o WHERE a.validTo IS NULL ORDER BY s.employeeNo",
            Object[].class)
        .getResultStream()
        .forEach(
            r -> {
              r[7] = r[7] == StaffStatus.ON_LEAVE ? "休職" : "在職";
              files.staff.add(RegistryFiles.row(RegistryFiles.STAFF_HEADERS, r));
            });
    return files;
  }

  /**
   * What an import may change, summed up: a refused run must leave it exactly as it was. Versions
   * move on every update of a row, assignments and org versions on every effective-dated change.
   */
  public List<Long> fingerprint() {
    return List.of(
        em.createQuery("SELECT COUNT(s) FROM Staff s", Long.class).getSingleResult(),
        sum("SELECT SUM(s.version) FROM Staff s"),
        em.createQuery("SELECT COUNT(s) FROM Staff s WHERE s.status = :left", Long.class)
            .setParameter("left", StaffStatus.LEFT)
            .getSingleResult(),
        em.createQuery("SELECT COUNT(a) FROM Assignment a", Long.class).getSingleResult(),
        em.createQuery("SELECT COUNT(o) FROM OrgUnit o", Long.class).getSingleResult(),
        sum("SELECT SUM(o.version) FROM OrgUnit o"),
        em.createQuery("SELECT COUNT(v) FROM OrgUnitVersion v", Long.class).getSingleResult());
  }

  /** As if the run had begun before the server last started. */
  public void startedYesterday(long runId) {
    em.createQuery("UPDATE ImportRun r SET r.startedAt = :then WHERE r.id = :id")
        .setParameter("then", java.time.LocalDateTime.now().minusDays(1))
        .setParameter("id", runId)
        .executeUpdate();
  }

  /** SUM answers Long on one database and BigDecimal on another. */
  private long sum(String jpql) {
    Object sum = em.createQuery(jpql).getSingleResult();
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  /** A person's assignments, oldest first, as "org:position:from:to". */
  public List<String> history(String employeeNo) {
    return em.createQuery(
            "SELECT a FROM Assignment a WHERE a.staff.employeeNo = :no ORDER BY a.validFrom",
            jp.city.lms.registry.entity.Assignment.class)
        .setParameter("no", employeeNo)
        .getResultStream()
        .map(
            a ->
                a.getOrgUnit().getCode()
                    + ":"
                    + a.getPosition()
                    + ":"
                    + a.getValidFrom()
                    + ":"
                    + a.getValidTo())
        .toList();
  }

  /**
   * An effective date after every snapshot applied so far (by any test, in this run or an earlier
   * one on the same database) and after every date handed out before, so that each import of a test
   * is the newest unless the test means otherwise.
   */
  public LocalDate nextEffective() {
    LocalDate applied =
        em.createQuery(
                "SELECT MAX(r.effective) FROM ImportRun r WHERE r.outcome = :applied",
                LocalDate.class)
            .setParameter("applied", jp.city.lms.registry.entity.ImportRun.Outcome.APPLIED)
            .getSingleResult();
    long floor = Math.max(LATEST.toEpochDay(), applied == null ? 0 : applied.toEpochDay());
    return LocalDate.ofEpochDay(EFFECTIVE.updateAndGet(last -> Math.max(last, floor) + 7));
  }

  /** The dates handed out start in 2031, well after the demo's snapshots and today. */
  private static final LocalDate LATEST = LocalDate.of(2031, 1, 1);

  private static final AtomicLong EFFECTIVE = new AtomicLong();

  /** Someone holds a tier, as if their completions had made them achieve it on that day. */
  public void achieved(String employeeNo, String tier, LocalDate on) {
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    em.persist(
        new jp.city.lms.learning.entity.TierAchievement(
            staff, tier, on, null, java.time.LocalDateTime.now()));
  }

  /** A login for the person with these roles; one they had already (a benchmark run again) goes. */
  public void account(String employeeNo, String password, String... roles) {
    UserAccount old = em.find(UserAccount.class, employeeNo);
    if (old != null) {
      em.remove(old);
      em.flush();
    }
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    em.persist(
        UserAccount.forStaff(
            staff,
            identityStore.hash(password.toCharArray()),
            Set.of(roles),
            java.time.LocalDateTime.now()));
  }
}
