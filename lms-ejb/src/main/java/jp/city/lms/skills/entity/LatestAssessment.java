package jp.city.lms.skills.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The latest {@link Assessment} of a person, skill and source (newest by {@link
 * AssessedLevel#NEWEST_FIRST}, the order of {@link SkillProfile}), kept beside the history by every
 * write of assessments in the same transaction ({@code
 * jp.city.lms.skills.control.LatestAssessments}) so that a skill map or a search reads one row per
 * skill and source instead of all of them. It is the latest as of a date only while none of it is
 * dated after that date ({@link #AFTER}); for an earlier date the history answers. Written only by
 * SQL, read as plain values; never cached, since the SQL changes it behind the persistence context.
 */
@Entity
@Cacheable(false)
@Table(name = "assessment_latest")
@NamedQuery(
    name = LatestAssessment.OF_PEOPLE,
    query =
        "SELECT a.staffId, a.skillCode, a.source, a.level, a.assessedOn, a.recordedAt,"
            + " a.assessmentId FROM LatestAssessment a WHERE a.staffId IN :staff")
@NamedQuery(
    name = LatestAssessment.OF_PEOPLE_AND_SKILLS,
    query =
        "SELECT a.staffId, a.skillCode, a.source, a.level, a.assessedOn, a.recordedAt,"
            + " a.assessmentId FROM LatestAssessment a"
            + " WHERE a.staffId IN :staff AND a.skillCode IN :skills")
@NamedQuery(
    name = LatestAssessment.AFTER,
    query = "SELECT a.assessmentId FROM LatestAssessment a WHERE a.assessedOn > :asOf")
public class LatestAssessment {

  /** The rows of some people, as {@link Assessment#level} reads them. */
  public static final String OF_PEOPLE = "LatestAssessment.ofPeople";

  /** The rows of some people and skills, as {@link Assessment#level} reads them. */
  public static final String OF_PEOPLE_AND_SKILLS = "LatestAssessment.ofPeopleAndSkills";

  /** Any row dated after a date: then the table is not the latest as of it. */
  public static final String AFTER = "LatestAssessment.after";

  /** Unique as well: an assessment is the latest of its person, skill and source or is not. */
  @Id
  @Column(name = "assessment_id")
  private Long assessmentId;

  @Column(name = "staff_id", insertable = false, updatable = false)
  private Long staffId;

  @Column(name = "skill_code", insertable = false, updatable = false)
  private String skillCode;

  @Enumerated(EnumType.STRING)
  @Column(insertable = false, updatable = false)
  private AssessmentSource source;

  @Column(name = "skill_level", insertable = false, updatable = false)
  private int level;

  @Column(name = "assessed_on", insertable = false, updatable = false)
  private LocalDate assessedOn;

  @Column(name = "recorded_at", insertable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected LatestAssessment() {}

  public Long getAssessmentId() {
    return assessmentId;
  }

  public Long getStaffId() {
    return staffId;
  }

  public String getSkillCode() {
    return skillCode;
  }

  public AssessmentSource getSource() {
    return source;
  }

  public int getLevel() {
    return level;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
