package jp.city.lms.skills.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.control.SkillLevels;
import jp.city.lms.skills.entity.AssessmentSource;
import jp.city.lms.skills.entity.CategoryStanding;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.SkillStanding;
import jp.city.lms.skills.entity.TargetShare;

/**
 * The team skill map (スキルマップ): the people of the caller's scope as of a date (a manager's unit and
 * everything below it, any unit for the training office), each with the latest level of every
 * source per skill against the target of the tier they held then, and per skill the share of the
 * group at or above its target, per skill and per skill category, for everyone shown and for each
 * unit one level down (the department aggregate). The map shows assessments only: course evidence
 * is on each person's profile. As of today it reads the latest of each skill and source ({@link
 * LatestAssessments}), as of an earlier date the history.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class SkillMaps {

  private static final Pattern OUTER_SLASHES = Pattern.compile("^/+|/+$");

  @PersistenceContext EntityManager em;
  @EJB Curriculum curriculum;
  @EJB RegistryHistory registry;
  @EJB Callers callers;

  /**
   * A person's line of the map.
   *
   * @param tier the tier whose target applies then
   * @param standings by skill code, every skill of the framework
   * @param categories by category code, every category of the framework
   */
  public record Line(
      PersonAsOf person,
      String tier,
      Map<String, SkillStanding> standings,
      Map<String, CategoryStanding> categories) {

    public PersonAsOf getPerson() {
      return person;
    }

    public String getTier() {
      return tier;
    }

    public SkillStanding standing(String skill) {
      return standings.get(skill);
    }

    public CategoryStanding category(String code) {
      return categories.get(code);
    }
  }

  /**
   * The department aggregate: the people of one unit directly under the map's unit (or of a top
   * unit, for the whole city), with the share at target per skill and per category code. Each share
   * hides itself for fewer than {@link TargetShare#SMALLEST_SHOWN} people.
   */
  public record UnitShares(String unitCode, int people, Map<String, TargetShare> shares) {

    public String getUnitCode() {
      return unitCode;
    }

    public int getPeople() {
      return people;
    }

    public TargetShare share(String code) {
      return shares.get(code);
    }
  }

  /**
   * The map: the lines in unit order; per skill and per category code, the share at target of
   * everyone shown; and the same per unit one level down.
   */
  public record SkillMap(
      LocalDate asOf, List<Line> lines, Map<String, TargetShare> shares, List<UnitShares> byUnit) {}

  /**
   * The map of the caller's scope on a date (the whole city for the training office and
   * administrators), optionally of one unit and what is below it, and of the people whose target is
   * of one tier.
   *
   * @param unitCode null for the whole scope
   * @param tier null for everyone
   * @throws jp.city.lms.platform.entity.OutOfScopeException for a unit outside the scope
   */
  public SkillMap map(@NotNull LocalDate asOf, String unitCode, String tier) {
    Scope scope = callers.scope(asOf);
    List<PersonAsOf> people = registry.people(scope, unitCode);
    SkillFramework framework = curriculum.content().skills();
    int lowest = framework.minLevel();
    List<String> tiers = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    List<String> numbers = people.stream().map(PersonAsOf::employeeNo).toList();
    // the latest of each skill and source (one row each) of everyone with none dated after the
    // date, otherwise the history up to it; plain values, since a map of 300 people reads some
    // 13,000 levels
    SkillLevels.PeopleLevels read = SkillLevels.ofPeople(em, numbers, asOf);
    Map<String, Map<String, Map<AssessmentSource, Integer>>> assessed = read.levels();
    Map<Long, Map<String, LocalDate>> achieved = SkillLevels.tiersOf(em, read.staffIds().values());
    List<Line> lines = new ArrayList<>();
    Map<String, Tally> shares = new LinkedHashMap<>();
    Map<String, Map<String, Tally>> unitShares = new LinkedHashMap<>();
    Map<String, Integer> unitPeople = new HashMap<>();
    Map<String, Map<String, Integer>> targets = new HashMap<>();
    for (PersonAsOf person : people) {
      String held =
          SkillProfile.targetTier(
              tiers,
              achieved.getOrDefault(read.staffIds().get(person.employeeNo()), Map.of()),
              asOf);
      if (tier != null && !tier.isBlank() && !tier.equals(held)) {
        continue;
      }
      Map<String, Integer> target =
          held == null
              ? Map.of()
              : targets.computeIfAbsent(held, t -> framework.targetFor(t, null));
      Map<String, SkillStanding> standings = new LinkedHashMap<>();
      for (SkillStanding s :
          SkillProfile.ofLatest(
              framework, assessed.getOrDefault(person.employeeNo(), Map.of()), Map.of(), target)) {
        standings.put(s.skill().code(), s);
      }
      Map<String, CategoryStanding> categories = new LinkedHashMap<>();
      for (SkillCategory c : framework.categories()) {
        categories.put(c.code(), CategoryStanding.of(c, standings, lowest));
      }
      String group = groupOf(person.orgPath(), unitCode);
      unitPeople.merge(group, 1, Integer::sum);
      Map<String, Tally> ofUnit = unitShares.computeIfAbsent(group, g -> new HashMap<>());
      for (SkillStanding s : standings.values()) {
        Integer gap = s.gap(lowest);
        if (gap != null) {
          count(shares, s.skill().code(), gap >= 0);
          count(ofUnit, s.skill().code(), gap >= 0);
        }
      }
      for (CategoryStanding c : categories.values()) {
        if (c.hasTarget()) {
          count(shares, c.category(), c.isMet());
          count(ofUnit, c.category(), c.isMet());
        }
      }
      lines.add(new Line(person, held, standings, categories));
    }
    List<UnitShares> byUnit = new ArrayList<>();
    unitShares.forEach(
        (code, ofUnit) ->
            byUnit.add(new UnitShares(code, unitPeople.get(code), Tally.shares(ofUnit, false))));
    return new SkillMap(asOf, lines, Tally.shares(shares, true), byUnit);
  }

  /**
   * The unit a person counts in for the department aggregate: the one directly under the map's unit
   * on their path ({@code /top/dept/section/}), the map's unit itself for its own people, or the
   * top unit for the whole city.
   */
  static String groupOf(String orgPath, String unitCode) {
    String[] codes = OUTER_SLASHES.matcher(orgPath).replaceAll("").split("/");
    if (unitCode == null || unitCode.isBlank()) {
      return codes[0];
    }
    for (int i = 0; i < codes.length; i++) {
      if (codes[i].equals(unitCode)) {
        return i + 1 < codes.length ? codes[i + 1] : codes[i];
      }
    }
    return codes[codes.length - 1];
  }

  private static void count(Map<String, Tally> shares, String code, boolean reached) {
    Tally tally = shares.computeIfAbsent(code, c -> new Tally());
    tally.people++;
    tally.atTarget += reached ? 1 : 0;
  }

  /**
   * A share at target being counted: one counter per skill and category per group, not a new {@link
   * TargetShare} per person.
   */
  private static final class Tally {
    int people;
    int atTarget;

    static Map<String, TargetShare> shares(Map<String, Tally> tallies, boolean inOrder) {
      Map<String, TargetShare> shares = inOrder ? new LinkedHashMap<>() : new HashMap<>();
      tallies.forEach((code, t) -> shares.put(code, new TargetShare(t.people, t.atTarget)));
      return shares;
    }
  }
}
