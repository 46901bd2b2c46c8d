package jp.city.lms.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException.Reason;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * A person's place in an offering: a seat (ENROLLED) or a place on the waitlist (WAITLISTED) in
 * order of arrival, until they withdraw, the office cancels it, or attendance gives it an outcome.
 * The offering counts the seats; every change here tells it, and the caller holds the offering's
 * row lock, so that the count and the rows never disagree.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = Enrolment.LIVE_OF,
    query =
        "SELECT e FROM Enrolment e WHERE e.offering = :offering AND e.staff = :staff"
            + " AND e.live = true")
@NamedQuery(
    name = Enrolment.FIRST_WAITLISTED,
    query =
        "SELECT e FROM Enrolment e WHERE e.offering = :offering AND e.status = :waitlisted"
            + " ORDER BY e.arrival")
@NamedQuery(
    name = Enrolment.WAITLIST_POSITION,
    query =
        "SELECT COUNT(e) FROM Enrolment e WHERE e.offering = :offering AND e.status = :waitlisted"
            + " AND e.arrival <= :arrival")
@NamedQuery(
    name = Enrolment.ROSTER,
    query =
        "SELECT e FROM Enrolment e JOIN FETCH e.staff WHERE e.offering = :offering"
            + " ORDER BY e.arrival")
@NamedQuery(
    name = Enrolment.LIVE_OF_OFFERING,
    query = "SELECT e FROM Enrolment e WHERE e.offering = :offering AND e.live = true")
@NamedQuery(
    name = Enrolment.OF_PERSON,
    query =
        "SELECT e FROM Enrolment e JOIN FETCH e.offering o JOIN FETCH o.course"
            + " WHERE e.staff = :staff ORDER BY o.startsAt DESC, e.id DESC")
public class Enrolment {

  public static final String LIVE_OF = "Enrolment.liveOf";
  public static final String FIRST_WAITLISTED = "Enrolment.firstWaitlisted";
  public static final String WAITLIST_POSITION = "Enrolment.waitlistPosition";
  public static final String ROSTER = "Enrolment.roster";
  public static final String LIVE_OF_OFFERING = "Enrolment.liveOfOffering";
  public static final String OF_PERSON = "Enrolment.ofPerson";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "enrolment")
  @TableGenerator(
      name = "enrolment",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 500)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "offering_id", updatable = false)
  private Offering offering;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", updatable = false)
  private Staff staff;

  @Enumerated(EnumType.STRING)
  private EnrolmentStatus status;

  /** TRUE while live, NULL after: the unique key (offering, staff, live) allows one live place. */
  private Boolean live;

  @Column(updatable = false)
  private long arrival;

  @Column(name = "requested_at", updatable = false)
  private LocalDateTime requestedAt;

  @Column(name = "requested_by", updatable = false)
  private String requestedBy;

  @Column(name = "seated_at")
  private LocalDateTime seatedAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  @Version private long version;

  protected Enrolment() {}

  private Enrolment(Offering offering, Staff staff, long arrival, String by, LocalDateTime at) {
    this.offering = offering;
    this.staff = staff;
    this.arrival = Math.abs(arrival);
    this.status = arrival > 0 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
    this.live = Boolean.TRUE;
    this.requestedBy = by;
    this.requestedAt = at;
    this.seatedAt = arrival > 0 ? at : null;
  }

  /**
   * Someone asks for a place: a seat while one is free, else the end of the waitlist. The caller
   * holds the offering's row lock and has checked that the person has no live place in it yet.
   *
   * @throws EnrolmentRefusedException when registration is closed, the offering is cancelled or
   *     over, or the person has left
   */
  public static Enrolment request(
      Offering offering, Staff staff, String by, LocalDateTime now, boolean office) {
    Objects.requireNonNull(offering, "offering");
    Objects.requireNonNull(staff, "staff");
    if (offering.isCancelled()) {
      throw new EnrolmentRefusedException(Reason.OFFERING_CANCELLED);
    }
    if (offering.hasStarted(now)) {
      throw new EnrolmentRefusedException(Reason.OFFERING_PAST);
    }
    // the office may still seat someone after the deadline, until the offering begins
    if (!office && !offering.isOpenForRegistration(now.toLocalDate())) {
      throw new EnrolmentRefusedException(
          Reason.REGISTRATION_CLOSED, offering.getRegistrationDeadline());
    }
    if (staff.getStatus() == StaffStatus.LEFT) {
      throw new EnrolmentRefusedException(Reason.PERSON_LEFT);
    }
    return new Enrolment(offering, staff, offering.arrive(), by, now);
  }

  /**
   * The person gives up their place. Staff may until the registration deadline; the office at any
   * time while it is live.
   *
   * @throws EnrolmentRefusedException when it is no longer live or the deadline has passed
   */
  public void withdraw(String by, LocalDateTime now, boolean office) {
    if (!office && now.toLocalDate().isAfter(offering.getRegistrationDeadline())) {
      throw new EnrolmentRefusedException(
          Reason.DEADLINE_PASSED, offering.getRegistrationDeadline());
    }
    end(EnrolmentStatus.WITHDRAWN, by, now);
  }

  /** The office cancels the place, or the offering was cancelled. */
  public void cancel(String by, LocalDateTime now) {
    end(EnrolmentStatus.CANCELLED, by, now);
  }

  /** The first on the waitlist takes a freed seat. */
  public void promote(LocalDateTime now) {
    if (status != EnrolmentStatus.WAITLISTED) {
      throw new IllegalStateException("only a waitlisted enrolment moves up: " + this);
    }
    offering.promote();
    status = EnrolmentStatus.ENROLLED;
    seatedAt = now;
  }

  /**
   * Attendance: a seated person completed, did not complete, or did not come. The office may
   * correct an outcome it took; the seat stays counted, as the person used it.
   *
   * @throws EnrolmentRefusedException before the offering begins, or for someone without a seat
   */
  public void outcome(EnrolmentStatus outcome, String by, LocalDateTime now) {
    if (!outcome.isOutcome()) {
      throw new IllegalArgumentException("not an outcome: " + outcome);
    }
    if (!offering.hasStarted(now)) {
      throw new EnrolmentRefusedException(Reason.NOT_STARTED);
    }
    if (status != EnrolmentStatus.ENROLLED && !status.isOutcome()) {
      throw new EnrolmentRefusedException(Reason.NOT_SEATED);
    }
    status = outcome;
    live = null;
    endedAt = now;
    endedBy = by;
  }

  private void end(EnrolmentStatus end, String by, LocalDateTime now) {
    if (!status.isLive()) {
      throw new EnrolmentRefusedException(Reason.NOT_ENROLLED);
    }
    offering.leave(status == EnrolmentStatus.ENROLLED);
    status = end;
    live = null;
    endedAt = now;
    endedBy = by;
  }

  public boolean isLive() {
    return status.isLive();
  }

  /**
   * The day the learning is done: the offering's last day, or the day attendance is taken if that
   * is earlier (a session that runs past midnight, marked before it ends): a completion is never
   * dated in the future.
   */
  public LocalDate completedOn(LocalDate today) {
    LocalDate last = offering.getEndsAt().toLocalDate();
    return last.isAfter(today) ? today : last;
  }

  public Long getId() {
    return id;
  }

  public Offering getOffering() {
    return offering;
  }

  public Staff getStaff() {
    return staff;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public long getArrival() {
    return arrival;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public LocalDateTime getSeatedAt() {
    return seatedAt;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  @Override
  public String toString() {
    return "Enrolment " + id + " of " + staff.getEmployeeNo() + " in " + offering.getId();
  }
}
