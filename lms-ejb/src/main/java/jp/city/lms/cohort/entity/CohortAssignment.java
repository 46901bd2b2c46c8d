package jp.city.lms.cohort.entity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.city.lms.curriculum.entity.Course;

/**
 * A cohort assigned to a course with a due date (受講指定): every member, and everyone who joins the
 * cohort later, is required to complete the course by then. The office may also have placed the
 * members in offerings of the course at once ({@link Mode#OFFERINGS}), the overflow beyond the
 * seats waitlisted on the first offering or spread over the waitlists of all of them.
 */
@Entity
@Table(name = "cohort_assignment")
@NamedQuery(
    name = CohortAssignment.OF_COHORT,
    query =
        "SELECT a FROM CohortAssignment a JOIN FETCH a.course WHERE a.cohort = :cohort"
            + " ORDER BY a.id")
public class CohortAssignment {

  public static final String OF_COHORT = "CohortAssignment.ofCohort";

  /** Whether the members were also placed in offerings when the cohort was assigned. */
  public enum Mode {
    DUE_DATE,
    OFFERINGS
  }

  /** Where people go who find no seat. */
  public enum Overflow {
    /** on the waitlist of the first offering */
    WAITLIST,
    /** round the waitlists of all the offerings chosen, one each in turn */
    SPREAD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "cohort_assignment")
  @TableGenerator(
      name = "cohort_assignment",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 10)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", updatable = false)
  private Cohort cohort;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", updatable = false)
  private Course course;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Mode mode;

  @Enumerated(EnumType.STRING)
  private Overflow overflow;

  @Column(name = "assigned_on", nullable = false, updatable = false)
  private LocalDate assignedOn;

  @Column(name = "assigned_by", nullable = false, updatable = false)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private LocalDateTime assignedAt;

  protected CohortAssignment() {}

  /**
   * @param overflow null unless the members are placed in offerings
   * @throws IllegalArgumentException for a due date before the day of the assignment
   */
  public CohortAssignment(
      Cohort cohort,
      Course course,
      LocalDate dueOn,
      Overflow overflow,
      String by,
      LocalDateTime at) {
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.course = Objects.requireNonNull(course, "course");
    this.assignedOn = at.toLocalDate();
    if (dueOn.isBefore(assignedOn)) {
      throw new IllegalArgumentException("due before it is assigned: " + dueOn);
    }
    this.dueOn = dueOn;
    this.mode = overflow == null ? Mode.DUE_DATE : Mode.OFFERINGS;
    this.overflow = overflow;
    this.assignedBy = by;
    this.assignedAt = at;
  }

  /** The requirement this assignment gives a member of the cohort from a date. */
  public Requirement require(jp.city.lms.registry.entity.Staff staff, LocalDate from) {
    return Requirement.ofCohort(this, staff, from);
  }

  public String sourceKey() {
    return "cohort-assignment:" + id;
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public Course getCourse() {
    return course;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Mode getMode() {
    return mode;
  }

  public Overflow getOverflow() {
    return overflow;
  }

  public LocalDate getAssignedOn() {
    return assignedOn;
  }

  public String getAssignedBy() {
    return assignedBy;
  }
}
