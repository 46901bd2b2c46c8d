package jp.city.lms.skills.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;

/**
 * Someone's skill profile as of a date: for every skill of the framework, the latest assessment of
 * each source on or before that date, and the target of the tier they held then.
 *
 * <p>"Latest" is by the date an assessment speaks of, then by when it was recorded: a test dated
 * last week and recorded today replaces an older one, and is not seen as of a date before last
 * week. Two of the same source on the same day: the one recorded later wins.
 */
public final class SkillProfile {

  private SkillProfile() {}

  /**
   * One standing per skill of the framework, in the framework's order (categories, then skills).
   *
   * @param assessments the person's assessments, in any order and of any date
   * @param evidence the level the courses completed by then develop, per skill code
   * @param target the target level per skill code (skills without one are left out)
   */
  public static List<SkillStanding> of(
      SkillFramework framework,
      List<Assessment> assessments,
      LocalDate asOf,
      Map<String, Integer> evidence,
      Map<String, Integer> target) {
    return ofLevels(
        framework, assessments.stream().map(AssessedLevel::of).toList(), asOf, evidence, target);
  }

  /** As {@link #of}, from assessments read as plain values. */
  public static List<SkillStanding> ofLevels(
      SkillFramework framework,
      List<AssessedLevel> assessments,
      LocalDate asOf,
      Map<String, Integer> evidence,
      Map<String, Integer> target) {
    return ofLatest(framework, latestLevels(assessments, asOf), evidence, target);
  }

  /**
   * As {@link #of}, from the latest level per skill code and source as of the date, already known
   * (as {@link #latestLevels} gives it, or as {@code assessment_latest} holds it).
   */
  public static List<SkillStanding> ofLatest(
      SkillFramework framework,
      Map<String, Map<AssessmentSource, Integer>> latest,
      Map<String, Integer> evidence,
      Map<String, Integer> target) {
    List<SkillStanding> standings = new ArrayList<>();
    for (SkillCategory category : framework.categories()) {
      for (Skill skill : category.skills()) {
        Map<AssessmentSource, Integer> levels = latest.getOrDefault(skill.code(), Map.of());
        standings.add(
            new SkillStanding(
                skill,
                levels.get(AssessmentSource.SELF),
                levels.get(AssessmentSource.MANAGER),
                levels.get(AssessmentSource.TEST),
                evidence.get(skill.code()),
                target.get(skill.code())));
      }
    }
    return standings;
  }

  /** The latest level per skill code and source, as of the date. */
  public static Map<String, Map<AssessmentSource, Integer>> latest(
      List<Assessment> assessments, LocalDate asOf) {
    return latestLevels(assessments.stream().map(AssessedLevel::of).toList(), asOf);
  }

  /** As {@link #latest}, from assessments read as plain values. */
  public static Map<String, Map<AssessmentSource, Integer>> latestLevels(
      List<AssessedLevel> assessments, LocalDate asOf) {
    Map<String, Map<AssessmentSource, AssessedLevel>> newest = new HashMap<>();
    for (AssessedLevel a : assessments) {
      if (a.assessedOn().isAfter(asOf)) {
        continue;
      }
      newest
          .computeIfAbsent(a.skill(), k -> new EnumMap<>(AssessmentSource.class))
          .merge(
              a.source(),
              a,
              (known, other) ->
                  AssessedLevel.NEWEST_FIRST.compare(known, other) <= 0 ? known : other);
    }
    Map<String, Map<AssessmentSource, Integer>> levels = new HashMap<>();
    newest.forEach(
        (skill, bySource) -> {
          Map<AssessmentSource, Integer> l = new EnumMap<>(AssessmentSource.class);
          bySource.forEach((source, a) -> l.put(source, a.level()));
          levels.put(skill, l);
        });
    return levels;
  }

  /**
   * The course evidence: per skill, the highest level that the courses someone completed develop.
   *
   * @param courseSkills per course completed (passed) by then, the levels its content develops
   */
  public static Map<String, Integer> evidence(List<Map<String, Integer>> courseSkills) {
    Map<String, Integer> evidence = new HashMap<>();
    courseSkills.forEach(skills -> skills.forEach((s, l) -> evidence.merge(s, l, Math::max)));
    return evidence;
  }

  /**
   * The tier whose target profile applies as of a date: the highest tier achieved on or before it;
   * someone who holds none yet is aimed at the first tier (bronze), which the programme means for
   * every member of staff.
   *
   * @param tiersInOrder tier codes from the first to the highest
   * @param achieved the day each tier was achieved
   */
  public static String targetTier(
      List<String> tiersInOrder, Map<String, LocalDate> achieved, LocalDate asOf) {
    String held = tiersInOrder.isEmpty() ? null : tiersInOrder.get(0);
    for (String tier : tiersInOrder) {
      LocalDate on = achieved.get(tier);
      if (on != null && !on.isAfter(asOf)) {
        held = tier;
      }
    }
    return held;
  }
}
