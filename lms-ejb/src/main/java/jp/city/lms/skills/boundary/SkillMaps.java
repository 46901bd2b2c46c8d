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
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.learning.entity.TierAchievement;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.SkillStanding;
import jp.city.lms.skills.entity.TargetShare;

/**
 * The team skill map (スキルマップ): the people of the caller's scope as of a date (a manager's unit and
 * everything below it, any unit for the training office), each with the latest level of every
 * source per skill against the target of the tier they held then, and per skill the share of the
 * group at or above its target. The map shows assessments only: course evidence is on each person's
 * profile.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class SkillMaps {

  /** How many people's assessments are read per query. */
  static final int CHUNK = 1_000;

  @PersistenceContext EntityManager em;
  @EJB Curriculum curriculum;
  @EJB RegistryHistory registry;
  @EJB Callers callers;

  /**
   * A person's line of the map.
   *
   * @param tier the tier whose target applies then
   * @param standings by skill code, every skill of the framework
   */
  public record Line(PersonAsOf person, String tier, Map<String, SkillStanding> standings) {

    public PersonAsOf getPerson() {
      return person;
    }

    public String getTier() {
      return tier;
    }

    public SkillStanding standing(String skill) {
      return standings.get(skill);
    }
  }

  /** The map: the lines in unit order and, per skill code, the share at target. */
  public record SkillMap(LocalDate asOf, List<Line> lines, Map<String, TargetShare> shares) {}

  /**
   * The map of the caller's scope on a date, optionally of one unit and what is below it, and of
   * the people whose target is of one tier.
   *
   * @param tier null for everyone
   * @throws jp.city.lms.platform.entity.OutOfScopeException for a unit outside the scope
   */
  public SkillMap map(@NotNull LocalDate asOf, String unitCode, String tier) {
    Scope scope = callers.scope(asOf);
    List<PersonAsOf> people = registry.people(scope, unitCode);
    SkillFramework framework = curriculum.content().skills();
    List<String> tiers = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    Map<String, Long> ids = new HashMap<>();
    Map<Long, List<Assessment>> assessed = new HashMap<>();
    Map<Long, Map<String, LocalDate>> achieved = new HashMap<>();
    List<String> numbers = people.stream().map(PersonAsOf::employeeNo).toList();
    for (int from = 0; from < numbers.size(); from += CHUNK) {
      List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
      List<Long> chunkIds = new ArrayList<>();
      for (Staff s :
          em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NOS, Staff.class)
              .setParameter("employeeNos", chunk)
              .getResultList()) {
        ids.put(s.getEmployeeNo(), s.getId());
        chunkIds.add(s.getId());
      }
      if (chunkIds.isEmpty()) {
        continue;
      }
      em.createNamedQuery(Assessment.OF_PEOPLE_UNTIL, Assessment.class)
          .setParameter("staff", chunkIds)
          .setParameter("asOf", asOf)
          .getResultStream()
          .forEach(
              a -> assessed.computeIfAbsent(a.getStaff().getId(), k -> new ArrayList<>()).add(a));
      em.createNamedQuery(TierAchievement.OF_PEOPLE, TierAchievement.class)
          .setParameter("staff", chunkIds)
          .getResultStream()
          .forEach(
              t ->
                  achieved
                      .computeIfAbsent(t.getStaff().getId(), k -> new HashMap<>())
                      .put(t.getTier(), t.getAchievedOn()));
    }
    List<Line> lines = new ArrayList<>();
    Map<String, TargetShare> shares = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> targets = new HashMap<>();
    for (PersonAsOf person : people) {
      Long id = ids.get(person.employeeNo());
      String held = SkillProfile.targetTier(tiers, achieved.getOrDefault(id, Map.of()), asOf);
      if (tier != null && !tier.isBlank() && !tier.equals(held)) {
        continue;
      }
      Map<String, Integer> target =
          held == null
              ? Map.of()
              : targets.computeIfAbsent(held, t -> framework.targetFor(t, null));
      Map<String, SkillStanding> standings = new LinkedHashMap<>();
      for (SkillStanding s :
          SkillProfile.of(
              framework, assessed.getOrDefault(id, List.of()), asOf, Map.of(), target)) {
        standings.put(s.skill().code(), s);
        Integer gap = s.gap(framework.minLevel());
        if (gap != null) {
          shares.merge(
              s.skill().code(),
              new TargetShare(0, 0).with(gap >= 0),
              (a, b) -> new TargetShare(a.people() + b.people(), a.atTarget() + b.atTarget()));
        }
      }
      lines.add(new Line(person, held, standings));
    }
    return new SkillMap(asOf, lines, shares);
  }
}
