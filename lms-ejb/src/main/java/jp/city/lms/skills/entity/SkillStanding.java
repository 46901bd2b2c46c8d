package jp.city.lms.skills.entity;

import jp.city.lms.curriculum.entity.Skill;

/**
 * Where someone stands on one skill as of a date: the latest level of each source (null where that
 * source has none yet), the level the courses they completed develop ({@code evidence}, kept apart
 * from the three sources: a course says what it teaches, not what someone can do) and the target of
 * their tier (null where the tier sets none).
 *
 * <p>The level that counts against the target ({@link #assessed()}) is the higher of the manager's
 * and the test's, which others than the person vouch for; only when neither exists does the
 * self-assessment count. The three stay visible side by side.
 */
public record SkillStanding(
    Skill skill, Integer self, Integer manager, Integer test, Integer evidence, Integer target) {

  /** The level that counts against the target, or null when nobody has assessed the skill. */
  public Integer assessed() {
    // plain comparisons: a skill map computes this some 25,000 times for 300 people
    if (manager != null && test != null) {
      return manager >= test ? manager : test;
    }
    return manager != null ? manager : test != null ? test : self;
  }

  /**
   * The level that counts minus the target: negative when short of it, 0 or more when reached; null
   * without a target. A skill nobody has assessed counts as the scale's lowest level.
   */
  public Integer gap(int lowestLevel) {
    if (target == null) {
      return null;
    }
    Integer level = assessed();
    return (level == null ? lowestLevel : level) - target;
  }

  // pages read bean getters: Jakarta EL 5 (EE 10) does not know record accessors

  public Skill getSkill() {
    return skill;
  }

  public Integer getSelf() {
    return self;
  }

  public Integer getManager() {
    return manager;
  }

  public Integer getTest() {
    return test;
  }

  public Integer getEvidence() {
    return evidence;
  }

  public Integer getTarget() {
    return target;
  }
}
