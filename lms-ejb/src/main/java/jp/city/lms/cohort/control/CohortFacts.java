package jp.city.lms.cohort.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jp.city.lms.cohort.entity.PersonFacts;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * The facts of people as of a date that cohort rules look at, read set-wise (a handful of queries
 * for the whole city, not one per person): everyone working then with their unit's path in the tree
 * then, and only the tier and course facts the rules ask about.
 */
public final class CohortFacts {

  /** How many employee numbers go into one IN list. */
  static final int CHUNK = 1000;

  private static final String COVERS =
      " a.validFrom <= :date AND (a.validTo IS NULL OR a.validTo >= :date)"
          + " AND v.validFrom <= :date AND (v.validTo IS NULL OR v.validTo >= :date)";

  /**
   * People's facts on a date, and the tree then.
   *
   * @param people by employee number, in tree order
   * @param unitPaths the path of every unit open then, by code
   */
  public record Facts(Map<String, PersonFacts> people, Map<String, String> unitPaths) {}

  private final EntityManager em;

  public CohortFacts(EntityManager em) {
    this.em = em;
  }

  /**
   * @param courses the courses whose enrolments and completions to read
   * @param tiers whether to read the tiers held
   * @param only the people to read; null for everybody
   */
  public Facts asOf(LocalDate date, Set<String> courses, boolean tiers, Collection<String> only) {
    Map<String, String> paths = new HashMap<>();
    em.createNamedQuery(OrgUnitVersion.AS_OF, OrgUnitVersion.class)
        .setParameter("date", date)
        .getResultStream()
        .forEach(v -> paths.put(v.getOrgUnit().getCode(), v.getPath()));
    List<Object[]> rows = new ArrayList<>();
    each(
        only,
        "SELECT s.id, s.employeeNo, s.name, o.code, v.name, v.path, a.position, s.jobCategory,"
            + " s.hiredOn, a.status FROM Assignment a JOIN a.staff s JOIN a.orgUnit o,"
            + " OrgUnitVersion v WHERE v.orgUnit = o AND"
            + COVERS,
        "s.employeeNo",
        " ORDER BY v.path, s.employeeNo",
        date,
        Map.of(),
        rows::add);
    Map<String, Set<String>> held = new HashMap<>();
    if (tiers) {
      each(
          only,
          "SELECT t.staff.employeeNo, t.tier FROM TierAchievement t WHERE t.achievedOn <= :date",
          "t.staff.employeeNo",
          "",
          date,
          Map.of(),
          r -> held.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
    }
    Map<String, Set<String>> enrolled = new HashMap<>();
    Map<String, Set<String>> completed = new HashMap<>();
    if (!courses.isEmpty()) {
      Map<String, Object> codes = Map.of("codes", List.copyOf(courses));
      each(
          only,
          "SELECT c.staff.employeeNo, c.course.code FROM Completion c WHERE c.passed = true"
              + " AND c.completedOn <= :date AND c.course.code IN :codes",
          "c.staff.employeeNo",
          "",
          date,
          codes,
          r -> completed.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
      each(
          only,
          "SELECT e.staff.employeeNo, e.offering.course.code FROM Enrolment e WHERE e.live = true"
              + " AND e.offering.course.code IN :codes",
          "e.staff.employeeNo",
          "",
          date,
          codes,
          r -> enrolled.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
    }
    Map<String, PersonFacts> people = new LinkedHashMap<>();
    for (Object[] r : rows) {
      String no = (String) r[1];
      people.put(
          no,
          new PersonFacts(
              ((Number) r[0]).longValue(),
              no,
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              (LocalDate) r[8],
              (StaffStatus) r[9],
              held.getOrDefault(no, Set.of()),
              enrolled.getOrDefault(no, Set.of()),
              completed.getOrDefault(no, Set.of())));
    }
    return new Facts(people, paths);
  }

  /** Runs a query for everybody, or in chunks of the people asked for. */
  private void each(
      Collection<String> only,
      String jpql,
      String numberPath,
      String order,
      LocalDate date,
      Map<String, Object> parameters,
      Consumer<Object[]> row) {
    if (only == null) {
      query(jpql + order, date, parameters).getResultStream().forEach(row);
      return;
    }
    List<String> numbers = List.copyOf(new HashSet<>(only));
    for (int from = 0; from < numbers.size(); from += CHUNK) {
      query(jpql + " AND " + numberPath + " IN :nos" + order, date, parameters)
          .setParameter("nos", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
          .getResultStream()
          .forEach(row);
    }
  }

  private TypedQuery<Object[]> query(String jpql, LocalDate date, Map<String, Object> parameters) {
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
    if (jpql.contains(":date")) {
      query.setParameter("date", date);
    }
    parameters.forEach(query::setParameter);
    return query;
  }
}
