package jp.city.lms.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.demo.control.AssessmentGenerator;
import jp.city.lms.demo.control.AssessmentLoader;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.demo.control.LearningGenerator;
import jp.city.lms.demo.control.LearningLoader;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.control.ImportExecutor;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.security.control.AccountIdentityStore;
import jp.city.lms.security.entity.Role;
import jp.city.lms.security.entity.UserAccount;

/**
 * Loads the demo city once into an empty database, then its learning history once while there is
 * none, and, on every start in demo mode, tells the person at the console where the LMS answers and
 * how to log in.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "Curriculum"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The password of every demo login; printed at start, never used outside demo mode. */
  public static final String PASSWORD = "demo";

  public static final String HR_FEED_USER = "hr-feed";

  /** The demo city's staff unless {@code -Dlms.demo.staff} says otherwise (the city's size). */
  public static final int CITY_STAFF = 9_000;

  /** Parts of the bulk places of a city-scale load: memory stays small whatever the total. */
  private static final int BULK_PART = 100_000;

  public static final long DEFAULT_SEED = 2023;

  @PersistenceContext EntityManager em;

  @Inject AccountIdentityStore identityStore;
  @Inject CityClock clock;
  @Resource UserTransaction transaction;
  @EJB RegistryUpdate update;
  @EJB ImportExecutor executor;
  @EJB Curriculum curriculum;

  @PostConstruct
  void start() throws Exception {
    if (!Boolean.getBoolean("lms.demo")) {
      return;
    }
    CityGenerator city = null;
    if (em.createNamedQuery(Staff.COUNT, Long.class).getSingleResult() == 0) {
      city = city();
      load(city);
    }
    if (hasNoLearning()) {
      CityGenerator demo = city == null ? city() : city;
      loadLearning(
          staff(),
          demo.demoAccounts(demo.snapshot(currentFiscalYear())),
          Integer.getInteger("lms.demo.enrolments", 0));
    }
    if (hasNoAssessments()) {
      loadAssessments();
    }
    announce();
  }

  /** The demo city: the same for every start with the same seed. */
  public static CityGenerator city() {
    return new CityGenerator(Long.getLong("lms.demo.seed", DEFAULT_SEED), staff());
  }

  /**
   * The demo city's size: 9,000 staff, or {@code -Dlms.demo.staff} for a city-scale database (the
   * benchmarks' 20,000). Learning, tiers and assessments scale with it.
   */
  static int staff() {
    return Integer.getInteger("lms.demo.staff", CITY_STAFF);
  }

  /** The demo logins, role to user name; the same for every start with the same seed. */
  public static Map<String, String> logins() {
    CityGenerator city = city();
    Map<String, String> logins =
        new HashMap<>(city.demoAccounts(city.snapshot(currentFiscalYear())));
    logins.put(Role.HR_FEED, HR_FEED_USER);
    return logins;
  }

  /** The fiscal year of the demo's logins: this one, for clients outside the server too. */
  public static int currentFiscalYear() {
    return fiscalYear(CityClock.systemToday());
  }

  /**
   * Imports the city's yearly snapshots, FY2023 up to the current fiscal year, through the same
   * import as the HR feed, so the demo has real history (transfers every 1 April, leavers, new
   * hires). The yearly turnover is above the leaver safeguard, as a real 1 April would be: the demo
   * confirms each run as an administrator would.
   */
  private void load(CityGenerator city) throws Exception {
    long started = System.nanoTime();
    Path files = Files.createTempDirectory("lms-demo-");
    CityGenerator.Snapshot last = null;
    for (int year = CityGenerator.FIRST_FISCAL_YEAR; year <= currentFiscalYear(); year++) {
      last = city.snapshot(year);
      CityGenerator.write(last, files, StandardCharsets.UTF_8, false);
      long run =
          update.start(
              new ImportRun(
                  "demo",
                  ImportRun.Channel.DEMO,
                  "orgs.csv",
                  "staff.csv",
                  last.effective(),
                  false,
                  true,
                  clock.now()));
      executor.keep(
          run,
          Files.readAllBytes(files.resolve("orgs.csv")),
          Files.readAllBytes(files.resolve("staff.csv")));
      ImportRun outcome = executor.execute(run).run();
      LOG.info(
          () ->
              String.format(
                  "Demo FY%d snapshot: %s, %d hired, %d transferred, %d left",
                  outcome.getEffective().getYear(),
                  outcome.getOutcome(),
                  outcome.getCounts().hired(),
                  outcome.getCounts().transferred(),
                  outcome.getCounts().left()));
    }
    String hash = identityStore.hash(PASSWORD.toCharArray());
    transaction.begin();
    city.demoAccounts(last)
        .forEach(
            (role, employeeNo) ->
                em.persist(
                    UserAccount.forStaff(
                        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
                            .setParameter("employeeNo", employeeNo)
                            .getSingleResult(),
                        hash,
                        // the registry makes the section chief a manager; nobody grants it
                        Role.MANAGER.equals(role) ? Set.of() : Set.of(role),
                        clock.now())));
    em.persist(UserAccount.technical(HR_FEED_USER, hash, Set.of(Role.HR_FEED), clock.now()));
    transaction.commit();
    LOG.info(
        () ->
            String.format("Demo city loaded in %d ms", (System.nanoTime() - started) / 1_000_000));
  }

  private boolean hasNoLearning() {
    return ((Number)
                em.createNativeQuery(
                        "SELECT (SELECT COUNT(*) FROM enrolment) + (SELECT COUNT(*) FROM completion)")
                    .getSingleResult())
            .longValue()
        == 0;
  }

  /**
   * Gives the city its learning history, FY2023 to now (offerings of this year and the next,
   * places, outcomes, e-learning completions and tiers), generated from the same seed and written
   * by JDBC batches: only while the database has no enrolment and no completion yet.
   */
  private void loadLearning(int staff, Map<String, String> showcase, int places) throws Exception {
    long started = System.nanoTime();
    LocalDateTime now = clock.now().withNano(0);
    transaction.begin();
    try {
      Connection connection = em.unwrap(Connection.class);
      List<LearningGenerator.Person> people = LearningLoader.people(connection);
      LearningGenerator generator =
          new LearningGenerator(
              Long.getLong("lms.demo.seed", DEFAULT_SEED),
              people,
              curriculum.content(),
              now,
              LearningGenerator.Scale.of(staff),
              showcase);
      LearningGenerator.History history = generator.generate();
      long generated = System.nanoTime();
      LearningLoader.Loaded loaded =
          LearningLoader.load(
              connection,
              history,
              LearningLoader.courses(connection),
              curriculum.currentVersion().getId(),
              now);
      transaction.commit();
      LOG.info(
          () ->
              String.format(
                  "Demo learning loaded: %d offerings, %d enrolments, %d completions, %d tiers"
                      + " (%s) in %d ms (generated in %d ms)",
                  loaded.offerings(),
                  loaded.enrolments(),
                  loaded.completions(),
                  loaded.tiers(),
                  history.tiersByFiscalYear(),
                  (System.nanoTime() - started) / 1_000_000,
                  (generated - started) / 1_000_000));
      loadBulk(generator, places - loaded.enrolments(), now);
    } catch (Exception | Error e) {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      throw e;
    }
  }

  /**
   * Places in past offerings up to the total asked for with {@code -Dlms.demo.enrolments} (a
   * city-scale database for the benchmarks: a million), a part at a time, each part committed and
   * logged, so a long load shows how far it is and holds little memory.
   */
  private void loadBulk(LearningGenerator generator, int places, LocalDateTime now)
      throws Exception {
    long started = System.nanoTime();
    int done = 0;
    for (int part = 1; done < places; part++) {
      transaction.begin();
      Connection connection = em.unwrap(Connection.class);
      done +=
          LearningLoader.load(
                  connection,
                  generator.bulkEnrolments(Math.min(BULK_PART, places - done), part),
                  LearningLoader.courses(connection),
                  null,
                  now)
              .enrolments();
      transaction.commit();
      int sofar = done;
      LOG.info(
          () ->
              String.format(
                  "Demo bulk places: %,d of %,d in %d ms",
                  sofar, places, (System.nanoTime() - started) / 1_000_000));
    }
  }

  /**
   * The demo's learning history and assessments for the registry the database holds, at the size of
   * a city of {@code staff}, with bulk places up to {@code places} in all: how the benchmarks get
   * their city-scale database on the registry the registry benchmark leaves. Each part only while
   * the database has none of it.
   */
  @RolesAllowed(Role.ADMIN)
  public void loadLearningAtScale(int staff, int places) throws Exception {
    if (hasNoLearning()) {
      loadLearning(staff, Map.of(), places);
    }
    if (hasNoAssessments()) {
      loadAssessments();
    }
  }

  /** Whether the demo's assessments are still to come: its tests are recorded by "demo". */
  private boolean hasNoAssessments() {
    return ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM assessment WHERE recorded_by = ?")
                    .setParameter(1, AssessmentLoader.TEST_RECORDER)
                    .getSingleResult())
            .longValue()
        == 0;
  }

  /**
   * Gives the city skill assessments consistent with its learning (tests on the days tiers were
   * achieved, self-assessments after them, managers' views in the next review season), so that the
   * skill map has colours on the first start: once, while the demo has recorded none.
   */
  private void loadAssessments() throws Exception {
    long started = System.nanoTime();
    transaction.begin();
    try {
      Connection connection = em.unwrap(Connection.class);
      var framework = curriculum.content().skills();
      var rows =
          new AssessmentGenerator(
                  Long.getLong("lms.demo.seed", DEFAULT_SEED),
                  framework,
                  curriculum.content().tiersInOrder().stream().map(t -> t.code()).toList(),
                  clock.today())
              .generate(AssessmentLoader.people(connection));
      int loaded = AssessmentLoader.load(connection, rows, framework.version());
      transaction.commit();
      LOG.info(
          () ->
              String.format(
                  "Demo assessments loaded: %d in %d ms",
                  loaded, (System.nanoTime() - started) / 1_000_000));
    } catch (Exception | Error e) {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      throw e;
    }
  }

  /** The fiscal year (April-March) of a date, within the years the generator knows. */
  static int fiscalYear(LocalDate date) {
    return Math.max(
        CityGenerator.FIRST_FISCAL_YEAR,
        Math.min(CityGenerator.LAST_FISCAL_YEAR, FiscalYear.of(date).getYear()));
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
    Map<String, String> logins = logins();
    for (String role : Role.ALL) {
      String username = logins.get(role);
      accounts.stream()
          .filter(a -> a.getUsername().equals(username))
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
    banner.append("  Readiness  http://localhost:8080/lms/api/health\n");
    banner.append("============================================\n");
    LOG.info(banner::toString);
  }
}
