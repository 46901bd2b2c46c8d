package jp.city.lms.skills.entity;

import java.util.Map;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillCategory;

/**
 * Where someone stands on a skill category as a whole (a column of the skill map by category): the
 * mean of the levels that count over the category's assessed skills, and how many of the skills
 * their target sets in it they reach. A category is met only when every target in it is; a skill
 * nobody has assessed counts as the scale's lowest level against its target, as in {@link
 * SkillStanding#gap}.
 *
 * @param mean null when no skill of the category is assessed
 * @param targeted skills of the category with a target
 * @param met of those, the ones at or above it
 */
public record CategoryStanding(String category, Double mean, int targeted, int met) {

  public static CategoryStanding of(
      SkillCategory category, Map<String, SkillStanding> standings, int lowestLevel) {
    int sum = 0;
    int assessed = 0;
    int targeted = 0;
    int met = 0;
    for (Skill skill : category.skills()) {
      SkillStanding s = standings.get(skill.code());
      if (s == null) {
        continue;
      }
      if (s.assessed() != null) {
        sum += s.assessed();
        assessed++;
      }
      Integer gap = s.gap(lowestLevel);
      if (gap != null) {
        targeted++;
        met += gap >= 0 ? 1 : 0;
      }
    }
    return new CategoryStanding(
        category.code(), assessed == 0 ? null : (double) sum / assessed, targeted, met);
  }

  /** Whether the category sets this person any target. */
  public boolean hasTarget() {
    return targeted > 0;
  }

  /** Every target of the category reached; false without a target. */
  public boolean isMet() {
    return targeted > 0 && met == targeted;
  }
}
