package jp.city.lms.curriculum.entity;

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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * An offering (開催) of a course: one run of it on given dates, at a venue or online, with a number
 * of seats and a registration deadline, which the training office schedules for a fiscal year.
 * E-learning has no offerings: it is open all year on its platform.
 *
 * <p>The offering keeps its rules whatever changes it: it ends after it starts, registration closes
 * before the day it starts, it has at least one seat and says where it takes place. Its fiscal year
 * follows from its start (April to March). A cancelled offering (中止) stays on record, so that who
 * had registered can still be told; it can no longer be changed. A retired course gets no new
 * offerings, but its existing ones stay.
 */
@Entity
@Table(name = "offering")
@NamedQuery(
    name = Offering.FIND_IN_FISCAL_YEAR,
    query =
        "SELECT o FROM Offering o JOIN FETCH o.course WHERE o.fiscalYear = :fiscalYear"
            + " ORDER BY o.startsAt, o.id")
@NamedQuery(
    name = Offering.FIND_UPCOMING_OF_COURSE,
    query =
        "SELECT o FROM Offering o WHERE o.course.code = :code AND o.status = :status"
            + " AND o.startsAt > :now ORDER BY o.startsAt, o.id")
@NamedQuery(
    name = Offering.FIND_COURSE_CODES_IN_FISCAL_YEAR,
    query =
        "SELECT DISTINCT o.course.code FROM Offering o WHERE o.fiscalYear = :fiscalYear"
            + " AND o.status = :status")
@NamedQuery(
    name = Offering.FIND_FISCAL_YEARS,
    query = "SELECT DISTINCT o.fiscalYear FROM Offering o")
public class Offering {

  public static final String FIND_IN_FISCAL_YEAR = "Offering.findInFiscalYear";
  public static final String FIND_UPCOMING_OF_COURSE = "Offering.findUpcomingOfCourse";
  public static final String FIND_COURSE_CODES_IN_FISCAL_YEAR = "Offering.findCourseCodesInYear";
  public static final String FIND_FISCAL_YEARS = "Offering.findFiscalYears";

