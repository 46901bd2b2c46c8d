package jp.city.lms.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.entity.Staff;

/**
 * A course someone is required to complete by a date (必修): because their cohort was assigned it, or
 * because position-based training (階層別研修) applies to them in a fiscal year. A completion of the
 * course on or after the start of the fiscal year the requirement arose in meets it (what was done
 * earlier that year counts, as the home page always showed). Someone who leaves the cohort before
 * meeting it keeps the row, ended: nothing of their learning history goes.
 */
@Entity
@Table(name = "requirement")
@NamedQuery(
    name = Requirement.OF_PERSON,
    query =
        "SELECT r FROM Requirement r JOIN FETCH r.course WHERE r.staff.employeeNo = :no"
            + " AND r.endedOn IS NULL ORDER BY r.dueOn, r.id")
@NamedQuery(
    name = Requirement.OPEN_OF_SOURCE,
    query =
        "SELECT r FROM Requirement r JOIN FETCH r.staff s WHERE r.sourceKey = :source"
            + " AND r.endedOn IS NULL")
@NamedQuery(
    name = Requirement.OPEN,
    query =
        "SELECT r FROM Requirement r JOIN FETCH r.staff JOIN FETCH r.course"
            + " WHERE r.endedOn IS NULL ORDER BY r.dueOn, r.id")
public class Requirement {

  public static final String OF_PERSON = "Requirement.ofPerson";
  public static final String OPEN_OF_SOURCE = "Requirement.openOfSource";
  public static final String OPEN = "Requirement.open";

  /** Where someone stands on a requirement on a date. */
  public enum State {
    DONE,
    DUE,
    OVERDUE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "requirement")
  @TableGenerator(
      name = "requirement",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 500)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", updatable = false)
  private Staff staff;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", updatable = false)
  private Course course;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "counts_from", nullable = false, updatable = false)
  private LocalDate countsFrom;

  @Column(name = "source_key", nullable = false, updatable = false)
  private String sourceKey;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_assignment_id", updatable = false)
  private CohortAssignment cohortAssignment;

  @Column(name = "position_training", updatable = false)
  private String positionTraining;

  @Column(name = "required_from", nullable = false, updatable = false)
  private LocalDate requiredFrom;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  protected Requirement() {}

  private Requirement(
      Staff staff, Course course, LocalDate dueOn, LocalDate from, String sourceKey) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.course = Objects.requireNonNull(course, "course");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.requiredFrom = Objects.requireNonNull(from, "from");
    this.countsFrom = FiscalYear.of(from).getStart();
    this.sourceKey = sourceKey;
  }

  static Requirement ofCohort(CohortAssignment assignment, Staff staff, LocalDate from) {
    Requirement r =
        new Requirement(
            staff, assignment.getCourse(), assignment.getDueOn(), from, assignment.sourceKey());
    r.cohortAssignment = assignment;
    return r;
  }

  /**
   * Position-based training of a fiscal year for someone its rule selects: due by the end of that
   * year.
   */
  public static Requirement ofPositionTraining(
      String trainingCode, Course course, Staff staff, FiscalYear year, LocalDate from) {
    Requirement r =
        new Requirement(staff, course, year.getEnd(), from, positionKey(trainingCode, year));
    r.positionTraining = trainingCode;
    return r;
  }

  public static String positionKey(String trainingCode, FiscalYear year) {
    return "position:" + trainingCode + ":" + year.getYear();
  }

  /**
   * Where the person stands on {@code today}.
   *
   * @param completedOn the day they completed the course, the first on or after {@link
   *     #getCountsFrom()}; null if they have not
   */
  public State state(LocalDate completedOn, LocalDate today) {
    if (completedOn != null && !completedOn.isBefore(countsFrom)) {
      return State.DONE;
    }
    return today.isAfter(dueOn) ? State.OVERDUE : State.DUE;
  }

  /** The person left the cohort on {@code on}: not required any more, kept as it was. */
  public void end(LocalDate on) {
    if (endedOn == null) {
      endedOn = on;
    }
  }

  public Long getId() {
    return id;
  }

  public Staff getStaff() {
    return staff;
  }

  public Course getCourse() {
    return course;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getCountsFrom() {
    return countsFrom;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public CohortAssignment getCohortAssignment() {
    return cohortAssignment;
  }

  public String getPositionTraining() {
    return positionTraining;
  }

  public LocalDate getRequiredFrom() {
    return requiredFrom;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }
}
