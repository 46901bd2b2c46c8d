package jp.city.lms.cohort.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.cohort.control.CohortFacts;
import jp.city.lms.cohort.control.CohortFacts.Facts;
import jp.city.lms.cohort.entity.Cohort;
import jp.city.lms.cohort.entity.CohortChanged;
import jp.city.lms.cohort.entity.CohortMembership;
import jp.city.lms.cohort.entity.CohortRule;
import jp.city.lms.cohort.entity.CohortRuleException;
import jp.city.lms.cohort.entity.CohortRuleVersion;
import jp.city.lms.cohort.entity.PersonFacts;
import jp.city.lms.cohort.entity.Reconciliation;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.RegistryEvents;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffEvent;
import jp.city.lms.security.entity.Role;

/**
 * The training office's cohorts. A rule is previewed on any date; a saved cohort is evaluated for
 * today and keeps its members as spells from then on. A new rule re-evaluates everybody from today;
 * a registry import re-evaluates only the people it changed, from the day the change takes effect,
 * naming the run. Cohorts are the office's tool: staff and managers see what follows from them
 * (assigned training), not the cohorts.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class Cohorts {

  private static final Logger LOG = Logger.getLogger(Cohorts.class.getName());

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CityClock clock;
  @Inject Event<Change> changes;
  @Inject Event<CohortChanged> cohortChanges;

  /** A cohort and how many members it has today. */
  public record Summary(Cohort cohort, long members) implements Serializable {

    public Cohort getCohort() {
      return cohort;
    }

    public long getMembers() {
      return members;
    }
  }

  /**
   * The people a rule selects on a date, in tree order: what the office sees before saving.
   *
   * @throws CohortRuleException for a unit that was not open on the date
   */
  public List<PersonFacts> preview(@NotNull CohortRule rule, @NotNull LocalDate asOf) {
    Facts facts = facts(rule, asOf, null);
    requireUnits(rule, facts);
    return rule.select(facts.people().values(), facts.unitPaths());
  }

  /** Saves a new cohort and its members as of today. */
  public Cohort create(@NotNull String name, @NotNull CohortRule rule) {
    LocalDate today = clock.today();
    Cohort cohort = new Cohort(name, rule, today, caller(), clock.now());
    Facts facts = facts(rule, today, null);
    requireUnits(rule, facts);
    em.persist(cohort);
    em.persist(new CohortRuleVersion(cohort, caller(), clock.now()));
    Reconciliation r = reconcile(cohort, facts, null, today, null);
    changes.fire(
        new Change(
            "cohort.created", "cohort " + cohort.getId(), name + " (" + r.joined().size() + ")"));
    return cohort;
  }

  /**
   * A new rule (the next version) for a cohort: everybody is evaluated again as of today; who no
   * longer matches leaves today, who now matches joins today.
   */
  public Cohort change(long cohortId, @NotNull String name, @NotNull CohortRule rule) {
    Cohort cohort =
        Optional.ofNullable(em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(
                () -> new CohortRuleException(CohortRuleException.Reason.UNKNOWN_COHORT, cohortId));
    LocalDate today = clock.today();
    Facts facts = facts(rule, today, null);
    requireUnits(rule, facts);
    cohort.change(name, rule);
    em.persist(new CohortRuleVersion(cohort, caller(), clock.now()));
    Reconciliation r = reconcile(cohort, facts, null, today, null);
    changes.fire(
        new Change(
            "cohort.changed",
            "cohort " + cohortId,
            "v" + cohort.getRuleVersion() + " +" + r.joined().size() + " -" + r.left().size()));
    return cohort;
  }

  public Optional<Cohort> find(long cohortId) {
    return Optional.ofNullable(em.find(Cohort.class, cohortId));
  }

  /** Every cohort with its members today, oldest first. */
  public List<Summary> all() {
    Map<Long, Long> counts = new HashMap<>();
    em.createNamedQuery(CohortMembership.COUNT_ON, Object[].class)
        .setParameter("date", clock.today())
        .getResultStream()
        .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
    return em.createNamedQuery(Cohort.ALL, Cohort.class)
        .getResultStream()
        .map(c -> new Summary(c, counts.getOrDefault(c.getId(), 0L)))
        .toList();
  }

  /** Who was in the cohort on a date (the spells covering it), by employee number. */
  public List<CohortMembership> members(long cohortId, @NotNull LocalDate on) {
    return find(cohortId)
        .map(
            c ->
                em.createNamedQuery(CohortMembership.ON, CohortMembership.class)
                    .setParameter("cohort", c)
                    .setParameter("date", on)
                    .getResultStream()
                    .sorted(
                        java.util.Comparator.comparing(
                            (CohortMembership m) -> m.getStaff().getEmployeeNo()))
                    .toList())
        .orElse(List.of());
  }

  /** Who joined (a spell began) or left (a spell ended) between two dates, newest first. */
  public List<CohortMembership> joinedOrLeft(
      long cohortId, @NotNull LocalDate from, @NotNull LocalDate to) {
    return find(cohortId)
        .map(
            c ->
                em.createNamedQuery(CohortMembership.CHANGED_BETWEEN, CohortMembership.class)
                    .setParameter("cohort", c)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("dayBefore", from.minusDays(1))
                    .getResultList())
        .orElse(List.of());
  }

  /** The cohort's rules, newest first. */
  public List<CohortRuleVersion> versions(long cohortId) {
    return find(cohortId)
        .map(
            c ->
                em.createNamedQuery(CohortRuleVersion.OF_COHORT, CohortRuleVersion.class)
                    .setParameter("cohort", c)
                    .getResultList())
        .orElse(List.of());
  }

  /**
   * After a registry change took effect (an import, or the day a change dated ahead arrives): the
   * people it changed are evaluated again for every cohort, on the day it took effect, and their
   * spells begin or end then, naming the run.
   */
  @PermitAll
  // after the registry's commit there is no transaction left to join: this one is its own
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryEvents events) {
    Map<LocalDate, Set<String>> byDay = new TreeMap<>();
    for (StaffEvent e : events.events()) {
      byDay.computeIfAbsent(e.effective(), d -> new LinkedHashSet<>()).add(e.employeeNo());
    }
    byDay.forEach((day, people) -> reevaluateAll(people, day, runOf(day)));
  }

  /**
   * Evaluates every cohort again for some people on a date (what an import does for the people it
   * changed), for the office after correcting data by hand.
   *
   * @return how many spells began or ended
   */
  public int reevaluate(@NotNull Collection<String> employeeNos, @NotNull LocalDate on) {
    return reevaluateAll(Set.copyOf(employeeNos), on, null);
  }

  private int reevaluateAll(Set<String> people, LocalDate on, Long run) {
    List<Cohort> cohorts = em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList();
    if (cohorts.isEmpty() || people.isEmpty()) {
      return 0;
    }
    Set<String> courses = new HashSet<>();
    boolean tiers = false;
    for (Cohort c : cohorts) {
      CohortRule rule = c.rule();
      courses.addAll(rule.courses());
      tiers |= rule.asksTiers();
    }
    long started = System.nanoTime();
    Facts facts = new CohortFacts(em).asOf(on, courses, tiers, people);
    int changed = 0;
    for (Cohort cohort : cohorts) {
      Reconciliation r = reconcile(cohort, facts, people, on, run);
      changed += r.joined().size() + r.left().size();
    }
    int total = changed;
    LOG.info(
        () ->
            String.format(
                "Cohorts: %d cohorts re-evaluated for %d people as of %s in %d ms: %d joined or"
                    + " left",
                cohorts.size(),
                people.size(),
                on,
                (System.nanoTime() - started) / 1_000_000,
                total));
    return changed;
  }

  /**
   * Brings a cohort's spells to what its rule says of the people considered on a date.
   *
   * @param considered the people evaluated; null for everybody
   */
  private Reconciliation reconcile(
      Cohort cohort, Facts facts, Collection<String> considered, LocalDate on, Long run) {
    CohortRule rule = cohort.rule();
    Map<String, CohortMembership> open = new HashMap<>();
    if (considered == null) {
      em.createNamedQuery(CohortMembership.NOT_ENDED, CohortMembership.class)
          .setParameter("cohort", cohort)
          .setParameter("date", on)
          .getResultStream()
          .forEach(m -> open.put(m.getStaff().getEmployeeNo(), m));
    } else {
      List<String> numbers = List.copyOf(considered);
      for (int from = 0; from < numbers.size(); from += 1000) {
        em.createNamedQuery(CohortMembership.NOT_ENDED_OF_PEOPLE, CohortMembership.class)
            .setParameter("cohort", cohort)
            .setParameter("date", on)
            .setParameter("nos", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
            .getResultStream()
            .forEach(m -> open.put(m.getStaff().getEmployeeNo(), m));
      }
    }
    List<String> matching =
        rule.select(facts.people().values(), facts.unitPaths()).stream()
            .map(PersonFacts::employeeNo)
            .toList();
    Reconciliation r = Reconciliation.of(open.keySet(), matching, considered);
    for (String no : r.joined()) {
      Staff staff = em.getReference(Staff.class, facts.people().get(no).staffId());
      em.persist(new CohortMembership(cohort, staff, on, run));
    }
    for (String no : r.left()) {
      CohortMembership spell = open.get(no);
      if (!spell.leave(on, run)) {
        em.remove(spell);
      }
    }
    if (!r.isEmpty()) {
      cohortChanges.fire(
          new CohortChanged(cohort.getId(), cohort.spellStart(on), r.joined(), r.left(), run));
    }
    return r;
  }

  /**
   * The registry run whose snapshot speaks for a date: the latest applied one dated on or before.
   */
  private Long runOf(LocalDate date) {
    return em.createQuery(
            "SELECT r.id FROM ImportRun r WHERE r.outcome = :applied AND r.effective <= :date"
                + " ORDER BY r.effective DESC, r.id DESC",
            Long.class)
        .setParameter("applied", ImportRun.Outcome.APPLIED)
        .setParameter("date", date)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Facts facts(CohortRule rule, LocalDate date, Collection<String> only) {
    return new CohortFacts(em).asOf(date, rule.courses(), rule.asksTiers(), only);
  }

  private static void requireUnits(CohortRule rule, Facts facts) {
    for (String unit : rule.units()) {
      if (!facts.unitPaths().containsKey(unit)) {
        throw new CohortRuleException(CohortRuleException.Reason.UNKNOWN_UNIT, unit);
      }
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
