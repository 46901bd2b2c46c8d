package jp.city.lms.skills.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * What a skill map or a search needs of an {@link Assessment}: its skill, source, level and what
 * orders it among the others, read as plain values rather than as entities, because a map of a few
 * hundred people reads tens of thousands of them.
 *
 * @param id the assessment's id; {@link Long#MAX_VALUE} for one not stored yet
 */
public record AssessedLevel(
    String skill,
    AssessmentSource source,
    int level,
    LocalDate assessedOn,
    LocalDateTime recordedAt,
    long id) {

  /**
   * Newest first: the later date; on the same date the one recorded later; then the later id (two
   * recorded in the same instant).
   */
  public static final Comparator<AssessedLevel> NEWEST_FIRST =
      Comparator.comparing(AssessedLevel::assessedOn)
          .thenComparing(AssessedLevel::recordedAt)
          .thenComparingLong(AssessedLevel::id)
          .reversed();

  public static AssessedLevel of(Assessment a) {
    return new AssessedLevel(
        a.getSkillCode(),
        a.getSource(),
        a.getLevel(),
        a.getAssessedOn(),
        a.getRecordedAt(),
        a.getId() == null ? Long.MAX_VALUE : a.getId());
  }
}
