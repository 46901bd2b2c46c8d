package jp.city.lms.cohort.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.cohort.entity.AssignmentRefusedException;
import jp.city.lms.cohort.entity.AssignmentRefusedException.Reason;
import jp.city.lms.cohort.entity.Cohort;
import jp.city.lms.cohort.entity.CohortAssignment;
import jp.city.lms.cohort.entity.CohortChanged;
import jp.city.lms.cohort.entity.CohortMembership;
import jp.city.lms.cohort.entity.Requirement;
import jp.city.lms.cohort.entity.Requirement.State;
import jp.city.lms.cohort.entity.SeatPlan;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Batch;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.control.SqlRows;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;

/**
 * Required training (必修): the office assigns a cohort to a course with a due date, and may place
 * its members in offerings of the course at once; every member is then required to complete it, and
 * so is whoever joins the cohort later (told by the cohorts in the same transaction). People see
 * their requirements on their home page, due or overdue; managers and the office see those of the
 * people in their scope.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class RequiredTraining {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CityClock clock;
  @Inject Event<Change> changes;
  @EJB Enrolments enrolments;
  @EJB Callers callers;
  @EJB RegistryHistory registry;

  /**
   * A requirement and where its person stands on it today.
   *
   * @param person the person as of today, for the lists of managers and the office; null in the
   *     person's own list
   * @param completedOn the completion that met it, if any
   */
  public record Required(
      Requirement requirement, State state, LocalDate completedOn, PersonAsOf person)
      implements Serializable {

    public Requirement getRequirement() {
      return requirement;
    }

    public State getState() {
      return state;
    }

    public LocalDate getCompletedOn() {
      return completedOn;
    }

    public PersonAsOf getPerson() {
      return person;
    }
  }

  /**
   * What assigning a cohort came to.
   *
   * @param required the members who are now required to complete the course
   * @param refused members who could not be placed in an offering (left, prerequisite missing)
   */
  public record Placement(
      CohortAssignment assignment,
      int required,
      int seated,
      int waitlisted,
      int already,
      int refused)
      implements Serializable {

    public CohortAssignment getAssignment() {
      return assignment;
    }

    public int getRequired() {
      return required;
    }

    public int getSeated() {
      return seated;
    }

    public int getWaitlisted() {
      return waitlisted;
    }

    public int getAlready() {
      return already;
    }

    public int getRefused() {
      return refused;
    }
  }

  /** An assignment of a cohort and how its members stand on it today. */
  public record Standing(CohortAssignment assignment, int required, int done, int overdue)
      implements Serializable {

    public CohortAssignment getAssignment() {
      return assignment;
    }

    public int getRequired() {
      return required;
    }

    public int getDone() {
      return done;
    }

    public int getOverdue() {
      return overdue;
    }
  }

  /**
   * Assigns a cohort's members of today to a course, due by a date; with offerings, also places
   * those without a live place in the course and without having completed it in the offerings
   * (filled in the order of their dates, the overflow waitlisted on the first or spread).
   *
   * @param offeringIds none: a due date only
   * @param overflow where the overflow goes (WAITLIST when null)
   */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Placement assign(
      long cohortId,
      @NotBlank String courseCode,
      @NotNull LocalDate due,
      @NotNull List<Long> offeringIds,
      CohortAssignment.Overflow overflow) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new AssignmentRefusedException(Reason.UNKNOWN_COHORT, cohortId);
    }
    Course course =
        em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
            .setParameter("code", courseCode.strip())
            .getResultStream()
            .findFirst()
            .filter(c -> !c.isRetired())
            .orElseThrow(() -> new AssignmentRefusedException(Reason.UNKNOWN_COURSE, courseCode));
    LocalDate today = clock.today();
    if (due.isBefore(today)) {
      throw new AssignmentRefusedException(Reason.DUE_IN_PAST, due);
    }
    List<Offering> offerings = new ArrayList<>();
    for (Long id : new java.util.LinkedHashSet<>(offeringIds)) {
      Offering o = em.find(Offering.class, id);
      if (o == null || !o.getCourse().equals(course)) {
        throw new AssignmentRefusedException(Reason.OFFERING_NOT_OF_COURSE, id, courseCode);
      }
      if (o.isCancelled() || o.hasStarted(clock.now())) {
        throw new AssignmentRefusedException(Reason.OFFERING_CLOSED, id);
      }
      offerings.add(o);
    }
    offerings.sort(Comparator.comparing(Offering::getStartsAt).thenComparing(Offering::getId));
    CohortAssignment.Overflow where =
        offerings.isEmpty()
            ? null
            : overflow == null ? CohortAssignment.Overflow.WAITLIST : overflow;
    CohortAssignment assignment =
        new CohortAssignment(cohort, course, due, where, caller(), clock.now());
    em.persist(assignment);
    em.flush();
    List<CohortMembership> members =
        em.createNamedQuery(CohortMembership.ON, CohortMembership.class)
            .setParameter("cohort", cohort)
            .setParameter("date", today)
            .getResultList();
    List<Requirement> required = new ArrayList<>();
    for (CohortMembership m : members) {
      Requirement r = assignment.require(m.getStaff(), today);
      em.persist(r);
      required.add(r);
    }
    int seated = 0;
    int waitlisted = 0;
    int already = 0;
    int refused = 0;
    if (!offerings.isEmpty()) {
      Set<String> placed = livePlaces(course, members);
      Map<Long, LocalDate> done = completions(required);
      List<String> people = new ArrayList<>();
      for (Requirement r : required) {
        String no = r.getStaff().getEmployeeNo();
        if (placed.contains(no)) {
          already++;
        } else if (!done.containsKey(r.getId())) {
          people.add(no);
        }
      }
      people.sort(Comparator.naturalOrder());
      // the members and requirements are written; the places to come need a small context
      em.flush();
      em.clear();
      List<SeatPlan.Seats> seats =
          offerings.stream().map(o -> new SeatPlan.Seats(o.getId(), o.getSeatsLeft())).toList();
      for (var entry : SeatPlan.of(seats, people, where).entrySet()) {
        if (entry.getValue().isEmpty()) {
          continue;
        }
        Batch batch = enrolments.enrolAll(entry.getKey(), entry.getValue());
        seated += batch.seated();
        waitlisted += batch.waitlisted();
        already += batch.already();
        refused += batch.refused().size();
        // each offering's places, notices and audit entries are written: the next starts afresh
        em.flush();
        em.clear();
      }
    }
    changes.fire(
        new Change(
            "cohort.assigned",
            "cohort " + cohortId,
            course.getCode() + " due " + due + " (" + required.size() + ")"));
    return new Placement(assignment, required.size(), seated, waitlisted, already, refused);
  }

  /** The cohort's assignments, each with how many of its people are done and overdue today. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public List<Standing> assignments(long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      return List.of();
    }
    List<Standing> standings = new ArrayList<>();
    LocalDate today = clock.today();
    for (CohortAssignment a :
        em.createNamedQuery(CohortAssignment.OF_COHORT, CohortAssignment.class)
            .setParameter("cohort", cohort)
            .getResultList()) {
      List<Requirement> open =
          em.createNamedQuery(Requirement.OPEN_OF_SOURCE, Requirement.class)
              .setParameter("source", a.sourceKey())
              .getResultList();
      Map<Long, LocalDate> done = completions(open);
      int overdue = 0;
      for (Requirement r : open) {
        if (r.state(done.get(r.getId()), today) == State.OVERDUE) {
          overdue++;
        }
      }
      standings.add(new Standing(a, open.size(), done.size(), overdue));
    }
    return standings;
  }

  /** The caller's own requirements, soonest due first. */
  public List<Required> mine() {
    List<Requirement> open =
        em.createNamedQuery(Requirement.OF_PERSON, Requirement.class)
            .setParameter("no", caller())
            .getResultList();
    return standings(open, Map.of());
  }

  /**
   * The requirements of the people in the caller's scope today (a manager's unit and below, the
   * whole city for the office), overdue ones first.
   *
   * @param overdueOnly only those past their due date and not done
   */
  @RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public List<Required> inScope(boolean overdueOnly) {
    LocalDate today = clock.today();
    Scope scope = callers.scope(today);
    Map<String, PersonAsOf> people = new HashMap<>();
    registry.people(scope, null).forEach(p -> people.put(p.employeeNo(), p));
    List<Requirement> open = new ArrayList<>();
    if (scope.isCity()) {
      open.addAll(em.createNamedQuery(Requirement.OPEN, Requirement.class).getResultList());
    } else {
      List<String> numbers = List.copyOf(people.keySet());
      for (int from = 0; from < numbers.size(); from += 1000) {
        open.addAll(
            em.createQuery(
                    "SELECT r FROM Requirement r JOIN FETCH r.staff s JOIN FETCH r.course"
                        + " WHERE r.endedOn IS NULL AND s.employeeNo IN :nos",
                    Requirement.class)
                .setParameter("nos", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
                .getResultList());
      }
    }
    open.removeIf(r -> !people.containsKey(r.getStaff().getEmployeeNo()));
    List<Required> all = standings(open, people);
    return all.stream()
        .filter(r -> !overdueOnly || r.state() == State.OVERDUE)
        .sorted(
            Comparator.comparing((Required r) -> r.state() != State.OVERDUE)
                .thenComparing(r -> r.requirement().getDueOn())
                .thenComparing(r -> r.requirement().getStaff().getEmployeeNo()))
        .toList();
  }

  /**
   * A cohort's membership changed: who joined is required to complete what the cohort was assigned
   * (from the day they joined); who left is no longer, their requirement ended and kept. In the
   * cohorts' transaction, so that membership and requirements never disagree.
   */
  @PermitAll
  public void follow(@Observes CohortChanged change) {
    Cohort cohort = em.find(Cohort.class, change.cohortId());
    List<CohortAssignment> assignments =
        em.createNamedQuery(CohortAssignment.OF_COHORT, CohortAssignment.class)
            .setParameter("cohort", cohort)
            .getResultList();
    if (assignments.isEmpty()) {
      return;
    }
    Map<String, Staff> joined = new HashMap<>();
    List<String> numbers = List.copyOf(change.joined());
    for (int from = 0; from < numbers.size(); from += 1000) {
      em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NOS, Staff.class)
          .setParameter("employeeNos", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
          .getResultStream()
          .forEach(s -> joined.put(s.getEmployeeNo(), s));
    }
    List<String> leaving = List.copyOf(change.left());
    for (CohortAssignment a : assignments) {
      // only the people who joined or left: a cohort of thousands changes by a few at a time
      Set<String> ever = new HashSet<>();
      List<String> joiners = List.copyOf(joined.keySet());
      for (int from = 0; from < joiners.size(); from += 1000) {
        ever.addAll(
            em.createQuery(
                    "SELECT r.staff.employeeNo FROM Requirement r WHERE r.sourceKey = :source"
                        + " AND r.staff.employeeNo IN :nos",
                    String.class)
                .setParameter("source", a.sourceKey())
                .setParameter("nos", joiners.subList(from, Math.min(joiners.size(), from + 1000)))
                .getResultList());
      }
      for (Staff staff : joined.values()) {
        if (!ever.contains(staff.getEmployeeNo())) {
          em.persist(a.require(staff, change.on()));
        }
      }
      for (int from = 0; from < leaving.size(); from += 1000) {
        for (Requirement r :
            em.createQuery(
                    "SELECT r FROM Requirement r WHERE r.sourceKey = :source AND r.endedOn IS NULL"
                        + " AND r.staff.employeeNo IN :nos",
                    Requirement.class)
                .setParameter("source", a.sourceKey())
                .setParameter("nos", leaving.subList(from, Math.min(leaving.size(), from + 1000)))
                .getResultList()) {
          r.end(change.on());
        }
      }
    }
  }

  private List<Required> standings(List<Requirement> open, Map<String, PersonAsOf> people) {
    Map<Long, LocalDate> done = completions(open);
    LocalDate today = clock.today();
    return open.stream()
        .map(
            r ->
                new Required(
                    r,
                    r.state(done.get(r.getId()), today),
                    done.get(r.getId()),
                    people.get(r.getStaff().getEmployeeNo())))
        .toList();
  }

  /**
   * The first passed completion on or after each requirement's start of counting, by requirement
   * id; requirements not met are absent. Read by the people's ids (the index of each person's
   * completions per course) through plain JDBC, as the other reads of many rows are: EclipseLink
   * builds a result object per row.
   */
  private Map<Long, LocalDate> completions(Collection<Requirement> requirements) {
    Map<Long, LocalDate> met = new HashMap<>();
    if (requirements.isEmpty()) {
      return met;
    }
    Map<Long, List<Requirement>> byPerson = new HashMap<>();
    LocalDate earliest = LocalDate.MAX;
    Set<Long> courses = new TreeSet<>();
    for (Requirement r : requirements) {
      byPerson.computeIfAbsent(r.getStaff().getId(), k -> new ArrayList<>()).add(r);
      earliest = r.getCountsFrom().isBefore(earliest) ? r.getCountsFrom() : earliest;
      courses.add(r.getCourse().getId());
    }
    List<Long> people = List.copyOf(byPerson.keySet());
    String courseList = SqlRows.ids(courses);
    for (int from = 0; from < people.size(); from += 1000) {
      SqlRows.of(
              em,
              "SELECT c.staff_id, c.course_id, c.completed_on FROM completion c"
                  + " WHERE c.passed = TRUE AND c.completed_on >= ?1 AND c.course_id IN ("
                  + courseList
                  + ") AND c.staff_id IN ("
                  + SqlRows.ids(people.subList(from, Math.min(people.size(), from + 1000)))
                  + ") ORDER BY c.completed_on")
          .with(1, java.sql.Date.valueOf(earliest))
          .forEach(
              row -> {
                LocalDate on = SqlRows.date(row[2]);
                long course = ((Number) row[1]).longValue();
                for (Requirement r : byPerson.get(((Number) row[0]).longValue())) {
                  if (r.getCourse().getId() == course
                      && !on.isBefore(r.getCountsFrom())
                      && !met.containsKey(r.getId())) {
                    met.put(r.getId(), on);
                  }
                }
              });
    }
    return met;
  }

  /**
   * The members who hold a live place in any offering of the course. Asked of the course's live
   * places as a whole (one row each, from the index of the course's offerings) rather than of the
   * members in lists of a thousand: the database answers those through each person's whole history
   * of places, about a second per thousand people at the city's size (1,000,000 places).
   */
  private Set<String> livePlaces(Course course, List<CohortMembership> members) {
    Set<Long> holders = new HashSet<>();
    SqlRows.of(
            em,
            "SELECT e.staff_id FROM enrolment e JOIN offering o ON o.id = e.offering_id"
                + " WHERE e.live = TRUE AND o.course_id = ?1")
        .with(1, course.getId())
        .forEach(row -> holders.add(((Number) row[0]).longValue()));
    Set<String> placed = new HashSet<>();
    for (CohortMembership m : members) {
      if (holders.contains(m.getStaff().getId())) {
        placed.add(m.getStaff().getEmployeeNo());
      }
    }
    return placed;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
