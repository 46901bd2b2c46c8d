package jp.city.lms.enrolment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.audit.entity.Changes;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingChanged;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.enrolment.entity.Enrolment;
import jp.city.lms.enrolment.entity.EnrolmentEvent;
import jp.city.lms.enrolment.entity.EnrolmentEvent.Kind;
import jp.city.lms.enrolment.entity.EnrolmentEvents;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException.Reason;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.learning.boundary.LearningRecord;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.entity.RegistryEvents;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffEvent;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;

/**
 * Places in offerings. Staff ask for one for themselves and withdraw until the deadline; the
 * training office and administrators enrol, cancel and move anyone, see rosters and take
 * attendance. Every change locks the offering's row first: requests for the same offering take
 * their turn, so seats are never given twice and the waitlist keeps the order of arrival, while
 * different offerings go on in parallel.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class Enrolments {

  /** How many people {@link #enrolAll} places between two flushes of the persistence context. */
  static final int BATCH = 250;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Curriculum curriculum;
  @EJB LearningRecord learning;
  @EJB RegistryHistory registry;
  @EJB Callers callers;
  @Inject CityClock clock;
  @Inject Event<Change> changes;
  @Inject Event<Changes> manyChanges;
  @Inject Event<EnrolmentEvent> events;
  @Inject Event<EnrolmentEvents> manyEvents;

  /** An enrolment with its place on the waitlist (1 = next to move up; null when not waiting). */
  public record Place(Enrolment enrolment, Integer waitlistPosition) implements Serializable {

    // pages read bean getters: Jakarta EL 5 (EE 10) does not know record accessors

    public Enrolment getEnrolment() {
      return enrolment;
    }

    public Integer getWaitlistPosition() {
      return waitlistPosition;
    }
  }

  /**
   * Asks for a place in an offering: a seat while one is free, else the end of the waitlist. Staff
   * ask for themselves ({@code employeeNo} null or their own); the office for anyone.
   *
   * @throws EnrolmentRefusedException naming the rule that said no
   */
  public Place enrol(long offeringId, String employeeNo) {
    boolean office = isOffice();
    String caller = caller();
    String number = personOrCaller(employeeNo, caller, office);
    Offering offering = lock(offeringId);
    Staff staff = staff(number);
    if (live(offering, staff).isPresent()) {
      throw new EnrolmentRefusedException(Reason.ALREADY_ENROLLED);
    }
    requirePrerequisite(offering, staff);
    Enrolment enrolment = Enrolment.request(offering, staff, caller, clock.now(), office);
    em.persist(enrolment);
    tell(
        enrolment.getStatus() == EnrolmentStatus.ENROLLED ? Kind.ENROLLED : Kind.WAITLISTED,
        enrolment);
    return place(enrolment);
  }

  /**
   * What placing many people in one offering came to.
   *
   * @param already people who held a live place in it before and keep it
   * @param refused people who may not enrol, with the rule that said no
   */
  public record Batch(int seated, int waitlisted, int already, Map<String, Reason> refused)
      implements Serializable {}

  /**
   * The office places many people in one offering at once (a cohort, 受講指定): each asks in the order
   * given, a seat while one is free, else the end of the waitlist, exactly as if they had asked one
   * by one under the same lock, and each is told. Who already holds a live place keeps it; who may
   * not enrol (left, prerequisite tier missing, unknown) is left out with the reason, and the
   * others still go in.
   *
   * @throws EnrolmentRefusedException when the offering itself takes nobody (unknown, cancelled,
   *     begun)
   */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Batch enrolAll(long offeringId, @NotNull List<String> employeeNos) {
    Offering offering = lock(offeringId);
    String caller = caller();
    LocalDateTime now = clock.now();
    if (offering.isCancelled()) {
      throw new EnrolmentRefusedException(Reason.OFFERING_CANCELLED);
    }
    if (offering.hasStarted(now)) {
      throw new EnrolmentRefusedException(Reason.OFFERING_PAST);
    }
    java.util.Set<String> live =
        new java.util.HashSet<>(
            em.createQuery(
                    "SELECT e.staff.employeeNo FROM Enrolment e WHERE e.offering = :offering"
                        + " AND e.live = true",
                    String.class)
                .setParameter("offering", offering)
                .getResultList());
    Optional<String> prerequisite =
        Optional.ofNullable(offering.getCourse().getTier())
            .flatMap(tier -> curriculum.content().tier(tier))
            .flatMap(Tier::prerequisite);
    java.util.Set<String> holding = new java.util.HashSet<>();
    List<String> numbers = List.copyOf(new java.util.LinkedHashSet<>(employeeNos));
    int seated = 0;
    int waitlisted = 0;
    int already = 0;
    Map<String, Reason> refused = new java.util.LinkedHashMap<>();
    // every place is told (a notice, an audit entry): the chunk's places are told at once, one
    // question for the notices' keys and one per offering for the waitlist positions, instead of a
    // few per person. The flush mode keeps those questions from writing out what is pending; the
    // chunk is written every BATCH people instead, and the waitlist before its positions are read.
    FlushModeType flushMode = em.getFlushMode();
    em.setFlushMode(FlushModeType.COMMIT);
    try {
      for (int from = 0; from < numbers.size(); from += BATCH) {
        if (from > 0) {
          // a persistence context of thousands of places makes every flush walk them all: what
          // is written goes out and the context starts afresh, the offering read again under the
          // lock this transaction holds
          em.flush();
          em.clear();
          offering = lock(offeringId);
        }
        List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + BATCH));
        Map<String, Staff> people = new java.util.HashMap<>();
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NOS, Staff.class)
            .setParameter("employeeNos", chunk)
            .getResultStream()
            .forEach(s -> people.put(s.getEmployeeNo(), s));
        prerequisite.ifPresent(
            tier ->
                holding.addAll(
                    em.createQuery(
                            "SELECT t.staff.employeeNo FROM TierAchievement t WHERE t.tier = :tier"
                                + " AND t.staff.employeeNo IN :nos",
                            String.class)
                        .setParameter("tier", tier)
                        .setParameter("nos", chunk)
                        .getResultList()));
        List<Change> audited = new ArrayList<>();
        List<EnrolmentEvent> happened = new ArrayList<>();
        for (String number : chunk) {
          Staff staff = people.get(number);
          if (staff == null) {
            refused.put(number, Reason.UNKNOWN_PERSON);
            continue;
          }
          if (live.contains(number)) {
            already++;
            continue;
          }
          if (prerequisite.isPresent() && !holding.contains(number)) {
            refused.put(number, Reason.PREREQUISITE_MISSING);
            continue;
          }
          Enrolment enrolment;
          try {
            enrolment = Enrolment.request(offering, staff, caller, now, true);
          } catch (EnrolmentRefusedException e) {
            refused.put(number, e.reason());
            continue;
          }
          em.persist(enrolment);
          live.add(number);
          Kind kind;
          if (enrolment.getStatus() == EnrolmentStatus.ENROLLED) {
            seated++;
            kind = Kind.ENROLLED;
          } else {
            waitlisted++;
            kind = Kind.WAITLISTED;
          }
          audited.add(change(kind, enrolment));
          happened.add(new EnrolmentEvent(kind, enrolment.getId()));
        }
        if (!happened.isEmpty()) {
          manyChanges.fire(new Changes(audited));
          manyEvents.fire(new EnrolmentEvents(happened));
        }
      }
      em.flush();
    } finally {
      em.setFlushMode(flushMode);
    }
    return new Batch(seated, waitlisted, already, refused);
  }

  /**
   * Gives up a place: staff their own until the registration deadline, the office anyone's at any
   * time. A freed seat goes to the first on the waitlist in the same transaction.
   */
  public void withdraw(long offeringId, String employeeNo) {
    boolean office = isOffice();
    String caller = caller();
    String number = personOrCaller(employeeNo, caller, office);
    Offering offering = lock(offeringId);
    Enrolment enrolment =
        live(offering, staff(number))
            .orElseThrow(() -> new EnrolmentRefusedException(Reason.NOT_ENROLLED));
    enrolment.withdraw(caller, clock.now(), office);
    tell(Kind.WITHDRAWN, enrolment);
    promoteInto(offering);
  }

  /** The office cancels someone's place; a freed seat goes to the first on the waitlist. */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public void cancel(long enrolmentId) {
    Enrolment enrolment = enrolment(enrolmentId);
    Offering offering = lock(enrolment.getOffering().getId());
    enrolment.cancel(caller(), clock.now());
    tell(Kind.CANCELLED, enrolment);
    promoteInto(offering);
  }

  /**
   * The office moves someone to another offering of the same course: their place here ends (and
   * goes to the waitlist), and they arrive there, with a seat if one is free.
   */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Place move(long enrolmentId, long toOfferingId) {
    Enrolment enrolment = enrolment(enrolmentId);
    Offering from = enrolment.getOffering();
    // both rows locked in the order of their ids, so that two moves in opposite directions cannot
    // wait for each other
    Offering to;
    if (from.getId() < toOfferingId) {
      lock(from.getId());
      to = lock(toOfferingId);
    } else {
      to = lock(toOfferingId);
      lock(from.getId());
    }
    if (from.getId().equals(to.getId()) || !from.getCourse().equals(to.getCourse())) {
      throw new EnrolmentRefusedException(Reason.OTHER_COURSE);
    }
    Staff staff = enrolment.getStaff();
    if (live(to, staff).isPresent()) {
      throw new EnrolmentRefusedException(Reason.ALREADY_ENROLLED);
    }
    LocalDateTime now = clock.now();
    enrolment.withdraw(caller(), now, true);
    Enrolment moved = Enrolment.request(to, staff, caller(), now, true);
    em.persist(moved);
    tell(Kind.WITHDRAWN, enrolment);
    tell(moved.getStatus() == EnrolmentStatus.ENROLLED ? Kind.ENROLLED : Kind.WAITLISTED, moved);
    promoteInto(from);
    return place(moved);
  }

  /**
   * Attendance: the outcome of each seated person (completed, not completed, no show); completed
   * ones become completions. Outcomes taken before may be corrected.
   *
   * @return how many outcomes were taken
   */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public int takeAttendance(long offeringId, @NotNull Map<Long, EnrolmentStatus> outcomes) {
    Offering offering = lock(offeringId);
    LocalDateTime now = clock.now();
    String caller = caller();
    int taken = 0;
    for (Enrolment enrolment : roster(offering)) {
      EnrolmentStatus outcome = outcomes.get(enrolment.getId());
      if (outcome == null || outcome == enrolment.getStatus()) {
        continue;
      }
      boolean wasCompleted = enrolment.getStatus() == EnrolmentStatus.COMPLETED;
      enrolment.outcome(outcome, caller, now);
      if (outcome == EnrolmentStatus.COMPLETED) {
        learning.attended(
            enrolment.getStaff(),
            offering.getCourse(),
            enrolment.completedOn(now.toLocalDate()),
            enrolment.getId(),
            true);
      } else if (wasCompleted) {
        learning.unattended(enrolment.getId());
      }
      changes.fire(
          new Change(
              "enrolment.outcome",
              "offering " + offeringId,
              enrolment.getStaff().getEmployeeNo() + " " + outcome));
      taken++;
    }
    return taken;
  }

  /**
   * The roster of an offering for the office: seated people (with their outcomes) by arrival, then
   * the waitlist in order, then the places that ended.
   */
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public List<Place> roster(long offeringId) {
    Offering offering =
        Optional.ofNullable(em.find(Offering.class, offeringId))
            .orElseThrow(() -> new EnrolmentRefusedException(Reason.UNKNOWN_OFFERING));
    List<Place> places = new ArrayList<>();
    int waiting = 0;
    for (Enrolment e : roster(offering)) {
      places.add(new Place(e, e.getStatus() == EnrolmentStatus.WAITLISTED ? ++waiting : null));
    }
    places.sort(Comparator.comparingInt(p -> rosterGroup(p.enrolment().getStatus())));
    return places;
  }

  private static int rosterGroup(EnrolmentStatus status) {
    return switch (status) {
      case ENROLLED, COMPLETED, NOT_COMPLETED, NO_SHOW -> 0;
      case WAITLISTED -> 1;
      case WITHDRAWN, CANCELLED -> 2;
    };
  }

  /**
   * Someone's enrolments, newest offering first: for the person themself, their managers, the
   * office and administrators.
   *
   * @throws jp.city.lms.platform.entity.OutOfScopeException for anybody else
   */
  public Optional<List<Place>> of(@NotBlank String employeeNo) {
    LocalDate today = clock.today();
    String number = normalise(employeeNo);
    if (registry.person(number, today, callers.scope(today)).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        em
            .createNamedQuery(Enrolment.OF_PERSON, Enrolment.class)
            .setParameter("staff", staff(number))
            .getResultList()
            .stream()
            .map(this::place)
            .toList());
  }

  /**
   * Someone's live places in offerings not over yet, soonest first (the home page's list): only
   * these, as a person with years of history has hundreds of places.
   *
   * @throws jp.city.lms.platform.entity.OutOfScopeException for anybody the caller may not see
   */
  public List<Place> upcomingOf(@NotBlank String employeeNo) {
    LocalDate today = clock.today();
    String number = normalise(employeeNo);
    if (registry.person(number, today, callers.scope(today)).isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT e FROM Enrolment e JOIN FETCH e.offering o JOIN FETCH o.course"
                + " WHERE e.staff.employeeNo = :no AND e.live = true AND o.endsAt > :now"
                + " ORDER BY o.startsAt, e.id",
            Enrolment.class)
        .setParameter("no", number)
        .setParameter("now", clock.now())
        .getResultStream()
        .map(this::place)
        .toList();
  }

  /** The caller's own live places in these offerings, by offering id. */
  public Map<Long, Place> mine(@NotNull Collection<Long> offeringIds) {
    if (offeringIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.staff.employeeNo = :me AND e.live = true"
                + " AND e.offering.id IN :offerings",
            Enrolment.class)
        .setParameter("me", caller())
        .setParameter("offerings", offeringIds)
        .getResultStream()
        .map(this::place)
        .collect(
            java.util.stream.Collectors.toMap(p -> p.enrolment().getOffering().getId(), p -> p));
  }

  /**
   * An offering was changed or cancelled (by the curriculum's boundary, in this transaction, which
   * holds its row lock): new seats go to the waitlist, a cancellation ends every place, and
   * everyone with a place is told.
   */
  public void follow(@Observes OfferingChanged change) {
    Offering offering = em.find(Offering.class, change.offeringId());
    LocalDateTime now = clock.now();
    List<Enrolment> live =
        em.createNamedQuery(Enrolment.LIVE_OF_OFFERING, Enrolment.class)
            .setParameter("offering", offering)
            .getResultList();
    if (change.cancelled()) {
      for (Enrolment enrolment : live) {
        enrolment.cancel(caller(), now);
        tell(Kind.OFFERING_CANCELLED, enrolment);
      }
      return;
    }
    List<Enrolment> promoted = promoteInto(offering);
    for (Enrolment enrolment : live) {
      if (!promoted.contains(enrolment)) {
        events.fire(new EnrolmentEvent(Kind.OFFERING_CHANGED, enrolment.getId()));
      }
    }
  }

  /**
   * People who left the city's service give up their places in offerings from the day they left:
   * their seats go to the waitlist and they are told. Told by the registry once its change is
   * committed (an import, or the day a change dated ahead takes effect).
   */
  @PermitAll
  // after the registry's commit there is no transaction left to join: this one is its own
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void leavers(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryEvents changes) {
    LocalDateTime now = clock.now();
    for (StaffEvent left : changes.of(StaffEvent.Kind.LEFT)) {
      List<Enrolment> places =
          em.createQuery(
                  "SELECT e FROM Enrolment e WHERE e.staff.employeeNo = :no AND e.live = true"
                      + " AND e.offering.startsAt >= :from ORDER BY e.offering.id",
                  Enrolment.class)
              .setParameter("no", left.employeeNo())
              .setParameter("from", left.effective().atStartOfDay())
              .getResultList();
      for (Enrolment place : places) {
        Offering offering = lock(place.getOffering().getId());
        place.cancel(caller(), now);
        tell(Kind.CANCELLED, place);
        promoteInto(offering);
      }
    }
  }

  /** Freed seats go to the waitlist in order of arrival. */
  private List<Enrolment> promoteInto(Offering offering) {
    List<Enrolment> promoted = new ArrayList<>();
    LocalDateTime now = clock.now();
    while (offering.hasFreeSeatAndWaitlist()) {
      Enrolment first =
          em.createNamedQuery(Enrolment.FIRST_WAITLISTED, Enrolment.class)
              .setParameter("offering", offering)
              .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
              .setMaxResults(1)
              .getSingleResult();
      first.promote(now);
      tell(Kind.PROMOTED, first);
      promoted.add(first);
    }
    return promoted;
  }

  private void requirePrerequisite(Offering offering, Staff staff) {
    String tierCode = offering.getCourse().getTier();
    if (tierCode == null) {
      return;
    }
    Optional<String> prerequisite = curriculum.content().tier(tierCode).flatMap(Tier::prerequisite);
    if (prerequisite.isPresent() && !learning.holds(staff, prerequisite.get())) {
      throw new EnrolmentRefusedException(Reason.PREREQUISITE_MISSING, prerequisite.get());
    }
  }

  private Place place(Enrolment enrolment) {
    Integer position = null;
    if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
      position =
          em.createNamedQuery(Enrolment.WAITLIST_POSITION, Long.class)
              .setParameter("offering", enrolment.getOffering())
              .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
              .setParameter("arrival", enrolment.getArrival())
              .getSingleResult()
              .intValue();
    }
    return new Place(enrolment, position);
  }

  private void tell(Kind kind, Enrolment enrolment) {
    changes.fire(change(kind, enrolment));
    events.fire(new EnrolmentEvent(kind, enrolment.getId()));
  }

  /** What the audit log is told of something that happened to an enrolment. */
  private static Change change(Kind kind, Enrolment enrolment) {
    return new Change(
        "enrolment." + kind.name().toLowerCase(java.util.Locale.ROOT),
        "offering " + enrolment.getOffering().getId(),
        enrolment.getStaff().getEmployeeNo() + " " + enrolment.getStatus());
  }

  private List<Enrolment> roster(Offering offering) {
    return em.createNamedQuery(Enrolment.ROSTER, Enrolment.class)
        .setParameter("offering", offering)
        .getResultList();
  }

  private Optional<Enrolment> live(Offering offering, Staff staff) {
    return em.createNamedQuery(Enrolment.LIVE_OF, Enrolment.class)
        .setParameter("offering", offering)
        .setParameter("staff", staff)
        .getResultStream()
        .findFirst();
  }

  private Offering lock(long offeringId) {
    Offering offering = em.find(Offering.class, offeringId, LockModeType.PESSIMISTIC_WRITE);
    if (offering == null) {
      throw new EnrolmentRefusedException(Reason.UNKNOWN_OFFERING);
    }
    return offering;
  }

  private Enrolment enrolment(long id) {
    Enrolment enrolment = em.find(Enrolment.class, id);
    if (enrolment == null) {
      throw new EnrolmentRefusedException(Reason.NOT_ENROLLED);
    }
    return enrolment;
  }

  private Staff staff(String employeeNo) {
    return em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
        .setParameter("employeeNo", employeeNo)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new EnrolmentRefusedException(Reason.UNKNOWN_PERSON));
  }

  /** Whom a call is for: staff may only name themselves (or no one, meaning themselves). */
  private static String personOrCaller(String employeeNo, String caller, boolean office) {
    if (employeeNo == null || employeeNo.isBlank()) {
      return caller;
    }
    String number = normalise(employeeNo);
    if (!office && !number.equals(caller)) {
      throw new EnrolmentRefusedException(Reason.NOT_YOURSELF);
    }
    return number;
  }

  /** As the files accept them: full-width digits name the same person. */
  private static String normalise(String employeeNo) {
    return Normalizer.normalize(employeeNo, Normalizer.Form.NFKC).strip();
  }

  private boolean isOffice() {
    return session.isCallerInRole(Role.TRAINING_OFFICE) || session.isCallerInRole(Role.ADMIN);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
