package jp.city.lms.skills.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a talent search asks for (人材検索): skills at least at a level, judged by one source or by the
 * best of the three, and how well someone fits: everyone who meets every requirement, the furthest
 * above them first.
 *
 * @param source null for the best of the sources
 */
public record TalentCriteria(List<Requirement> requirements, AssessmentSource source) {

  /** A skill at least at a level. */
  public record Requirement(String skill, int atLeast) {

    public Requirement {
      Objects.requireNonNull(skill, "skill");
    }
  }

  public TalentCriteria {
    requirements = List.copyOf(requirements);
  }

  /** The level that counts for a skill: of the source asked for, or the best of the three. */
  public OptionalInt level(Map<AssessmentSource, Integer> latest) {
    if (latest == null) {
      return OptionalInt.empty();
    }
    if (source != null) {
      Integer level = latest.get(source);
      return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }
    return latest.values().stream().mapToInt(Integer::intValue).max();
  }

  /**
   * How far someone is above the requirements (0 when exactly at them), or empty when they miss
   * one.
   *
   * @param latest the person's latest level per skill and source
   */
  public OptionalInt fit(Map<String, Map<AssessmentSource, Integer>> latest) {
    int surplus = 0;
    for (Requirement r : requirements) {
      OptionalInt level = level(latest.get(r.skill()));
      if (level.isEmpty() || level.getAsInt() < r.atLeast()) {
        return OptionalInt.empty();
      }
      surplus += level.getAsInt() - r.atLeast();
    }
    return OptionalInt.of(surplus);
  }
}
