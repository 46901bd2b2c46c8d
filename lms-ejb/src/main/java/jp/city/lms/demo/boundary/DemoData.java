package jp.city.lms.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.control.AccountIdentityStore;
import jp.city.lms.security.entity.Role;
import jp.city.lms.security.entity.UserAccount;

/**
 * Loads the demo city once into an empty database and, on every start in demo mode, tells the
 * person at the console where the LMS answers and how to log in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The password of every demo login; printed at start, never used outside demo mode. */
  public static final String PASSWORD = "demo";

  public static final String HR_FEED_USER = "hr-feed";

  public static final int CITY_STAFF = 9_000;

  public static final long DEFAULT_SEED = 2023;

  @PersistenceContext EntityManager em;

  @Inject AccountIdentityStore identityStore;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void start() {
    if (!Boolean.getBoolean("lms.demo")) {
      return;
    }
    if (em.createNamedQuery(Staff.COUNT, Long.class).getSingleResult() == 0) {
      load(city());
    }
    announce();
  }

  /** The demo city: the same for every start with the same seed. */
  public static CityGenerator city() {
    return new CityGenerator(Long.getLong("lms.demo.seed", DEFAULT_SEED), CITY_STAFF);
  }

  /** The demo logins, role to user name; the same for every start with the same seed. */
  public static Map<String, String> logins() {
    CityGenerator city = city();
    Map<String, String> logins =
        new HashMap<>(city.demoAccounts(city.snapshot(currentFiscalYear())));
    logins.put(Role.HR_FEED, HR_FEED_USER);
    return logins;
  }

  public static int currentFiscalYear() {
    return fiscalYear(LocalDate.now());
  }

  private void load(CityGenerator city) {
    long started = System.nanoTime();
    CityGenerator.Snapshot snapshot = city.snapshot(currentFiscalYear());
    Map<String, CityGenerator.Org> byCode = new HashMap<>();
    snapshot.orgs().forEach(o -> byCode.put(o.code(), o));
    Map<String, OrgUnit> units = new HashMap<>();
    snapshot.orgs().forEach(o -> unit(o.code(), byCode, units));
    Map<String, Staff> staff = new HashMap<>();
    for (CityGenerator.Person p : snapshot.staff()) {
      Staff s =
          new Staff(p.employeeNo(), p.name(), p.nameKana(), units.get(p.orgCode()), p.position());
      s.describe(p.name(), p.nameKana(), p.email(), p.jobCategory());
      s.hired(p.hiredOn());
      s.assign(units.get(p.orgCode()), p.position(), p.managerNo());
      s.setStatus(status(p.status()));
      em.persist(s);
      staff.put(p.employeeNo(), s);
    }
    String hash = identityStore.hash(PASSWORD.toCharArray());
    city.demoAccounts(snapshot)
        .forEach(
            (role, employeeNo) ->
                em.persist(UserAccount.forStaff(staff.get(employeeNo), hash, Set.of(role))));
    em.persist(UserAccount.technical(HR_FEED_USER, hash, Set.of(Role.HR_FEED)));
    LOG.info(
        () ->
            String.format(
                "Demo city loaded: %d org units, %d staff in %d ms",
                units.size(), staff.size(), (System.nanoTime() - started) / 1_000_000));
  }

  private OrgUnit unit(
      String code, Map<String, CityGenerator.Org> byCode, Map<String, OrgUnit> units) {
    OrgUnit existing = units.get(code);
    if (existing != null) {
      return existing;
    }
    CityGenerator.Org org = byCode.get(code);
    OrgUnit parent = org.parentCode() == null ? null : unit(org.parentCode(), byCode, units);
    OrgUnit unit = new OrgUnit(org.code(), org.name(), org.kind(), parent);
    em.persist(unit);
    units.put(code, unit);
    return unit;
  }

  private static StaffStatus status(String registryStatus) {
    return switch (registryStatus) {
      case "休職" -> StaffStatus.ON_LEAVE;
      case "退職" -> StaffStatus.LEFT;
      default -> StaffStatus.ACTIVE;
    };
  }

  /** The fiscal year (April-March) of a date, within the years the generator knows. */
  static int fiscalYear(LocalDate date) {
    int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    return Math.max(2023, Math.min(2026, year));
  }

  private void announce() {
    List<UserAccount> accounts =
        em.createQuery("SELECT a FROM UserAccount a ORDER BY a.username", UserAccount.class)
            .getResultList();
    StringBuilder banner =
        new StringBuilder("\n\n==========  DX人材育成 LMS (demo)  ==========\n")
            .append("  Open  http://localhost:8080/lms/\n")
            .append("  Demo logins (password for all: ")
            .append(PASSWORD)
            .append(")\n");
    for (String role : Role.ALL) {
      accounts.stream()
          .filter(
              a ->
                  a.getRoles().contains(role)
                      && (role.equals(Role.STAFF) ? a.getRoles().size() == 1 : true))
          .findFirst()
          .ifPresent(
              a ->
                  banner.append(
                      String.format(
                          "    %-16s %-10s %s%n",
                          role,
                          a.getUsername(),
                          a.getStaff() == null ? "" : a.getStaff().getName())));
    }
    banner.append("  Readiness  http://localhost:9990/health/ready\n");
    banner.append("============================================\n");
    LOG.info(banner::toString);
  }
}
