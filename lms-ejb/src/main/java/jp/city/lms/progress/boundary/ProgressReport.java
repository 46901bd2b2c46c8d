package jp.city.lms.progress.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.progress.entity.Coverage;
import jp.city.lms.progress.entity.IndicatorSheet;
import jp.city.lms.progress.entity.MonthPoint;
import jp.city.lms.progress.entity.Progress;
import jp.city.lms.progress.entity.Tally;
import jp.city.lms.progress.entity.UnitProgress;
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
  @EJB Curriculum curriculum;
  @EJB Callers callers;

  /**
   * Progress as of the date for the caller's scope on that date.
   *
   * @throws OutOfScopeException when the caller was no manager on that date
   */
  public Progress asOf(@NotNull LocalDate date) {
    Scope scope = scope(date);
    ProgrammeContent content = curriculum.content();
    Programme programme = content.programme();
    List<String> tiers = content.tiersInOrder().stream().map(Tier::code).toList();
    Tally tally = tally(programme, scope);
    Map<LocalDate, Long> workforce = new HashMap<>();
    return Progress.of(
        programme,
        tiers,
        date,
        tally,
        on -> workforce.computeIfAbsent(on, d -> workforce(scope, d)));
  }

  /**
   * The trained people cumulative by month, beside the target path, up to the date.
   *
   * @throws OutOfScopeException when the caller was no manager on that date
   */
  public List<MonthPoint> byMonth(@NotNull LocalDate date) {
    Scope scope = scope(date);
    Programme programme = curriculum.content().programme();
    Map<YearMonth, Long> newly = new HashMap<>();
    if (!programme.countingTiers().isEmpty()) {
      Query query =
          firstCounting(
              "SELECT EXTRACT(YEAR FROM f.d1), EXTRACT(MONTH FROM f.d1), COUNT(*) FROM",
              "MIN(t.achieved_on) AS d1",
              " GROUP BY EXTRACT(YEAR FROM f.d1), EXTRACT(MONTH FROM f.d1)",
              programme,
              scope);
      rows(query)
          .forEach(
              r ->
                  newly.put(
                      YearMonth.of(number(r[0]).intValue(), number(r[1]).intValue()),
                      number(r[2]).longValue()));
    }
    return MonthPoint.of(programme, date, newly);
  }

  /**
   * How much of the scope's workforce holds the all-staff tier (bronze) on the date.
   *
   * @throws OutOfScopeException when the caller was no manager on that date
   */
  public Coverage coverage(@NotNull LocalDate date) {
    Scope scope = scope(date);
    String tier = coverageTier(curriculum.content().programme());
    if (tier == null) {
      return new Coverage(null, workforce(scope, date), 0);
    }
    return new Coverage(tier, workforce(scope, date), holding(scope, date, tier));
  }

  /**
   * The city's indicators for the administrative evaluation sheet (行政評価) as of the date: the
   * training office's and administrators' report, for the whole city.
   */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public IndicatorSheet indicators(@NotNull LocalDate date) {
    Progress progress = asOf(date);
    Programme programme = curriculum.content().programme();
    String tier = coverageTier(programme);
    Scope city = Scope.city(date);
    Map<Integer, Long> coverage = new HashMap<>();
    if (tier != null) {
      for (Progress.Year year : progress.byFiscalYear()) {
        coverage.put(
            year.fiscalYear(),
            holding(city, Progress.workforceDate(year.fiscalYear(), date), tier));
      }
    }
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
    String on = attribution == Attribution.AS_OF ? "?1" : "f.d1";
    String until = "CASE WHEN a.valid_to < " + on + " THEN a.valid_to ELSE " + on + " END";
    Map<String, Long> trained = new HashMap<>();
    if (!programme.countingTiers().isEmpty()) {
      rows(firstCounting(
              "SELECT v.path, COUNT(*) FROM",
              "MIN(t.achieved_on) AS d1",
              " JOIN assignment a ON a.staff_id = f.staff_id AND a.valid_from <= "
                  + on
                  + " AND NOT EXISTS (SELECT 1 FROM assignment n WHERE n.staff_id = a.staff_id"
                  + " AND n.valid_from > a.valid_from AND n.valid_from <= "
                  + on
                  + ") JOIN org_unit_version v ON v.org_unit_id = a.org_unit_id"
                  + " AND v.valid_from <= "
                  + until
                  + " AND (v.valid_to IS NULL OR v.valid_to >= "
                  + until
                  + ") GROUP BY v.path",
              programme,
              scope))
          .forEach(r -> trained.merge((String) r[0], number(r[1]).longValue(), Long::sum));
    }
    String tier = coverageTier(programme);
    String sql =
        "SELECT v.path, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM tier_achievement t"
            + " WHERE t.staff_id = a.staff_id AND t.tier = ?5 AND t.achieved_on <= ?1)"
            + " THEN 1 ELSE 0 END) FROM assignment a JOIN org_unit_version v"
            + " ON v.org_unit_id = a.org_unit_id"
            + " AND v.valid_from <= ?1 AND (v.valid_to IS NULL OR v.valid_to >= ?1)"
            + " WHERE a.valid_from <= ?1 AND (a.valid_to IS NULL OR a.valid_to >= ?1)"
            + " AND a.status IN ('ACTIVE', 'ON_LEAVE')"
            + (scope.isCity() ? "" : " AND v.path LIKE ?2 ESCAPE '!'")
            + " GROUP BY v.path";
    Query query = query(sql, programme, scope).setParameter(5, tier == null ? "" : tier);
    Map<String, long[]> workforce = new HashMap<>();
    rows(query)
        .forEach(
            r ->
                workforce.put(
                    (String) r[0],
                    new long[] {number(r[1]).longValue(), number(r[2]).longValue()}));
    return UnitProgress.rollUp(
        trained, workforce, Math.max(1, level), scope.isCity() ? "/" : scope.unitPath());
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

  /** The counts of {@link Tally}, by aggregates, in the scope. */
  Tally tally(Programme programme, Scope scope) {
    String subtree = scope.isCity() ? "" : IN_SUBTREE;
    Map<Integer, Long> newly = new HashMap<>();
    if (!programme.countingTiers().isEmpty()) {
      Query query =
          firstCounting(
              "SELECT f.fy, COUNT(*) FROM",
              "MIN(t.fiscal_year) AS fy",
              " GROUP BY f.fy",
              programme,
              scope);
      rows(query).forEach(r -> newly.put(number(r[0]).intValue(), number(r[1]).longValue()));
    }
    Map<String, Map<Integer, Long>> achieved = new HashMap<>();
    rows(query(
            "SELECT t.tier, t.fiscal_year, COUNT(*) FROM tier_achievement t"
                + " WHERE t.fiscal_year BETWEEN ?3 AND ?4 AND t.achieved_on <= ?1"
                + subtree
                + " GROUP BY t.tier, t.fiscal_year",
            programme,
            scope))
        .forEach(
            r ->
                achieved
                    .computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .put(number(r[1]).intValue(), number(r[2]).longValue()));
    Map<String, Long> holding = new HashMap<>();
    rows(query(
            "SELECT t.tier, COUNT(*) FROM tier_achievement t WHERE t.achieved_on <= ?1"
                + subtree
                + " GROUP BY t.tier",
            programme,
            scope))
        .forEach(r -> holding.put((String) r[0], number(r[1]).longValue()));
    return new Tally(newly, achieved, holding);
  }

  /**
   * An aggregate over each trained person's first counting achievement in the scope: {@code f} is
   * the derived table of staff_id and the given first value.
   */
  private Query firstCounting(
      String select, String first, String groupBy, Programme programme, Scope scope) {
    StringBuilder counting = new StringBuilder();
    for (int i = 0; i < programme.countingTiers().size(); i++) {
      counting.append(i == 0 ? "?" : ", ?").append(10 + i);
    }
    Query query =
        query(
            select
                + " (SELECT t.staff_id, "
                + first
                + " FROM tier_achievement t WHERE t.tier IN ("
                + counting
                + ") AND t.fiscal_year BETWEEN ?3 AND ?4 AND t.achieved_on <= ?1"
                + (scope.isCity() ? "" : IN_SUBTREE)
                + " GROUP BY t.staff_id) f"
                + groupBy,
            programme,
            scope);
    for (int i = 0; i < programme.countingTiers().size(); i++) {
      query.setParameter(10 + i, programme.countingTiers().get(i));
    }
    return query;
  }

  /** The workforce (在職 and 休職) of the scope on a date, for "all staff" targets. */
  long workforce(Scope scope, LocalDate on) {
    return workforce(scope, on, null);
  }

  /** The workforce of the scope on a date that holds the tier by then. */
  long holding(Scope scope, LocalDate on, String tier) {
    return workforce(scope, on, tier);
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
    Query query = em.createNativeQuery(sql).setParameter(1, java.sql.Date.valueOf(on));
    if (holdingTier != null) {
      query.setParameter(5, holdingTier);
    }
    if (!scope.isCity()) {
      query.setParameter(2, SearchText.escapeLike(scope.unitPath()) + "%");
    }
    return number(query.getSingleResult()).longValue();
  }

  private Query query(String sql, Programme programme, Scope scope) {
    Query query = em.createNativeQuery(sql).setParameter(1, java.sql.Date.valueOf(scope.asOf()));
    if (sql.contains("?3")) {
      query.setParameter(3, programme.fromFiscalYear()).setParameter(4, programme.toFiscalYear());
    }
    if (!scope.isCity()) {
      query.setParameter(2, SearchText.escapeLike(scope.unitPath()) + "%");
    }
    return query;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return new ArrayList<>(query.getResultList());
  }

  /** COUNT answers Long on one database and BigDecimal or Integer on another. */
  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }
}
