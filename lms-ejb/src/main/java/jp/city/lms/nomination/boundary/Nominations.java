package jp.city.lms.nomination.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Batch;
import jp.city.lms.nomination.entity.DepartmentQuota;
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.nomination.entity.NominationDecided;
import jp.city.lms.nomination.entity.NominationRefusedException;
import jp.city.lms.nomination.entity.NominationRefusedException.Reason;
import jp.city.lms.nomination.entity.NominationRound;
import jp.city.lms.nomination.entity.QuotaPlan;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;

/**
 * Nomination rounds (所属長推薦). The training office opens a round with a quota per department (a
 * top-level unit: 局, 区), reviews every nomination, selects or declines it and enrols the selected;
 * after the deadline the unused quota goes to the pool, which it may give out again. A manager sees
 * the rounds of their own department with its remaining quota, the eligible people of their scope,
 * and nominates them with a reason: the department's quota row is locked for every nomination, so
 * two managers of one department nominating at the same moment take their turns and the quota is
 * never exceeded.
 */
@Stateless
@RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class Nominations {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CityClock clock;
  @Inject Event<Change> changes;
  @Inject Event<NominationDecided> decisions;
  @EJB Callers callers;
  @EJB RegistryHistory registry;
  @EJB Curriculum curriculum;
  @EJB Enrolments enrolments;

  /** A department and its proposed quota: so many per section. */
  public record Proposal(String unitCode, String unitName, int sections, int quota)
      implements Serializable {

    public String getUnitCode() {
      return unitCode;
    }

    public String getUnitName() {
      return unitName;
    }

    public int getSections() {
      return sections;
    }

    public int getQuota() {
      return quota;
    }
  }

  /** What the office fills in to open a round; quotas by department code. */
  public record Opening(
      String title,
      String courseCode,
      String tier,
      int fiscalYear,
      LocalDate deadline,
      int seats,
      Map<String, Integer> quotas)
      implements Serializable {}

  /** Someone a manager may nominate, with the highest tier they hold. */
  public record Candidate(PersonAsOf person, String tier) implements Serializable {

    public PersonAsOf getPerson() {
      return person;
    }

    public String getTier() {
      return tier;
    }
  }

  /** The departments of today (the top-level units) with a quota of so many per section. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public List<Proposal> propose(int perSection) {
    LocalDate today = clock.today();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> sections = new LinkedHashMap<>();
    for (OrgUnitVersion v :
        em.createNamedQuery(OrgUnitVersion.AS_OF, OrgUnitVersion.class)
            .setParameter("date", today)
            .getResultList()) {
      if (v.getParent() == null) {
        names.put(v.getOrgUnit().getCode(), v.getName());
        sections.putIfAbsent(v.getOrgUnit().getCode(), 0);
      }
    }
    for (OrgUnitVersion v :
        em.createNamedQuery(OrgUnitVersion.AS_OF, OrgUnitVersion.class)
            .setParameter("date", today)
            .getResultList()) {
      if ("課".equals(v.getKind())) {
        sections.merge(department(v.getPath()), 1, Integer::sum);
      }
    }
    Map<String, Integer> quotas = QuotaPlan.perSection(sections, perSection);
    List<Proposal> proposals = new ArrayList<>();
    names.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                proposals.add(
                    new Proposal(
                        e.getKey(),
                        e.getValue(),
                        sections.getOrDefault(e.getKey(), 0),
                        quotas.getOrDefault(e.getKey(), 0))));
    return proposals;
  }

  /** Opens a round with its departments' quotas. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public NominationRound open(@NotNull Opening o) {
    String course = blankToNull(o.courseCode());
    String tier = blankToNull(o.tier());
    ProgrammeContent content = curriculum.content();
    if (course != null && content.course(course).isEmpty()
        || tier != null && content.tier(tier).isEmpty()) {
      throw new NominationRefusedException(
          Reason.UNKNOWN_COURSE_OR_TIER, course != null ? course : tier);
    }
    NominationRound round =
        new NominationRound(
            o.title(),
            course,
            tier,
            o.fiscalYear(),
            o.deadline(),
            o.seats(),
            caller(),
            clock.now());
    em.persist(round);
    Map<String, String> names = new HashMap<>();
    propose(0).forEach(p -> names.put(p.unitCode(), p.unitName()));
    for (var q : o.quotas().entrySet()) {
      String name = names.get(q.getKey());
      if (name == null) {
        throw new NominationRefusedException(Reason.NO_QUOTA, q.getKey());
      }
      em.persist(new DepartmentQuota(round, q.getKey(), name, q.getValue()));
    }
    changes.fire(
        new Change(
            "nomination.round.opened",
            "round " + round.getId(),
            round.getTitle() + " " + QuotaPlan.sum(o.quotas()) + "/" + round.getSeats()));
    return round;
  }

  /** Every round, newest deadline first; rounds past their deadline are settled on the way. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public List<NominationRound> rounds() {
    settleDue();
    return em.createNamedQuery(NominationRound.ALL, NominationRound.class).getResultList();
  }

  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Optional<NominationRound> round(long roundId) {
    settleDue();
    return Optional.ofNullable(em.find(NominationRound.class, roundId));
  }

  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public List<DepartmentQuota> quotas(long roundId) {
    return em.createNamedQuery(DepartmentQuota.OF_ROUND, DepartmentQuota.class)
        .setParameter("round", roundOf(roundId))
        .getResultList();
  }

  /** Every nomination of a round, by department and arrival. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public List<Nomination> nominations(long roundId) {
    return em.createNamedQuery(Nomination.OF_ROUND, Nomination.class)
        .setParameter("round", roundOf(roundId))
        .getResultList();
  }

  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public void setQuota(long quotaId, int quota) {
    DepartmentQuota q = lockQuota(quotaId);
    q.setQuota(quota);
    changes.fire(new Change("nomination.quota", "quota " + quotaId, q.getUnitCode() + " " + quota));
  }

  /** Gives places of the pool to a department (the round's row is locked, then the quota's). */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public void reallocate(long quotaId, int places) {
    DepartmentQuota q = em.find(DepartmentQuota.class, quotaId);
    if (q == null) {
      throw new NominationRefusedException(Reason.NO_QUOTA, quotaId);
    }
    NominationRound round =
        em.find(NominationRound.class, q.getRound().getId(), LockModeType.PESSIMISTIC_WRITE);
    round.reallocate(lockQuota(quotaId), places);
    changes.fire(
        new Change("nomination.reallocated", "quota " + quotaId, q.getUnitCode() + " +" + places));
  }

  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public void extend(long roundId, @NotNull LocalDate deadline) {
    NominationRound round =
        Optional.ofNullable(em.find(NominationRound.class, roundId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new NominationRefusedException(Reason.UNKNOWN_ROUND, roundId));
    round.extend(deadline, clock.today());
  }

  /** The office selects a nomination; the nominee and the manager are told. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Nomination select(long nominationId, String why) {
    Nomination n = nomination(nominationId);
    n.select(caller(), clock.now(), why);
    decided(n);
    return n;
  }

  /** The office declines a nomination, saying why; the nominee and the manager are told. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Nomination decline(long nominationId, String why) {
    Nomination n = nomination(nominationId);
    n.decline(caller(), clock.now(), why);
    decided(n);
    return n;
  }

  /** Enrols the selected people of a round not enrolled yet into an offering of the course. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Batch enrolSelected(long roundId, long offeringId) {
    List<Nomination> selected =
        nominations(roundId).stream()
            .filter(n -> n.getStatus() == Nomination.Status.SELECTED)
            .filter(n -> n.getEnrolledOffering() == null)
            .toList();
    Batch batch =
        enrolments.enrolAll(
            offeringId, selected.stream().map(n -> n.getStaff().getEmployeeNo()).toList());
    for (Nomination n : selected) {
      if (!batch.refused().containsKey(n.getStaff().getEmployeeNo())) {
        // read again: placing many people may have detached what was loaded before
        em.find(Nomination.class, n.getId()).enrolledIn(offeringId);
      }
    }
    return batch;
  }

  /** Every night: rounds past their deadline give their unused quota to the pool. */
  @Schedule(
      hour = "0",
      minute = "20",
      timezone = "Asia/Tokyo",
      persistent = false,
      info = "nomination deadlines")
  @PermitAll
  void nightly() {
    settleDue();
  }

  /**
   * The rounds of the caller's department with its quota (newest first); for a manager only, and
   * empty for anybody who is not one today.
   */
  @RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public List<DepartmentQuota> myRounds() {
    Scope scope = callers.scope(clock.today());
    if (!scope.isManager()) {
      return List.of();
    }
    settleDue();
    return em.createNamedQuery(DepartmentQuota.OF_DEPARTMENT, DepartmentQuota.class)
        .setParameter("unit", department(scope.unitPath()))
        .getResultList();
  }

  /** The caller's department's quota in a round. */
  @RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public Optional<DepartmentQuota> myQuota(long roundId) {
    return myRounds().stream().filter(q -> q.getRound().getId() == roundId).findFirst();
  }

  /** The nominations of the caller's department in a round. */
  @RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public List<Nomination> myNominations(long roundId) {
    return myQuota(roundId)
        .map(
            q ->
                em.createNamedQuery(Nomination.OF_QUOTA, Nomination.class)
                    .setParameter("quota", q)
                    .getResultList())
        .orElse(List.of());
  }

  /**
   * The people of the caller's scope today whom they may nominate in a round: working, holding the
   * prerequisite tier of the round's tier, not holding that tier yet, not nominated in the round.
   */
  @RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public List<Candidate> eligible(long roundId) {
    NominationRound round = roundOf(roundId);
    LocalDate today = clock.today();
    Scope scope = callers.scope(today);
    if (!scope.isManager() || myQuota(roundId).isEmpty()) {
      return List.of();
    }
    List<PersonAsOf> people =
        registry.people(scope, null).stream()
            .filter(p -> p.status() == StaffStatus.ACTIVE)
            .filter(p -> !p.employeeNo().equals(scope.employeeNo()))
            .toList();
    Map<String, Set<String>> held = tiersHeld(people.stream().map(PersonAsOf::employeeNo).toList());
    Set<String> nominated = new HashSet<>();
    nominations(round).forEach(n -> nominated.add(n.getStaff().getEmployeeNo()));
    List<String> order = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (PersonAsOf p : people) {
      Set<String> tiers = held.getOrDefault(p.employeeNo(), Set.of());
      if (!nominated.contains(p.employeeNo()) && eligible(round, tiers)) {
        String highest = null;
        for (String t : order) {
          if (tiers.contains(t)) {
            highest = t;
          }
        }
        candidates.add(new Candidate(p, highest));
      }
    }
    return candidates;
  }

  /**
   * A manager nominates someone of their scope within their department's quota.
   *
   * @throws NominationRefusedException naming the rule that said no
   * @throws jp.city.lms.platform.entity.OutOfScopeException for a person outside the scope
   */
  @RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public Nomination nominate(long roundId, @NotNull String employeeNo, String reason) {
    LocalDate today = clock.today();
    Scope scope = callers.scope(today);
    if (!scope.isManager()) {
      throw new NominationRefusedException(Reason.NOT_A_MANAGER);
    }
    String number = employeeNo.strip();
    PersonAsOf person =
        registry
            .person(number, today, scope)
            .filter(p -> p.status() == StaffStatus.ACTIVE)
            .orElseThrow(() -> new NominationRefusedException(Reason.NOT_ELIGIBLE, number));
    NominationRound round = roundOf(roundId);
    DepartmentQuota quota =
        em.createQuery(
                "SELECT q FROM DepartmentQuota q WHERE q.round = :round AND q.unitCode = :unit",
                DepartmentQuota.class)
            .setParameter("round", round)
            .setParameter("unit", department(scope.unitPath()))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NominationRefusedException(Reason.NO_QUOTA, roundId));
    // from here on this department's nominations take their turns: the quota row is ours. Read
    // it again with a locking read: MariaDB's plain read would answer from the transaction's
    // snapshot, taken before the lock, and the count and version would be stale
    em.refresh(quota, LockModeType.PESSIMISTIC_WRITE);
    if (!round.acceptsOn(today)) {
      throw new NominationRefusedException(Reason.ROUND_CLOSED, round.getDeadline());
    }
    if (!eligible(round, tiersHeld(List.of(number)).getOrDefault(number, Set.of()))) {
      throw new NominationRefusedException(Reason.NOT_ELIGIBLE, number);
    }
    boolean already =
        !em.createQuery(
                "SELECT n.id FROM Nomination n WHERE n.round = :round"
                    + " AND n.staff.employeeNo = :no",
                Long.class)
            .setParameter("round", round)
            .setParameter("no", number)
            .getResultList()
            .isEmpty();
    if (already) {
      throw new NominationRefusedException(Reason.ALREADY_NOMINATED, person.name());
    }
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", number)
            .getSingleResult();
    Nomination n = Nomination.of(quota, staff, reason, caller(), clock.now());
    em.persist(n);
    changes.fire(new Change("nomination.nominated", "round " + roundId, number));
    return n;
  }

  /** Whether someone holding these tiers may be nominated for the round's tier. */
  private boolean eligible(NominationRound round, Set<String> held) {
    String target = targetTier(round);
    if (target == null) {
      return true;
    }
    if (held.contains(target)) {
      return false;
    }
    return curriculum
        .content()
        .tier(target)
        .flatMap(Tier::prerequisite)
        .map(held::contains)
        .orElse(true);
  }

  /** The tier a round leads to: its own, or its course's (null for a course of no tier). */
  private String targetTier(NominationRound round) {
    if (round.getTier() != null) {
      return round.getTier();
    }
    return curriculum
        .content()
        .course(round.getCourseCode())
        .flatMap(c -> c.tier())
        .filter(t -> curriculum.content().tier(t).isPresent())
        .orElse(null);
  }

  private Map<String, Set<String>> tiersHeld(List<String> numbers) {
    Map<String, Set<String>> held = new HashMap<>();
    LocalDate today = clock.today();
    for (int from = 0; from < numbers.size(); from += 1000) {
      em.createQuery(
              "SELECT t.staff.employeeNo, t.tier FROM TierAchievement t"
                  + " WHERE t.staff.employeeNo IN :nos AND t.achievedOn <= :today",
              Object[].class)
          .setParameter("nos", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
          .setParameter("today", today)
          .getResultStream()
          .forEach(
              r -> held.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
    }
    return held;
  }

  private void settleDue() {
    LocalDate today = clock.today();
    for (NominationRound r :
        em.createQuery(
                "SELECT r FROM NominationRound r WHERE r.status = :open AND r.deadline < :today",
                NominationRound.class)
            .setParameter("open", NominationRound.Status.OPEN)
            .setParameter("today", today)
            .getResultList()) {
      NominationRound locked =
          em.find(NominationRound.class, r.getId(), LockModeType.PESSIMISTIC_WRITE);
      em.refresh(locked, LockModeType.PESSIMISTIC_WRITE);
      List<DepartmentQuota> quotas =
          em.createNamedQuery(DepartmentQuota.OF_ROUND, DepartmentQuota.class)
              .setParameter("round", locked)
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultList();
      int returned = locked.settle(quotas, today);
      changes.fire(
          new Change("nomination.round.settled", "round " + r.getId(), returned + " to the pool"));
    }
  }

  private List<Nomination> nominations(NominationRound round) {
    return em.createNamedQuery(Nomination.OF_ROUND, Nomination.class)
        .setParameter("round", round)
        .getResultList();
  }

  private void decided(Nomination n) {
    changes.fire(
        new Change(
            "nomination." + n.getStatus().name().toLowerCase(java.util.Locale.ROOT),
            "round " + n.getRound().getId(),
            n.getStaff().getEmployeeNo()));
    decisions.fire(new NominationDecided(n.getId()));
  }

  private Nomination nomination(long id) {
    Nomination n = em.find(Nomination.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n == null) {
      throw new NominationRefusedException(Reason.UNKNOWN_NOMINATION, id);
    }
    return n;
  }

  private DepartmentQuota lockQuota(long quotaId) {
    DepartmentQuota q = em.find(DepartmentQuota.class, quotaId, LockModeType.PESSIMISTIC_WRITE);
    if (q == null) {
      throw new NominationRefusedException(Reason.NO_QUOTA, quotaId);
    }
    return q;
  }

  private NominationRound roundOf(long roundId) {
    NominationRound round = em.find(NominationRound.class, roundId);
    if (round == null) {
      throw new NominationRefusedException(Reason.UNKNOWN_ROUND, roundId);
    }
    return round;
  }

  /** The department of a unit: the top-level unit its path begins with. */
  static String department(String path) {
    String[] parts = path.split("/");
    return parts.length > 1 ? parts[1] : path;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
