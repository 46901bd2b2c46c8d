package jp.city.lms.skills.entity;

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
import java.util.Map;
import java.util.Objects;
import jp.city.lms.registry.entity.Staff;

/**
 * A level of one skill of the framework someone was assessed at on a date, from one {@link
 * AssessmentSource}, with who recorded it, when, and the framework version it was made against. It
 * is never changed and never removed: a new assessment of the same skill and source adds history,
 * and a profile reads the latest as of a date. The date is the day the assessment speaks of, which
 * may lie before the day it was recorded (a test taken last week).
 */
@Entity
@Table(name = "assessment")
@NamedQuery(
    name = Assessment.OF_PERSON_UNTIL,
    query =
        "SELECT a FROM Assessment a WHERE a.staff = :staff AND a.assessedOn <= :asOf"
            + " ORDER BY a.assessedOn DESC, a.recordedAt DESC, a.id DESC")
@NamedQuery(
    name = Assessment.LEVELS_OF_PEOPLE_UNTIL,
    query =
        "SELECT a.staffId, a.skillCode, a.source, a.level, a.assessedOn, a.recordedAt, a.id"
            + " FROM Assessment a WHERE a.staffId IN :staff AND a.assessedOn <= :asOf")
@NamedQuery(
    name = Assessment.HISTORY,
    query =
        "SELECT a FROM Assessment a WHERE a.staff = :staff AND a.skillCode = :skill"
            + " ORDER BY a.assessedOn, a.recordedAt, a.id")
public class Assessment {

  public static final String OF_PERSON_UNTIL = "Assessment.ofPersonUntil";
  public static final String LEVELS_OF_PEOPLE_UNTIL = "Assessment.levelsOfPeopleUntil";

  /**
   * A row of {@link #LEVELS_OF_PEOPLE_UNTIL} (or a query of the same columns) as the person's id
   * and the level.
   */
  public static Map.Entry<Long, AssessedLevel> level(Object[] row) {
    return Map.entry(
        (Long) row[0],
        new AssessedLevel(
            (String) row[1],
            (AssessmentSource) row[2],
            (Integer) row[3],
            (LocalDate) row[4],
            (LocalDateTime) row[5],
            (Long) row[6]));
  }

  public static final String HISTORY = "Assessment.history";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "assessment")
  @TableGenerator(
      name = "assessment",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 100)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", updatable = false)
  private Staff staff;

  /**
   * The same column as {@link #staff}, read only: queries of many people's levels name it so that
   * the database answers from the assessment's indexes without joining the staff table.
   */
  @Column(name = "staff_id", insertable = false, updatable = false)
  private Long staffId;

  @Column(name = "skill_code", updatable = false)
  private String skillCode;

  @Column(name = "skill_level", updatable = false)
  private int level;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private AssessmentSource source;

  @Column(name = "assessed_on", updatable = false)
  private LocalDate assessedOn;

  @Column(name = "framework_version", updatable = false)
  private String frameworkVersion;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private LocalDateTime recordedAt;

  protected Assessment() {}

  /**
   * An assessment as the boundary checked it: the skill is in the framework, the level on its
   * scale, the date not ahead of today, the source one the recorder may use.
   */
  public Assessment(
      Staff staff,
      String skillCode,
      int level,
      AssessmentSource source,
      LocalDate assessedOn,
      String frameworkVersion,
      String recordedBy,
      LocalDateTime recordedAt) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.skillCode = Objects.requireNonNull(skillCode, "skillCode");
    this.level = level;
    this.source = Objects.requireNonNull(source, "source");
    this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
    this.frameworkVersion = Objects.requireNonNull(frameworkVersion, "frameworkVersion");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** For tests of what reads assessments: one with an id, as the database would give it. */
  static Assessment withId(
      long id,
      Staff staff,
      String skillCode,
      int level,
      AssessmentSource source,
      LocalDate assessedOn,
      LocalDateTime recordedAt) {
    Assessment a =
        new Assessment(staff, skillCode, level, source, assessedOn, "test", "test", recordedAt);
    a.id = id;
    return a;
  }

  public Long getId() {
    return id;
  }

  public Staff getStaff() {
    return staff;
  }

  public String getSkillCode() {
    return skillCode;
  }

  public int getLevel() {
    return level;
  }

  public AssessmentSource getSource() {
    return source;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public String getFrameworkVersion() {
    return frameworkVersion;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
