package jp.city.lms.cohort.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.cohort.control.CohortFacts;
import jp.city.lms.cohort.entity.PersonFacts;
import jp.city.lms.cohort.entity.Requirement;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.PositionTraining;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PositionHolder;
import jp.city.lms.registry.entity.RegistryEvents;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffEvent;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;

/**
 * Position-based training (階層別研修) assigned from the registry: for each entry of {@code
 * content/position-training.yaml}, the active staff its rule selects in a fiscal year (new
 * directors, section chiefs and unit chiefs since 1 April, third-year staff, new hires) are
 * required to complete its course by the end of that year. People are assigned when a registry
 * change that concerns them takes effect (a promotion or hire in a later import during the year
 * too), and every day for everybody, as the turn of the fiscal year alone makes people third-year
 * staff without any change in the registry. Assigning is idempotent: one requirement per person,
 * training and year.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
// the assignment reads who holds a position since when for the whole city, whatever set it off (the
// daily timer, a registry import, the office): it runs as the system
@RunAs(Role.ADMIN)
public class PositionTrainings {

  private static final Logger LOG = Logger.getLogger(PositionTrainings.class.getName());

  /** The places that count as enrolled: live ones and those with an outcome. */
  private static final List<EnrolmentStatus> PLACED =
      List.of(
          EnrolmentStatus.ENROLLED,
          EnrolmentStatus.WAITLISTED,
          EnrolmentStatus.COMPLETED,
          EnrolmentStatus.NOT_COMPLETED,
          EnrolmentStatus.NO_SHOW);

  /** Up to this many people, who holds a position since when is asked person by person. */
  private static final int FEW = 50;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Curriculum curriculum;
  @EJB RegistryHistory registry;
  @Inject CityClock clock;
  @Inject Event<Change> changes;

  /**
   * A training of a fiscal year as the office follows it.
   *
   * @param eligible the people required to attend
   * @param enrolled those of them with a place in an offering of the course that year
   * @param completed those of them who completed the course that year
   */
  public record Count(PositionTraining training, long eligible, long enrolled, long completed)
      implements Serializable {

    public PositionTraining getTraining() {
      return training;
    }

    public long getEligible() {
      return eligible;
    }

    public long getEnrolled() {
      return enrolled;
    }

    public long getCompleted() {
      return completed;
    }
  }

  @Schedule(
      hour = "0",
      minute = "10",
      timezone = "Asia/Tokyo",
      persistent = false,
      info = "position training")
  @PermitAll
  void everyDay() {
    assignAsOf(clock.today(), null);
  }

  /**
   * Assigns everybody the rules select today (the office may run it at any time).
   *
   * @return how many requirements were added
   */
  public int assign() {
    int added = assignAsOf(clock.today(), null);
    changes.fire(new Change("position-training.assigned", "fiscal year", added + " added"));
    return added;
  }

  /**
   * Assigns the caller what the rules select for them today, if it is not there yet: their home
   * page never waits for the night to show a training that applies to them.
   */
  @RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public int assignMe() {
    return assignAsOf(clock.today(), List.of(session.getCallerPrincipal().getName()));
  }

  /** Per training of the fiscal year: eligible, enrolled and completed people. */
  public List<Count> counts(@NotNull FiscalYear year) {
    List<Count> counts = new ArrayList<>();
    for (PositionTraining training : curriculum.content().positionTrainings()) {
      String key = Requirement.positionKey(training.code(), year);
      long eligible =
          em.createQuery(
                  "SELECT COUNT(r) FROM Requirement r WHERE r.sourceKey = :key"
                      + " AND r.endedOn IS NULL",
                  Long.class)
              .setParameter("key", key)
              .getSingleResult();
      long enrolled =
          em.createQuery(
                  "SELECT COUNT(r) FROM Requirement r WHERE r.sourceKey = :key"
                      + " AND r.endedOn IS NULL AND EXISTS (SELECT e FROM Enrolment e"
                      + " WHERE e.staff = r.staff AND e.offering.course = r.course"
                      + " AND e.offering.fiscalYear = :year AND e.status IN :placed)",
                  Long.class)
              .setParameter("key", key)
              .setParameter("year", year.getYear())
              .setParameter("placed", PLACED)
              .getSingleResult();
      long completed =
          em.createQuery(
                  "SELECT COUNT(r) FROM Requirement r WHERE r.sourceKey = :key"
                      + " AND r.endedOn IS NULL AND EXISTS (SELECT c FROM Completion c"
                      + " WHERE c.staff = r.staff AND c.course = r.course AND c.passed = true"
                      + " AND c.fiscalYear = :year)",
                  Long.class)
              .setParameter("key", key)
              .setParameter("year", year.getYear())
              .getSingleResult();
      counts.add(new Count(training, eligible, enrolled, completed));
    }
    return counts;
  }

  /**
   * After a registry change took effect: the people it changed are assigned what their rules now
   * select in the fiscal year of the change; people who left are no longer required (their
   * requirements end, kept).
   */
  @PermitAll
  // after the registry's commit there is no transaction left to join: this one is its own
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryEvents events) {
    Map<LocalDate, Set<String>> byDay = new TreeMap<>();
    for (StaffEvent e : events.events()) {
      if (e.kind() == StaffEvent.Kind.LEFT) {
        em.createQuery(
                "SELECT r FROM Requirement r WHERE r.staff.employeeNo = :no"
                    + " AND r.positionTraining IS NOT NULL AND r.endedOn IS NULL",
                Requirement.class)
            .setParameter("no", e.employeeNo())
            .getResultStream()
            .forEach(r -> r.end(e.effective()));
      } else {
        byDay.computeIfAbsent(e.effective(), d -> new LinkedHashSet<>()).add(e.employeeNo());
      }
    }
    byDay.forEach((day, people) -> assignAsOf(day, people));
  }

  /**
   * Adds the requirements the rules select on a date that are not there yet.
   *
   * @param only the people to look at; null for everybody
   */
  private int assignAsOf(LocalDate on, Collection<String> only) {
    List<PositionTraining> trainings = curriculum.content().positionTrainings();
    if (trainings.isEmpty() || (only != null && only.isEmpty())) {
      return 0;
    }
    long started = System.nanoTime();
    FiscalYear year = FiscalYear.of(on);
    Map<String, PersonFacts> people = new CohortFacts(em).asOf(on, Set.of(), false, only).people();
    Set<String> positions = new HashSet<>();
    trainings.stream()
        .filter(t -> t.rule().newInPositionSince().isPresent())
        .forEach(t -> positions.addAll(t.rule().positions()));
    Map<String, LocalDate> since = new HashMap<>();
    if (!positions.isEmpty() && only != null && people.size() <= FEW) {
      for (PersonFacts p : people.values()) {
        if (positions.contains(p.position())) {
          registry
              .holder(p.employeeNo(), on, Scope.city(on))
              .ifPresent(h -> since.put(h.employeeNo(), h.since()));
        }
      }
    } else if (!positions.isEmpty()) {
      for (PositionHolder h : registry.holders(positions, on)) {
        if (people.containsKey(h.employeeNo())) {
          since.put(h.employeeNo(), h.since());
        }
      }
    }
    Set<String> keys = new HashSet<>();
    trainings.forEach(t -> keys.add(Requirement.positionKey(t.code(), year)));
    Set<String> existing = new HashSet<>();
    em.createQuery(
            "SELECT r.sourceKey, r.staff.employeeNo FROM Requirement r WHERE r.sourceKey IN :keys",
            Object[].class)
        .setParameter("keys", List.copyOf(keys))
        .getResultStream()
        .forEach(r -> existing.add(r[0] + "|" + r[1]));
    int added = 0;
    for (PositionTraining training : trainings) {
      Course course =
          em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
              .setParameter("code", training.course())
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (course == null) {
        continue;
      }
      String key = Requirement.positionKey(training.code(), year);
      for (PersonFacts p : people.values()) {
        if (p.status() != StaffStatus.ACTIVE
            || existing.contains(key + "|" + p.employeeNo())
            || !training
                .rule()
                .appliesTo(p.position(), since.get(p.employeeNo()), p.hiredOn(), year.getYear())) {
          continue;
        }
        em.persist(
            Requirement.ofPositionTraining(
                training.code(), course, em.getReference(Staff.class, p.staffId()), year, on));
        existing.add(key + "|" + p.employeeNo());
        added++;
      }
    }
    int total = added;
    if (only != null && only.size() <= FEW) {
      return added;
    }
    LOG.info(
        () ->
            String.format(
                "Position training %s as of %s: %d people looked at, %d requirements added in %d ms",
                year, on, people.size(), total, (System.nanoTime() - started) / 1_000_000));
    return added;
  }
}
