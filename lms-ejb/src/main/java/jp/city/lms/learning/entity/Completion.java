package jp.city.lms.learning.entity;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.entity.Staff;

/**
 * A course someone finished on a day, passed (修了) or not (未修了), with the score and the platform it
 * came from. One per person, course and day: the same completion arriving twice is recorded once.
 * It stays when the course is retired or the person leaves.
 */
@Entity
@Table(name = "completion")
@NamedQuery(
    name = Completion.OF_PERSON,
    query =
        "SELECT c FROM Completion c JOIN FETCH c.course WHERE c.staff = :staff"
            + " ORDER BY c.completedOn DESC, c.id DESC")
@NamedQuery(
    name = Completion.PASSED_OF_PEOPLE,
    query =
        "SELECT c.staff.id, c.course.code, MIN(c.completedOn) FROM Completion c"
            + " WHERE c.staff.id IN :staff AND c.passed = true"
            + " GROUP BY c.staff.id, c.course.code")
@NamedQuery(
    name = Completion.OF_ENROLMENT,
    query = "SELECT c FROM Completion c WHERE c.enrolmentId = :enrolment")
@NamedQuery(
    name = Completion.SAME,
    query =
        "SELECT c FROM Completion c WHERE c.staff = :staff AND c.course = :course"
            + " AND c.completedOn = :on")
public class Completion {

  public static final String OF_PERSON = "Completion.ofPerson";
  public static final String PASSED_OF_PEOPLE = "Completion.passedOfPeople";
  public static final String OF_ENROLMENT = "Completion.ofEnrolment";
  public static final String SAME = "Completion.same";

  public static final int SOURCE_MAX = 200;

  /** Where attendance taken by the training office is recorded as coming from. */
  public static final String ATTENDANCE = "attendance";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "completion")
  @TableGenerator(
      name = "completion",
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

  @Column(name = "completed_on", updatable = false)
  private LocalDate completedOn;

  @Column(name = "fiscal_year", updatable = false)
  private int fiscalYear;

  private boolean passed;

  private Integer score;

  private String source;

  @Column(name = "enrolment_id")
  private Long enrolmentId;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version private long version;

  protected Completion() {}

  public Completion(
      Staff staff,
      Course course,
      LocalDate completedOn,
      boolean passed,
      Integer score,
      String source,
      Long enrolmentId,
      String by,
      LocalDateTime at) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.course = Objects.requireNonNull(course, "course");
    this.completedOn = Objects.requireNonNull(completedOn, "completedOn");
    this.fiscalYear = FiscalYear.of(completedOn).getYear();
    this.enrolmentId = enrolmentId;
    take(passed, score, source, by, at);
  }

  /**
   * The same completion came again: takes what it says now.
   *
   * @return whether anything changed
   */
  public boolean update(
      boolean newPassed, Integer newScore, String newSource, String by, LocalDateTime at) {
    if (passed == newPassed
        && Objects.equals(score, newScore)
        && Objects.equals(source, newSource)) {
      return false;
    }
    take(newPassed, newScore, newSource, by, at);
    return true;
  }

  private void take(
      boolean newPassed, Integer newScore, String newSource, String by, LocalDateTime at) {
    if (newScore != null && (newScore < 0 || newScore > 100)) {
      throw new IllegalArgumentException("a score is 0-100: " + newScore);
    }
    this.passed = newPassed;
    this.score = newScore;
    this.source = newSource;
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(at, "at");
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

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public boolean isPassed() {
    return passed;
  }

  public Integer getScore() {
    return score;
  }

  public String getSource() {
    return source;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
