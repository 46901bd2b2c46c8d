package jp.city.lms.skills.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.TalentCriteria;

/**
 * Talent search (人材検索): the people of the caller's scope as of a date (the whole city for the
 * training office, their unit and below for a manager) whose latest levels meet every requirement,
 * optionally of one unit, tier and job category, the best fit first. Only the assessments of the
 * skills asked for are read.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class TalentSearch {

  @PersistenceContext EntityManager em;
  @EJB Curriculum curriculum;
  @EJB RegistryHistory registry;
  @EJB Callers callers;

  /**
   * Someone found.
   *
   * @param levels the level that counted per skill asked for
   * @param fit how far above the requirements, summed over them
   */
  public record Found(
      PersonAsOf person, String tier, String jobCategory, Map<String, Integer> levels, int fit) {

    public PersonAsOf getPerson() {
      return person;
    }

    public String getTier() {
      return tier;
    }

    public String getJobCategory() {
      return jobCategory;
    }

    public Map<String, Integer> getLevels() {
      return levels;
    }

    public int getFit() {
      return fit;
    }
  }

  /**
   * @param unitCode null for the whole scope
   * @param tier null for any tier (the highest held on the date; bronze for none)
   * @param jobCategory null for any
   * @throws jp.city.lms.platform.entity.OutOfScopeException for a unit outside the scope
   */
  public List<Found> find(
      @NotNull TalentCriteria criteria,
      @NotNull LocalDate asOf,
      String unitCode,
      String tier,
      String jobCategory) {
    if (criteria.requirements().isEmpty()) {
      return List.of();
    }
    Scope scope = callers.scope(asOf);
    Map<String, PersonAsOf> people = new HashMap<>();
    registry.people(scope, unitCode).forEach(p -> people.put(p.employeeNo(), p));
    Set<String> skills = new HashSet<>();
    criteria.requirements().forEach(r -> skills.add(r.skill()));
    Map<String, List<Assessment>> assessed = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.employeeNo, a FROM Assessment a JOIN a.staff s"
                    + " WHERE a.skillCode IN :skills AND a.assessedOn <= :asOf",
                Object[].class)
            .setParameter("skills", skills)
            .setParameter("asOf", asOf)
            .getResultList()) {
      String no = (String) row[0];
      if (people.containsKey(no)) {
        assessed.computeIfAbsent(no, k -> new ArrayList<>()).add((Assessment) row[1]);
      }
    }
    Map<String, OptionalInt> fits = new HashMap<>();
    assessed.forEach(
        (no, list) -> {
          OptionalInt fit = criteria.fit(SkillProfile.latest(list, asOf));
          if (fit.isPresent()) {
            fits.put(no, fit);
          }
        });
    if (fits.isEmpty()) {
      return List.of();
    }
    Map<String, String> jobs = new HashMap<>();
    Map<String, Map<String, LocalDate>> achieved = new HashMap<>();
    List<String> numbers = List.copyOf(fits.keySet());
    for (int from = 0; from < numbers.size(); from += SkillMaps.CHUNK) {
      List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + SkillMaps.CHUNK));
      em.createQuery(
              "SELECT s.employeeNo, s.jobCategory FROM Staff s WHERE s.employeeNo IN :nos",
              Object[].class)
          .setParameter("nos", chunk)
          .getResultStream()
          .forEach(r -> jobs.put((String) r[0], (String) r[1]));
      em.createQuery(
              "SELECT t.staff.employeeNo, t.tier, t.achievedOn FROM TierAchievement t"
                  + " WHERE t.staff.employeeNo IN :nos",
              Object[].class)
          .setParameter("nos", chunk)
          .getResultStream()
          .forEach(
              r ->
                  achieved
                      .computeIfAbsent((String) r[0], k -> new HashMap<>())
                      .put((String) r[1], (LocalDate) r[2]));
    }
    List<String> tiers = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    List<Found> found = new ArrayList<>();
    fits.forEach(
        (no, fit) -> {
          String held = SkillProfile.targetTier(tiers, achieved.getOrDefault(no, Map.of()), asOf);
          String job = jobs.get(no);
          if ((tier == null || tier.isBlank() || tier.equals(held))
              && (jobCategory == null || jobCategory.isBlank() || jobCategory.equals(job))) {
            var latest = SkillProfile.latest(assessed.get(no), asOf);
            Map<String, Integer> levels = new HashMap<>();
            criteria
                .requirements()
                .forEach(
                    r ->
                        criteria
                            .level(latest.get(r.skill()))
                            .ifPresent(l -> levels.put(r.skill(), l)));
            found.add(new Found(people.get(no), held, job, levels, fit.getAsInt()));
          }
        });
    found.sort(
        Comparator.comparingInt(Found::fit).reversed().thenComparing(f -> f.person().employeeNo()));
    return found;
  }
}