  public static final int CANCEL_REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "offering")
  @TableGenerator(
      name = "offering",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 20)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", updatable = false)
  private Course course;

  @Column(name = "fiscal_year")
  private int fiscalYear;

  @NotNull
  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @NotNull
  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  @NotNull
  @Column(name = "registration_deadline")
  private LocalDate registrationDeadline;

  @Size(max = OfferingPlan.VENUE_MAX)
  private String venue;

  @Size(max = OfferingPlan.ONLINE_URL_MAX)
  @Column(name = "online_url")
  private String onlineUrl;

  @Min(1)
  private int capacity;

  @Size(max = OfferingPlan.INSTRUCTOR_MAX)
  private String instructor;

  @NotNull
  @Enumerated(EnumType.STRING)
  private OfferingStatus status;

  @NotBlank
  @Size(max = 64)
  @Column(name = "scheduled_by", updatable = false)
  private String scheduledBy;

  @NotNull
  @Column(name = "scheduled_at", updatable = false)
  private LocalDateTime scheduledAt;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  @Size(max = CANCEL_REASON_MAX)
  @Column(name = "cancel_reason")
  private String cancelReason;

  /** Seats taken: counted here, under the row lock every enrolment takes (see {@link #arrive}). */
  private int enrolled;

  private int waitlisted;

  /** How many have asked for a place so far: the order of arrival on the waitlist. */
  private long arrivals;

  @Version private long version;

  protected Offering() {}

  /**
   * Schedules an offering of a course.
   *
   * @throws OfferingRuleException when the course is retired or e-learning, or the plan breaks a
   *     rule
   */
  public Offering(Course course, OfferingPlan plan, String scheduledBy, LocalDateTime now) {
    this.course = Objects.requireNonNull(course, "course");
    if (course.isRetired()) {
      throw new OfferingRuleException("course", "courseRetired");
    }
    if (course.getFormat() == CourseFormat.E_LEARNING) {
      throw new OfferingRuleException("course", "courseIsELearning");
    }
    take(plan);
    this.status = OfferingStatus.SCHEDULED;
    this.scheduledBy = Objects.requireNonNull(scheduledBy, "scheduledBy");
    this.scheduledAt = Objects.requireNonNull(now, "now");
  }

  /**
   * Changes dates, deadline, place, seats or instructor.
   *
   * @throws OfferingRuleException when the offering is cancelled or the plan breaks a rule
   */
  public void change(OfferingPlan plan) {
    if (isCancelled()) {
      throw new OfferingRuleException("status", "cancelled");
    }
    take(plan);
  }

  /**
   * Cancels the offering (中止); it stays on record with when and why.
   *
   * @throws OfferingRuleException when it is already cancelled
   */
  public void cancel(String reason, LocalDateTime at) {
    if (isCancelled()) {
      throw new OfferingRuleException("status", "cancelled");
    }
    String why = OfferingPlan.stripToNull(reason);
    if (why != null && why.length() > CANCEL_REASON_MAX) {
      throw new OfferingRuleException("cancelReason", "tooLong");
    }
    this.status = OfferingStatus.CANCELLED;
    this.cancelledAt = Objects.requireNonNull(at, "at");
    this.cancelReason = why;
  }

  /** The plan this offering follows now, for the form that changes it. */
  public OfferingPlan plan() {
    return new OfferingPlan(
        startsAt, endsAt, registrationDeadline, venue, onlineUrl, capacity, instructor);
  }

  private void take(OfferingPlan plan) {
    List<OfferingPlan.Violation> violations = plan.violations();
    if (!violations.isEmpty()) {
      throw new OfferingRuleException(violations);
    }
    if (plan.getCapacity() < enrolled) {
      throw new OfferingRuleException("capacity", "belowEnrolled");
    }
    this.startsAt = plan.getStartsAt();
    this.endsAt = plan.getEndsAt();
    this.registrationDeadline = plan.getRegistrationDeadline();
    this.venue = OfferingPlan.stripToNull(plan.getVenue());
    this.onlineUrl = OfferingPlan.stripToNull(plan.getOnlineUrl());
    this.capacity = plan.getCapacity();
    this.instructor = OfferingPlan.stripToNull(plan.getInstructor());
    this.fiscalYear = FiscalYear.of(startsAt.toLocalDate()).getYear();
  }

  /** Whether people may still ask for a place on this day: scheduled, and the deadline not past. */
  public boolean isOpenForRegistration(LocalDate today) {
    return !isCancelled() && !today.isAfter(registrationDeadline);
  }

  /** Whether it has begun (or is over) at this time. */
  public boolean hasStarted(LocalDateTime now) {
    return !now.isBefore(startsAt);
  }

  /**
   * Someone asks for a place: a seat while one is free, else the end of the waitlist. The caller
   * holds this offering's row lock, so arrivals are numbered in the order they came.
   *
   * @return the arrival number, positive for a seat and negative for the waitlist
   */
  public long arrive() {
    arrivals++;
    if (enrolled < capacity) {
      enrolled++;
      return arrivals;
    }
    waitlisted++;
    return -arrivals;
  }

  /** Someone leaves a seat or the waitlist (withdrawn, cancelled). */
  public void leave(boolean seated) {
    if (seated) {
      enrolled--;
    } else {
      waitlisted--;
    }
  }

  /** The first on the waitlist takes a freed seat. */
  public void promote() {
    if (waitlisted == 0 || enrolled >= capacity) {
      throw new IllegalStateException("no one to promote into a free seat of " + this);
    }
    waitlisted--;
    enrolled++;
  }

  /** Whether a freed seat has someone on the waitlist to go to. */
  public boolean hasFreeSeatAndWaitlist() {
    return !isCancelled() && enrolled < capacity && waitlisted > 0;
  }

  public int getSeatsLeft() {
    return isCancelled() ? 0 : Math.max(0, capacity - enrolled);
  }

  public int getEnrolled() {
    return enrolled;
  }

  public int getWaitlisted() {
    return waitlisted;
  }

  public boolean isCancelled() {
    return status == OfferingStatus.CANCELLED;
  }

  public boolean isOnline() {
    return onlineUrl != null;
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public LocalDate getRegistrationDeadline() {
    return registrationDeadline;
  }

  public String getVenue() {
    return venue;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public int getCapacity() {
    return capacity;
  }

  public String getInstructor() {
    return instructor;
  }

  public OfferingStatus getStatus() {
    return status;
  }

  public String getScheduledBy() {
    return scheduledBy;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  @Override
  public String toString() {
    return "Offering " + id + " of " + course.getCode() + " at " + startsAt;
  }
}
