package jp.city.lms.progress.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.control.SqlRows;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.progress.entity.Achievement;
import jp.city.lms.progress.entity.Coverage;
import jp.city.lms.progress.entity.Dashboard;
import jp.city.lms.progress.entity.Forecast;
import jp.city.lms.progress.entity.IndicatorSheet;
import jp.city.lms.progress.entity.MonthPoint;
import jp.city.lms.progress.entity.PersonProgress;
import jp.city.lms.progress.entity.Progress;
import jp.city.lms.progress.entity.Tally;
import jp.city.lms.progress.entity.UnitProgress;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.registry.entity.SearchText;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;

/**
 * Progress toward the target as of a date, for the caller's scope: the whole city for the training
 * office and administrators, a manager's unit and everything under it for a manager (by the unit
 * each person was in on that date, or for someone who had left by then, the unit they left from).
 * Anybody else sees no progress.
 *
 * <p>The counts are aggregates over {@code tier_achievement} in the database (its index on tier,
 * fiscal year and date serves them), following the rules of {@link Tally}; nothing is loaded person
 * by person.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN, Role.MANAGER})
public class ProgressReport {

  /** An org unit's version on the date ?1. */
  private static final String VERSION_ON_DATE =
      " v.valid_from <= ?1 AND (v.valid_to IS NULL OR v.valid_to >= ?1)";

  /** The people of a manager's subtree, each by their unit on the date or the unit they left. */
  private static final String IN_SUBTREE =
      " AND t.staff_id IN (SELECT a.staff_id FROM assignment a JOIN org_unit_version v"
          + " ON v.org_unit_id = a.org_unit_id WHERE a.valid_from <= ?1 AND NOT EXISTS"
          + " (SELECT 1 FROM assignment n WHERE n.staff_id = a.staff_id"
          + " AND n.valid_from > a.valid_from AND n.valid_from <= ?1)"
          + " AND v.valid_from <= CASE WHEN a.valid_to < ?1 THEN a.valid_to ELSE ?1 END"
          + " AND (v.valid_to IS NULL"
          + " OR v.valid_to >= CASE WHEN a.valid_to < ?1 THEN a.valid_to ELSE ?1 END)"
          + " AND v.path LIKE ?2 ESCAPE '!')";

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @EJB Curriculum curriculum;
  @EJB Callers callers;
  @EJB RegistryHistory registry;

  /**
   * Progress as of the date for the caller's scope on that date.
   *
   * @throws OutOfScopeException when the caller was no manager on that date
   */
  public Progress asOf(@NotNull LocalDate date) {
    Scope scope = scope(date);
    Programme programme = curriculum.content().programme();
    Future<Map<LocalDate, Long>> workforce = workforces(programme, scope);
    return progress(programme, scope, tally(programme, scope, firsts(programme, scope)), workforce);
  }

  /**
   * The dashboard as of the date for the caller's scope: progress, the monthly line, the coverage
   * and the forecast, from one reading of each trained person's first counting date. The counts
   * over the staff and the places run meanwhile, each on its own connection.
   *
   * @throws OutOfScopeException when the caller was no manager on that date
   */
  public Dashboard dashboard(@NotNull LocalDate date) {
    Scope scope = scope(date);
    Programme programme = curriculum.content().programme();
    ProgressReport self = context.getBusinessObject(ProgressReport.class);
    String tier = coverageTier(programme);
    Future<long[]> pipeline = self.pipelineOn(date);
    Future<Map<Long, Long>> present = self.presentOn(date);
    Future<Map<LocalDate, Long>> workforce = workforces(programme, scope);
    Map<LocalDate, Long> firsts = firsts(programme, scope);
    Map<YearMonth, Long> newly = new HashMap<>();
    firsts.forEach((on, people) -> newly.merge(YearMonth.from(on), people, Long::sum));
    LocalDate window = Forecast.windowStart(programme, date);
    long recent =
        firsts.entrySet().stream()
            .filter(e -> !e.getKey().isBefore(window))
            .mapToLong(Map.Entry::getValue)
            .sum();
    Tally tally = tally(programme, scope, firsts);
    Set<Long> holders = holders(tier, date);
    Map<Long, Long> staff = done(present);
    long[] places = done(pipeline);
    return new Dashboard(
        progress(programme, scope, tally, workforce),
        MonthPoint.of(programme, date, newly),
        new Coverage(tier, staff.size(), staff.keySet().stream().filter(holders::contains).count()),
        Forecast.of(programme, date, tally.trained(), recent, places[0], places[1]));
  }

  /**
   * The workforce of the caller's scope on the date {@code on}, or of it those who hold the tier by
   * then, counted on its own connection: the parts of the progress run beside each other.
   */
  @Asynchronous
  public Future<Long> workforceOn(@NotNull LocalDate date, @NotNull LocalDate on, String holding) {
    return new AsyncResult<>(workforce(scope(date), on, holding));
  }

  /** The forecast's pipeline in the caller's scope on the date, on its own connection. */
  @Asynchronous
  public Future<long[]> pipelineOn(@NotNull LocalDate date) {
    return new AsyncResult<>(pipeline(curriculum.content().programme(), scope(date)));
  }

  /** The workforce on each day an "all staff" yearly target is measured on, started meanwhile. */
  private Future<Map<LocalDate, Long>> workforces(Programme programme, Scope scope) {
    List<LocalDate> days =
        programme.yearlyTargets().stream()
            .filter(t -> t.isAllStaff() && programme.covers(t.fiscalYear()))
            .map(t -> Progress.workforceDate(t.fiscalYear(), scope.asOf()))
            .distinct()
            .toList();
    return context.getBusinessObject(ProgressReport.class).workforcesOn(scope.asOf(), days);
  }

  /**
   * The workforce of the caller's scope on each of the days, on its own connection. For the city,
   * one pass over the assignments counts every day (a pass per day costs as much each).
   */
  @Asynchronous
  public Future<Map<LocalDate, Long>> workforcesOn(
      @NotNull LocalDate date, @NotNull List<LocalDate> days) {
    Scope scope = scope(date);
    Map<LocalDate, Long> counts = new HashMap<>();
    if (!scope.isCity() || days.size() < 2) {
      days.forEach(on -> counts.put(on, workforce(scope, on)));
      return new AsyncResult<>(counts);
    }
    StringBuilder sql = new StringBuilder("SELECT");
    for (int i = 0; i < days.size(); i++) {
      sql.append(i == 0 ? "" : ",")
          .append(" SUM(CASE WHEN a.valid_from <= ?")
          .append(i + 1)
          .append(" AND (a.valid_to IS NULL OR a.valid_to >= ?")
          .append(i + 1)
          .append(") THEN 1 ELSE 0 END)");
    }
    SqlRows query =
        SqlRows.of(em, sql + " FROM assignment a WHERE a.status IN ('ACTIVE', 'ON_LEAVE')");
    for (int i = 0; i < days.size(); i++) {
      query.with(i + 1, java.sql.Date.valueOf(days.get(i)));
    }
    Object[] row = query.list().get(0);
    for (int i = 0; i < days.size(); i++) {
      counts.put(days.get(i), number(row[i]).longValue());
    }
    return new AsyncResult<>(counts);
  }

  private Progress progress(
      Programme programme, Scope scope, Tally tally, Future<Map<LocalDate, Long>> workforce) {
    List<String> tiers = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    Map<LocalDate, Long> counted = new HashMap<>(done(workforce));
    return Progress.of(
        programme,
        tiers,
        scope.asOf(),
        tally,
        on -> counted.computeIfAbsent(on, d -> workforce(scope, d)));
  }

  /**
   * The people not trained yet holding a place on the date in an offering of a counting tier's
   * course that starts before the programme ends and had not ended by the date: {people, of them
   * seated}. A place held on the date was asked for by then and not ended by then; it was seated by
   * then, or waiting. The offerings come by course and end, their places from an index (V11).
   */
  private long[] pipeline(Programme programme, Scope scope) {
    if (programme.countingTiers().isEmpty()) {
      return new long[2];
    }
    LocalDate end = FiscalYear.of(programme.toFiscalYear()).getEnd();
    Map<Long, Boolean> seated = new HashMap<>();
    rows(counting(
                "SELECT e.staff_id, MAX(CASE WHEN e.seated_at < ?6 THEN 1 ELSE 0 END)"
                    + " FROM course c JOIN offering o ON o.course_id = c.id"
                    + " AND o.ends_at >= ?8 AND o.starts_at < ?7"
                    + " JOIN enrolment e ON e.offering_id = o.id"
                    + " WHERE c.tier IN (%s)"
                    + " AND e.requested_at < ?6 AND (e.ended_at IS NULL OR e.ended_at >= ?6)"
                    + " AND NOT EXISTS (SELECT 1 FROM tier_achievement t"
                    + " WHERE t.staff_id = e.staff_id AND t.tier IN (%<s)"
                    + " AND t.achieved_on <= ?1) GROUP BY e.staff_id",
                programme, Scope.city(scope.asOf()))
            .with(6, Timestamp.valueOf(scope.asOf().plusDays(1).atStartOfDay()))
            .with(7, Timestamp.valueOf(end.plusDays(1).atStartOfDay()))
            .with(8, Timestamp.valueOf(scope.asOf().atStartOfDay())))
        .forEach(r -> seated.put(number(r[0]).longValue(), number(r[1]).intValue() == 1));
    if (!scope.isCity()) {
      // the few on their way, then which of them are the manager's: the database would rather
      // read the whole subtree first
      Set<Long> theirs = new HashSet<>();
      inChunks(
          new ArrayList<>(seated.keySet()),
          ids ->
              rows(
                  query(
                      "SELECT a.staff_id, 0 FROM assignment a JOIN org_unit_version v"
                          + " ON v.org_unit_id = a.org_unit_id"
                          + " AND v.valid_from <= CASE WHEN a.valid_to < ?1 THEN a.valid_to ELSE ?1 END"
                          + " AND (v.valid_to IS NULL"
                          + " OR v.valid_to >= CASE WHEN a.valid_to < ?1 THEN a.valid_to ELSE ?1 END)"
                          + " WHERE a.staff_id IN ("
                          + ids
                          + ") AND a.valid_from <= ?1 AND NOT EXISTS (SELECT 1 FROM assignment n"
                          + " WHERE n.staff_id = a.staff_id AND n.valid_from > a.valid_from"
                          + " AND n.valid_from <= ?1) AND v.path LIKE ?2 ESCAPE '!'",
                      programme,
                      scope)),
          r -> theirs.add(number(r[0]).longValue()));
      seated.keySet().retainAll(theirs);
    }
    return new long[] {seated.size(), seated.values().stream().filter(b -> b).count()};
  }

  /**
   * The city's indicators for the administrative evaluation sheet (行政評価) as of the date: the
   * training office's and administrators' report, for the whole city.
   */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public IndicatorSheet indicators(@NotNull LocalDate date) {
    Programme programme = curriculum.content().programme();
    String tier = coverageTier(programme);
    ProgressReport self = context.getBusinessObject(ProgressReport.class);
    Map<Integer, Future<Long>> holding = new HashMap<>();
    if (tier != null) {
      for (int year = programme.fromFiscalYear(); year <= programme.toFiscalYear(); year++) {
        holding.put(year, self.workforceOn(date, Progress.workforceDate(year, date), tier));
      }
    }
    Progress progress = asOf(date);
    Map<Integer, Long> coverage = new HashMap<>();
    holding.forEach((year, count) -> coverage.put(year, done(count)));
    return IndicatorSheet.of(programme, progress, tier, coverage);
  }

  /** Which unit a trained person counts in. */
  public enum Attribution {
    /** The unit they were in on the as-of date (or left from): the default. */
    AS_OF,
    /** The unit they were in on the day of their first counting achievement. */
    WHEN_ACHIEVED
  }

  /**
   * Progress per org unit of a level of the tree (1: bureaus and wards), everything below each
   * rolled up: the trained people by the chosen attribution, the workforce and its coverage on the
   * date. A manager sees the units of their subtree; people they see who were trained elsewhere
   * (attributed when achieved) are one line without a unit.
   *
   * @throws OutOfScopeException when the caller was no manager on that date
   */
  public List<UnitProgress> byUnit(
      @NotNull LocalDate date, int level, @NotNull Attribution attribution) {
    Scope scope = scope(date);
    Programme programme = curriculum.content().programme();
    Future<Map<Long, Long>> present =
        context.getBusinessObject(ProgressReport.class).presentOn(date);
    Map<String, Long> trained = trainedByUnit(programme, scope, attribution);
    return UnitProgress.rollUp(
        trained,
        workforceByUnit(programme, scope, present),
        Math.max(1, level),
        scope.isCity() ? "/" : scope.unitPath());
  }

  /**
   * The trained people of the scope by the path of the unit they count in: the unit of their last
   * assignment on or before the date (a leaver's, as it was when they left), or when achieved, the
   * unit of their assignment on the day of their first counting achievement, as it was that day.
   * Read as each person's first date, their assignments and the units' versions, and matched here:
   * the same join in the database reads every assignment once per person (0.2 s for the city).
   */
  private Map<String, Long> trainedByUnit(
      Programme programme, Scope scope, Attribution attribution) {
    Map<String, Long> trained = new HashMap<>();
    if (programme.countingTiers().isEmpty()) {
      return trained;
    }
    Map<Long, LocalDate> firsts = new HashMap<>();
    Tally.firsts(programme, scope.asOf(), counted(programme, scope))
        .forEach((person, on) -> firsts.put(Long.valueOf(person), on));
    Map<Long, List<Object[]>> assignments = new HashMap<>();
    rows(counting(
            "SELECT a.staff_id, a.org_unit_id, a.valid_from, a.valid_to FROM assignment a"
                + " WHERE a.valid_from <= ?1 AND a.staff_id IN (SELECT t.staff_id"
                + " FROM tier_achievement t WHERE t.tier IN (%s)"
                + " AND t.fiscal_year BETWEEN ?3 AND ?4 AND t.achieved_on <= ?1)",
            programme, Scope.city(scope.asOf())))
        .forEach(
            r ->
                assignments
                    .computeIfAbsent(number(r[0]).longValue(), k -> new ArrayList<>())
                    .add(r));
    Map<Long, List<Object[]>> versions = new HashMap<>();
    rows(SqlRows.of(
            em, "SELECT v.org_unit_id, v.path, v.valid_from, v.valid_to FROM org_unit_version v"))
        .forEach(
            r -> versions.computeIfAbsent(number(r[0]).longValue(), k -> new ArrayList<>()).add(r));
    firsts.forEach(
        (person, first) -> {
          LocalDate on = attribution == Attribution.AS_OF ? scope.asOf() : first;
          Object[] latest = null;
          for (Object[] a : assignments.getOrDefault(person, List.of())) {
            if (!date(a[2]).isAfter(on)
                && (latest == null || date(a[2]).isAfter(date(latest[2])))) {
              latest = a;
            }
          }
          if (latest != null) {
            LocalDate to = latest[3] == null ? null : date(latest[3]);
            LocalDate until = to != null && to.isBefore(on) ? to : on;
            for (Object[] v : versions.getOrDefault(number(latest[1]).longValue(), List.of())) {
              if (!date(v[2]).isAfter(until) && (v[3] == null || !date(v[3]).isBefore(until))) {
                trained.merge((String) v[1], 1L, Long::sum);
              }
            }
          }
        });
    return trained;
  }

  /**
   * The workforce of each unit of the scope on the date, {staff, holding the all-staff tier}, by
   * the unit's path: the people present ({@link #presentOn}, read meanwhile) matched here with the
   * tier's holders and the units' paths. The same join in the database probes an achievement for
   * every assignment, several times slower.
   */
  private Map<String, long[]> workforceByUnit(
      Programme programme, Scope scope, Future<Map<Long, Long>> present) {
    Map<Long, String> paths = new HashMap<>();
    rows(query(
            "SELECT v.org_unit_id, v.path FROM org_unit_version v WHERE"
                + VERSION_ON_DATE
                + (scope.isCity() ? "" : " AND v.path LIKE ?2 ESCAPE '!'"),
            programme,
            scope))
        .forEach(r -> paths.put(number(r[0]).longValue(), (String) r[1]));
    Set<Long> holders = holders(coverageTier(programme), scope.asOf());
    Map<String, long[]> workforce = new HashMap<>();
    done(present)
        .forEach(
            (person, unit) -> {
              String path = paths.get(unit);
              if (path != null) {
                long[] line = workforce.computeIfAbsent(path, p -> new long[2]);
                line[0]++;
                line[1] += holders.contains(person) ? 1 : 0;
              }
            });
    return workforce;
  }

  /**
   * The people of the caller's scope present on the date (在職 and 休職), each with their unit: read on
   * its own connection while the caller reads the rest.
   */
  @Asynchronous
  public Future<Map<Long, Long>> presentOn(@NotNull LocalDate date) {
    Scope scope = scope(date);
    Map<Long, Long> present = new HashMap<>();
    rows(query(
            "SELECT a.staff_id, a.org_unit_id FROM assignment a WHERE a.valid_from <= ?1"
                + " AND (a.valid_to IS NULL OR a.valid_to >= ?1)"
                + " AND a.status IN ('ACTIVE', 'ON_LEAVE')"
                + (scope.isCity()
                    ? ""
                    : " AND a.org_unit_id IN (SELECT v.org_unit_id FROM org_unit_version v WHERE"
                        + VERSION_ON_DATE
                        + " AND v.path LIKE ?2 ESCAPE '!')"),
            curriculum.content().programme(),
            scope))
        .forEach(r -> present.put(number(r[0]).longValue(), number(r[1]).longValue()));
    return new AsyncResult<>(present);
  }

  /** The people who hold the tier by the date; none for no tier. */
  private Set<Long> holders(String tier, LocalDate date) {
    Set<Long> holders = new HashSet<>();
    if (tier != null) {
      SqlRows.of(
              em,
              "SELECT t.staff_id FROM tier_achievement t WHERE t.tier = ?1 AND t.achieved_on <= ?2")
          .with(1, tier)
          .with(2, java.sql.Date.valueOf(date))
          .forEach(r -> holders.add(number(r[0]).longValue()));
    }
    return holders;
  }

  private static <T> T done(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /**
   * The people of a unit and everything under it as of the date, for the drill-down from its line:
   * everybody in its workforce on the date, and everybody its trained people count by the
   * attribution (a leaver by the unit they left from; when achieved, by the unit of their first
   * counting achievement), by employee number.
   *
   * @return the people, or nothing when there is no such unit on the date
   * @throws OutOfScopeException when the unit is outside the caller's scope on the date
   */
  public Optional<List<PersonProgress>> people(
      @NotNull LocalDate date, @NotNull String unitCode, @NotNull Attribution attribution) {
    Scope scope = scope(date);
    Programme programme = curriculum.content().programme();
    Optional<OrgUnitVersion> unit = registry.unitAsOf(unitCode, date);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    String path = unit.get().getPath();
    if (!scope.isCity() && !path.startsWith(scope.unitPath())) {
      throw new OutOfScopeException("unit " + unitCode);
    }
    String subtree = SearchText.escapeLike(path) + "%";
    String latest =
        "SELECT a.staff_id, s.employee_no, s.name, u.code,"
            + " CASE WHEN a.status IN ('ACTIVE', 'ON_LEAVE')"
            + " AND (a.valid_to IS NULL OR a.valid_to >= ?1) THEN 1 ELSE 0 END"
            + " FROM assignment a JOIN staff s ON s.id = a.staff_id"
            + " JOIN org_unit u ON u.id = a.org_unit_id WHERE a.valid_from <= ?1"
            + " AND NOT EXISTS (SELECT 1 FROM assignment n WHERE n.staff_id = a.staff_id"
            + " AND n.valid_from > a.valid_from AND n.valid_from <= ?1)";
    Map<Long, Object[]> rows = new LinkedHashMap<>();
    rows(query(latest + IN_SUBTREE.replace("t.staff_id", "a.staff_id"), programme, Scope.city(date))
            .with(2, subtree))
        .forEach(r -> rows.put(number(r[0]).longValue(), r));
    Set<Long> whenAchieved = new HashSet<>();
    if (attribution == Attribution.WHEN_ACHIEVED && !programme.countingTiers().isEmpty()) {
      SqlRows attributed =
          firstCounting(
                  "SELECT f.staff_id FROM",
                  "MIN(t.achieved_on) AS d1",
                  " JOIN assignment a ON a.staff_id = f.staff_id AND a.valid_from <= f.d1"
                      + " AND (a.valid_to IS NULL OR a.valid_to >= f.d1)"
                      + " JOIN org_unit_version v ON v.org_unit_id = a.org_unit_id"
                      + " AND v.valid_from <= f.d1 AND (v.valid_to IS NULL OR v.valid_to >= f.d1)"
                      + " WHERE v.path LIKE ?8 ESCAPE '!'",
                  programme,
                  Scope.city(date))
              .with(8, subtree);
      attributed.forEach(r -> whenAchieved.add(number(r[0]).longValue()));
      List<Long> elsewhere = whenAchieved.stream().filter(id -> !rows.containsKey(id)).toList();
      inChunks(
          elsewhere,
          ids ->
              rows(query(latest + " AND a.staff_id IN (" + ids + ")", programme, Scope.city(date))),
          r -> rows.put(number(r[0]).longValue(), r));
    }
    Map<Long, Map<String, LocalDate>> tiers = new HashMap<>();
    inChunks(
        new ArrayList<>(rows.keySet()),
        ids ->
            rows(
                query(
                    "SELECT t.staff_id, t.tier, t.achieved_on FROM tier_achievement t"
                        + " WHERE t.achieved_on <= ?1 AND t.staff_id IN ("
                        + ids
                        + ")",
                    programme,
                    Scope.city(date))),
        r ->
            tiers
                .computeIfAbsent(number(r[0]).longValue(), k -> new HashMap<>())
                .put((String) r[1], date(r[2])));
    List<String> order = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    List<PersonProgress> people = new ArrayList<>();
    rows.forEach(
        (id, r) -> {
          Map<String, LocalDate> held = new LinkedHashMap<>();
          Map<String, LocalDate> all = tiers.getOrDefault(id, Map.of());
          order.stream().filter(all::containsKey).forEach(t -> held.put(t, all.get(t)));
          LocalDate first =
              held.entrySet().stream()
                  .filter(e -> programme.countsToward(e.getKey()))
                  .map(Map.Entry::getValue)
                  .filter(on -> programme.covers(FiscalYear.of(on).getYear()))
                  .min(LocalDate::compareTo)
                  .orElse(null);
          boolean present = number(r[4]).intValue() == 1;
          boolean counted =
              first != null && (attribution == Attribution.AS_OF || whenAchieved.contains(id));
          if (present || counted) {
            people.add(
                new PersonProgress(
                    (String) r[1], (String) r[2], (String) r[3], present, held, first, counted));
          }
        });
    people.sort(Comparator.comparing(PersonProgress::employeeNo));
    return Optional.of(people);
  }

  /** The tier every staff member should hold (bronze), or null when the programme has none. */
  public String coverageTier() {
    return coverageTier(curriculum.content().programme());
  }

  /** The tier every staff member should hold: the first with an "all staff" yearly target. */
  static String coverageTier(Programme programme) {
    return programme.yearlyTargets().stream()
        .filter(t -> t.isAllStaff())
        .map(t -> t.tier())
        .findFirst()
        .orElse(null);
  }

  private Scope scope(LocalDate date) {
    Scope scope = callers.scope(date);
    if (!scope.isCity() && !scope.isManager()) {
      throw new OutOfScopeException("progress");
    }
    return scope;
  }

  /**
   * The counts of {@link Tally} in the scope: the newly trained from the first counting dates, the
   * achievements and holders of each tier from one aggregate by tier and fiscal year.
   */
  private Tally tally(Programme programme, Scope scope, Map<LocalDate, Long> firsts) {
    Map<Integer, Long> newly = new HashMap<>();
    firsts.forEach((on, people) -> newly.merge(FiscalYear.of(on).getYear(), people, Long::sum));
    Map<String, Map<Integer, Long>> achieved = new HashMap<>();
    Map<String, Long> holding = new HashMap<>();
    rows(query(
            "SELECT t.tier, t.fiscal_year, COUNT(*) FROM tier_achievement t"
                + " WHERE t.achieved_on <= ?1"
                + (scope.isCity() ? "" : IN_SUBTREE)
                + " GROUP BY t.tier, t.fiscal_year",
            programme,
            scope))
        .forEach(
            r -> {
              String tier = (String) r[0];
              int year = number(r[1]).intValue();
              long people = number(r[2]).longValue();
              holding.merge(tier, people, Long::sum);
              if (programme.covers(year)) {
                achieved.computeIfAbsent(tier, k -> new HashMap<>()).put(year, people);
              }
            });
    return new Tally(newly, achieved, holding);
  }

  /**
   * Each trained person's first counting achievement in the scope, counted by its date: everything
   * the dashboard says of the trained (per year, per month, the forecast's recent pace) is summed
   * from this one reading.
   */
  private Map<LocalDate, Long> firsts(Programme programme, Scope scope) {
    Map<LocalDate, Long> firsts = new HashMap<>();
    Tally.firsts(programme, scope.asOf(), counted(programme, scope))
        .values()
        .forEach(on -> firsts.merge(on, 1L, Long::sum));
    return firsts;
  }

  /**
   * The scope's achievements of the counting tiers in the programme's years by the date, each
   * person's key their id, read from the index on tier and year; {@link Tally#firsts} takes each
   * person's first. Grouped by person in the database, MariaDB walks every achievement of the city
   * by person instead (40 ms against 4 ms for 20,000 people).
   */
  private List<Achievement> counted(Programme programme, Scope scope) {
    List<Achievement> achievements = new ArrayList<>();
    if (programme.countingTiers().isEmpty()) {
      return achievements;
    }
    counting(
            "SELECT t.staff_id, t.tier, t.achieved_on FROM tier_achievement t"
                + " WHERE t.tier IN (%s) AND t.fiscal_year BETWEEN ?3 AND ?4 AND t.achieved_on <= ?1"
                + (scope.isCity() ? "" : IN_SUBTREE),
            programme,
            scope)
        .forEach(
            r ->
                achievements.add(
                    new Achievement(String.valueOf(number(r[0])), (String) r[1], date(r[2]))));
    return achievements;
  }

  /**
   * An aggregate over each trained person's first counting achievement in the scope: {@code f} is
   * the derived table of staff_id and the given first value.
   */
  private SqlRows firstCounting(
      String select, String first, String groupBy, Programme programme, Scope scope) {
    return counting(
        select
            + " (SELECT t.staff_id, "
            + first
            + " FROM tier_achievement t WHERE t.tier IN (%s)"
            + " AND t.fiscal_year BETWEEN ?3 AND ?4 AND t.achieved_on <= ?1"
            + (scope.isCity() ? "" : IN_SUBTREE)
            + " GROUP BY t.staff_id) f"
            + groupBy,
        programme,
        scope);
  }

  /** A query in the scope whose {@code %s} are the programme's counting tiers (?10, ?11 ...). */
  private SqlRows counting(String sql, Programme programme, Scope scope) {
    StringBuilder counting = new StringBuilder();
    for (int i = 0; i < programme.countingTiers().size(); i++) {
      counting.append(i == 0 ? "?" : ", ?").append(10 + i);
    }
    SqlRows query = query(String.format(sql, counting), programme, scope);
    for (int i = 0; i < programme.countingTiers().size(); i++) {
      query.with(10 + i, programme.countingTiers().get(i));
    }
    return query;
  }

  /** The workforce (在職 and 休職) of the scope on a date, for "all staff" targets. */
  private long workforce(Scope scope, LocalDate on) {
    return workforce(scope, on, null);
  }

  private long workforce(Scope scope, LocalDate on, String holdingTier) {
    String sql =
        "SELECT COUNT(*) FROM assignment a"
            + (scope.isCity()
                ? " WHERE"
                : " JOIN org_unit_version v ON v.org_unit_id = a.org_unit_id"
                    + " AND v.valid_from <= ?1 AND (v.valid_to IS NULL OR v.valid_to >= ?1)"
                    + " WHERE v.path LIKE ?2 ESCAPE '!' AND")
            + " a.valid_from <= ?1 AND (a.valid_to IS NULL OR a.valid_to >= ?1)"
            + " AND a.status IN ('ACTIVE', 'ON_LEAVE')"
            + (holdingTier == null
                ? ""
                : " AND EXISTS (SELECT 1 FROM tier_achievement t WHERE t.staff_id = a.staff_id"
                    + " AND t.tier = ?5 AND t.achieved_on <= ?1)");
    SqlRows query = SqlRows.of(em, sql).with(1, java.sql.Date.valueOf(on));
    if (holdingTier != null) {
      query.with(5, holdingTier);
    }
    if (!scope.isCity()) {
      query.with(2, SearchText.escapeLike(scope.unitPath()) + "%");
    }
    return number(query.list().get(0)[0]).longValue();
  }

  private SqlRows query(String sql, Programme programme, Scope scope) {
    SqlRows query = SqlRows.of(em, sql).with(1, java.sql.Date.valueOf(scope.asOf()));
    if (sql.contains("?3")) {
      query.with(3, programme.fromFiscalYear()).with(4, programme.toFiscalYear());
    }
    if (!scope.isCity() && sql.contains("?2")) {
      query.with(2, SearchText.escapeLike(scope.unitPath()) + "%");
    }
    return query;
  }

  private static List<Object[]> rows(SqlRows query) {
    return query.list();
  }

  /** Runs a query for each part of at most 500 ids (written into it: they are numbers). */
  private static void inChunks(
      List<Long> ids, Function<String, List<Object[]>> query, Consumer<Object[]> each) {
    for (int i = 0; i < ids.size(); i += 500) {
      query
          .apply(
              ids.subList(i, Math.min(ids.size(), i + 500)).stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(",")))
          .forEach(each);
    }
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  /** COUNT answers Long on one database and BigDecimal or Integer on another. */
  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }
}
