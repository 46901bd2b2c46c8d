package jp.city.lms.registry.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.platform.control.SqlRows;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.control.People;
import jp.city.lms.registry.entity.Assignment;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.registry.entity.SearchText;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;

/**
 * The registry as of a date: where someone worked and under whom, who worked in an org unit and
 * everything below it as the tree stood then, who is a manager then and whom they see, and who
 * holds a position since when. Every question "as of" a date comes through here, and every answer
 * that shows people is cut to the caller's {@link Scope}.
 */
@Stateless
@RolesAllowed({Role.HR_FEED, Role.ADMIN, Role.TRAINING_OFFICE, Role.MANAGER, Role.STAFF})
public class RegistryHistory {

  /**
   * A person on a date. Someone who had left by then is LEFT, with the last assignment they had.
   *
   * @param orgPath the path of their unit as the tree stood then
   */
  public record PersonAsOf(
      String employeeNo,
      String name,
      StaffStatus status,
      String orgCode,
      String orgName,
      String orgPath,
      String position,
      String managerNo) {

    // pages read bean getters: Jakarta EL 5 (EE 10) does not know record accessors

    public String getEmployeeNo() {
      return employeeNo;
    }

    public String getName() {
      return name;
    }

    public StaffStatus getStatus() {
      return status;
    }

    public String getOrgName() {
      return orgName;
    }

    public String getOrgCode() {
      return orgCode;
    }

    public String getPosition() {
      return position;
    }
  }

  /**
   * Someone in a position on a date, and since when they have held it without a break.
   *
   * @param since the first day of the position; null when they already held it when the registry
   *     began and were hired before that, so the registry cannot know (see {@link #holders})
   */
  public record PositionHolder(
      String employeeNo,
      String name,
      String orgCode,
      String position,
      LocalDate since,
      LocalDate hiredOn) {}

  private static final String COVERS_A =
      " a.validFrom <= :date AND (a.validTo IS NULL OR a.validTo >= :date)";
  private static final String COVERS_V =
      " v.validFrom <= :date AND (v.validTo IS NULL OR v.validTo >= :date)";

  @PersistenceContext EntityManager em;

  /**
   * The person on the date; empty when the registry did not know them then.
   *
   * @throws OutOfScopeException when the scope does not hold them
   */
  public Optional<PersonAsOf> person(
      @NotNull String employeeNo, @NotNull LocalDate date, @NotNull Scope scope) {
    List<Assignment> upToDate =
        em.createNamedQuery(Assignment.OF_PERSON_UNTIL, Assignment.class)
            .setParameter("employeeNo", employeeNo)
            .setParameter("date", date)
            .setMaxResults(1)
            .getResultList();
    if (upToDate.isEmpty()) {
      return Optional.empty();
    }
    Assignment latest = upToDate.get(0);
    boolean working = latest.covers(date);
    LocalDate seen = working ? date : latest.getValidTo();
    OrgUnitVersion unit = unitAsOf(latest.getOrgUnit().getCode(), seen).orElse(null);
    Staff staff = latest.getStaff();
    PersonAsOf person =
        new PersonAsOf(
            staff.getEmployeeNo(),
            staff.getName(),
            working ? latest.getStatus() : StaffStatus.LEFT,
            latest.getOrgUnit().getCode(),
            unit == null ? latest.getOrgUnit().getName() : unit.getName(),
            unit == null ? latest.getOrgUnit().getPath() : unit.getPath(),
            latest.getPosition(),
            latest.getManagerNo());
    if (!scope.includes(person.employeeNo(), person.orgPath())) {
      throw new OutOfScopeException("staff " + employeeNo);
    }
    return Optional.of(person);
  }

  /**
   * The people working on the scope's date within it, unit by unit in tree order, optionally under
   * one unit only.
   *
   * @param unitCode null for the whole scope
   * @throws OutOfScopeException when the unit is outside the scope (or was not open then)
   */
  public List<PersonAsOf> people(@NotNull Scope scope, String unitCode) {
    LocalDate date = scope.asOf();
    String prefix = subtree(scope, unitCode);
    String self = prefix == null ? " AND s.employeeNo = :self" : "";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT s.employeeNo, s.name, a.status, o.code, v.name, v.path, a.position,"
                + " a.managerNo FROM Assignment a JOIN a.staff s JOIN a.orgUnit o,"
                + " OrgUnitVersion v WHERE v.orgUnit = o AND"
                + COVERS_A
                + " AND"
                + COVERS_V
                + (prefix == null ? "" : " AND v.path LIKE :subtree ESCAPE '!'")
                + self
                + " ORDER BY v.path, s.employeeNo",
            Object[].class);
    query.setParameter("date", date);
    if (prefix != null) {
      query.setParameter("subtree", SearchText.escapeLike(prefix) + "%");
    } else {
      query.setParameter("self", scope.employeeNo());
    }
    List<PersonAsOf> people = new ArrayList<>();
    query
        .getResultStream()
        .forEach(
            r ->
                people.add(
                    new PersonAsOf(
                        (String) r[0],
                        (String) r[1],
                        (StaffStatus) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7])));
    return people;
  }

  /**
   * As {@link #people(Scope, String)}, of people given by their ids, in one statement with the ids
   * written into it: for a search that found thousands, where binding a thousand numbers per
   * statement cost more than the answer (ids are numbers: nothing to escape).
   */
  public List<PersonAsOf> peopleWithIds(
      @NotNull Scope scope, String unitCode, @NotNull Collection<Long> staffIds) {
    LocalDate date = scope.asOf();
    String prefix = subtree(scope, unitCode);
    if (staffIds.isEmpty()) {
      return List.of();
    }
    StringBuilder ids = new StringBuilder();
    for (long id : staffIds) {
      ids.append(ids.isEmpty() ? "" : ",").append(id);
    }
    SqlRows query =
        SqlRows.of(
            em,
            "SELECT s.employee_no, s.name, a.status, o.code, v.name, v.path, a.position,"
                + " a.manager_no FROM assignment a JOIN staff s ON s.id = a.staff_id"
                + " JOIN org_unit o ON o.id = a.org_unit_id"
                + " JOIN org_unit_version v ON v.org_unit_id = o.id"
                + " WHERE a.staff_id IN ("
                + ids
                + ") AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)"
                + " AND v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to >= ?)"
                + (prefix == null ? " AND s.employee_no = ?" : " AND v.path LIKE ? ESCAPE '!'")
                + " ORDER BY v.path, s.employee_no");
    java.sql.Date day = java.sql.Date.valueOf(date);
    for (int i = 1; i <= 4; i++) {
      query.with(i, day);
    }
    query.with(5, prefix == null ? scope.employeeNo() : SearchText.escapeLike(prefix) + "%");
    List<PersonAsOf> people = new ArrayList<>();
    query.forEach(
        r ->
            people.add(
                new PersonAsOf(
                    (String) r[0],
                    (String) r[1],
                    StaffStatus.valueOf((String) r[2]),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7])));
    return people;
  }

  /**
   * The path whose subtree a question about people covers: the unit asked for (within the scope),
   * else the scope's; null for a caller who sees only themself.
   *
   * @throws OutOfScopeException when the unit is outside the scope (or was not open then)
   */
  private String subtree(Scope scope, String unitCode) {
    if (unitCode != null && !unitCode.isBlank()) {
      return unitAsOf(unitCode.strip(), scope.asOf())
          .filter(u -> scope.includesUnit(u.getPath()))
          .orElseThrow(() -> new OutOfScopeException("org unit " + unitCode))
          .getPath();
    }
    return scope.isCity() ? "/" : scope.isManager() ? scope.unitPath() : null;
  }

  /** The units open on the scope's date within it, in tree order. */
  public List<OrgUnitVersion> units(@NotNull Scope scope) {
    if (!scope.isCity() && !scope.isManager()) {
      return List.of();
    }
    return em.createNamedQuery(OrgUnitVersion.SUBTREE_AS_OF, OrgUnitVersion.class)
        .setParameter(
            "subtree", SearchText.escapeLike(scope.isCity() ? "/" : scope.unitPath()) + "%")
        .setParameter("date", scope.asOf())
        .getResultList();
  }

  /**
   * Every unit open on a date named with the units above it then (小倉北区役所 > 総務企画課 > 計画係), by code:
   * people tell apart the many units of the same name by where they sit.
   */
  public Map<String, String> unitLabels(@NotNull LocalDate date) {
    Map<String, OrgUnitVersion> tree = new HashMap<>();
    em.createNamedQuery(OrgUnitVersion.AS_OF, OrgUnitVersion.class)
        .setParameter("date", date)
        .getResultStream()
        .forEach(v -> tree.put(v.getOrgUnit().getCode(), v));
    Map<String, String> labels = new HashMap<>();
    tree.forEach(
        (code, version) -> {
          StringBuilder label = new StringBuilder(version.getName());
          OrgUnitVersion at = version;
          for (int steps = 0; at.getParent() != null && steps < tree.size(); steps++) {
            at = tree.get(at.getParent().getCode());
            if (at == null) {
              break;
            }
            label.insert(0, at.getName() + " > ");
          }
          labels.put(code, label.toString());
        });
    return labels;
  }

  /** An org unit as it was on a date, if it was open then. */
  public Optional<OrgUnitVersion> unitAsOf(@NotNull String orgCode, @NotNull LocalDate date) {
    return em.createQuery(
            "SELECT v FROM OrgUnitVersion v JOIN FETCH v.orgUnit o WHERE o.code = :code AND"
                + COVERS_V,
            OrgUnitVersion.class)
        .setParameter("code", orgCode)
        .setParameter("date", date)
        .getResultStream()
        .findFirst();
  }

  /** The codes of the units below a unit on a date, the unit included: one prefix query. */
  public List<String> subtreeAsOf(@NotNull String orgCode, @NotNull LocalDate date) {
    return unitAsOf(orgCode, date)
        .map(
            unit ->
                em.createNamedQuery(OrgUnitVersion.SUBTREE_AS_OF, OrgUnitVersion.class)
                    .setParameter("subtree", SearchText.escapeLike(unit.getPath()) + "%")
                    .setParameter("date", date)
                    .getResultStream()
                    .map(v -> v.getOrgUnit().getCode())
                    .toList())
        .orElse(List.of());
  }

  /**
   * What a person sees on a date: a manager (someone in one of the head positions, or anyone with
   * direct reports then) their unit and everything below it, anybody else themself. The training
   * office's and administrators' whole-city scope comes from their roles, not from here.
   *
   * @param headPositions the positions that head a unit (from the programme's content)
   */
  @PermitAll
  public Scope scopeOf(
      @NotNull String employeeNo,
      @NotNull LocalDate date,
      @NotNull Collection<String> headPositions) {
    Optional<Assignment> now =
        em.createNamedQuery(Assignment.OF_PERSON_UNTIL, Assignment.class)
            .setParameter("employeeNo", employeeNo)
            .setParameter("date", date)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .filter(a -> a.covers(date));
    if (now.isEmpty()) {
      return Scope.self(employeeNo, date);
    }
    Assignment a = now.get();
    boolean manager =
        headPositions.contains(a.getPosition())
            || em.createQuery(
                        "SELECT COUNT(a) FROM Assignment a WHERE a.managerNo = :no AND" + COVERS_A,
                        Long.class)
                    .setParameter("no", employeeNo)
                    .setParameter("date", date)
                    .getSingleResult()
                > 0;
    if (!manager) {
      return Scope.self(employeeNo, date);
    }
    return unitAsOf(a.getOrgUnit().getCode(), date)
        .map(unit -> Scope.subtree(employeeNo, unit.getOrgUnit().getCode(), unit.getPath(), date))
        .orElse(Scope.self(employeeNo, date));
  }

  /**
   * Who holds one of the positions on a date (all working people when none is named), and since
   * when without a break, for rules such as "new in the position since 1 April".
   *
   * <p>The start of a position is the first day of the unbroken run of assignments in it. History
   * begins with the registry's first snapshot, so a run that starts on that day may have begun
   * earlier: then the start is that day only for people hired on or after it (new hires of the
   * first snapshot), and unknown (null) for the others, who count as holding it from before.
   */
  @RolesAllowed({Role.ADMIN, Role.TRAINING_OFFICE})
  public List<PositionHolder> holders(
      @NotNull Collection<String> positions, @NotNull LocalDate date) {
    TypedQuery<Assignment> query =
        em.createQuery(
                "SELECT a FROM Assignment a JOIN FETCH a.staff JOIN FETCH a.orgUnit WHERE"
                    + COVERS_A
                    + (positions.isEmpty() ? "" : " AND a.position IN :positions"),
                Assignment.class)
            .setParameter("date", date);
    if (!positions.isEmpty()) {
      query.setParameter("positions", List.copyOf(positions));
    }
    return holders(query.getResultList());
  }

  /**
   * Someone's position on a date and since when they hold it, as {@link #holders} tells it; empty
   * when they were not working then.
   *
   * @throws OutOfScopeException when the person is outside the scope
   */
  @RolesAllowed({Role.ADMIN, Role.TRAINING_OFFICE, Role.MANAGER, Role.STAFF})
  public Optional<PositionHolder> holder(
      @NotNull String employeeNo, @NotNull LocalDate date, @NotNull Scope scope) {
    if (person(employeeNo, date, scope).isEmpty()) {
      return Optional.empty();
    }
    return holders(
            em.createQuery(
                    "SELECT a FROM Assignment a JOIN FETCH a.staff JOIN FETCH a.orgUnit WHERE"
                        + COVERS_A
                        + " AND a.staff.employeeNo = :employeeNo",
                    Assignment.class)
                .setParameter("date", date)
                .setParameter("employeeNo", employeeNo)
                .getResultList())
        .stream()
        .findFirst();
  }

  private List<PositionHolder> holders(List<Assignment> holding) {
    LocalDate registryBegan =
        em.createQuery("SELECT MIN(a.validFrom) FROM Assignment a", LocalDate.class)
            .getSingleResult();
    People people =
        People.read(em, holding.stream().map(a -> a.getStaff().getEmployeeNo()).toList());
    List<PositionHolder> holders = new ArrayList<>();
    for (Assignment now : holding) {
      Staff staff = now.getStaff();
      LocalDate since = positionSince(now, people.history(staff.getEmployeeNo()));
      if (since.equals(registryBegan)
          && (staff.getHiredOn() == null || staff.getHiredOn().isBefore(registryBegan))) {
        since = null;
      }
      holders.add(
          new PositionHolder(
              staff.getEmployeeNo(),
              staff.getName(),
              now.getOrgUnit().getCode(),
              now.getPosition(),
              since,
              staff.getHiredOn()));
    }
    return holders;
  }

  /**
   * The first day of the unbroken run of assignments in the same position that ends in this one.
   */
  static LocalDate positionSince(Assignment now, List<Assignment> history) {
    LocalDate since = now.getValidFrom();
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Assignment a : history) {
        if (a.getValidTo() != null
            && a.getValidTo().plusDays(1).equals(since)
            && a.getPosition().equals(now.getPosition())) {
          since = a.getValidFrom();
          extended = true;
        }
      }
    }
    return since;
  }
}
