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
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.control.LatestAssessments;
import jp.city.lms.skills.control.SkillLevels;
import jp.city.lms.skills.control.SkillLevels.Candidate;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.TalentCriteria;

/**
 * Talent search (人材検索): the people of the caller's scope as of a date (the whole city for the
 * training office, their unit and below for a manager) whose latest levels meet every requirement,
 * optionally of one unit, tier and job category, the best fit first. Only the assessments of the
 * skills asked for, of the people who could meet the requirements, are read ({@link
 * SkillLevels#candidates}, one statement); the tiers and the scope are read for those who do. As of
 * today it reads the latest of each skill and source ({@link LatestAssessments}), as of an earlier
 * date the history.
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
    // asked first, even for nobody, so that a unit outside the scope is refused whatever the skills
    registry.peopleWithIds(scope, unitCode, List.of());
    // the latest of each skill and source when that is the latest as of the date (today), else
    // the history up to it
    boolean summarised = LatestAssessments.isLatestAsOf(em, asOf);
    Map<String, Candidate> fitting = new HashMap<>();
    Map<String, Integer> fits = new HashMap<>();
    for (Candidate c : SkillLevels.candidates(em, criteria, asOf, summarised)) {
      OptionalInt fit = criteria.fit(c.levels());
      if (fit.isPresent()
          && (jobCategory == null
              || jobCategory.isBlank()
              || jobCategory.equals(c.jobCategory()))) {
        fitting.put(c.employeeNo(), c);
        fits.put(c.employeeNo(), fit.getAsInt());
      }
    }
    if (fitting.isEmpty()) {
      return List.of();
    }
    List<String> tiers = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    Map<Long, Map<String, LocalDate>> achieved =
        SkillLevels.tiersOf(em, fitting.values().stream().map(Candidate::staffId).toList());
    Map<String, String> held = new HashMap<>();
    for (Candidate c : fitting.values()) {
      String no = c.employeeNo();
      String t = SkillProfile.targetTier(tiers, achieved.getOrDefault(c.staffId(), Map.of()), asOf);
      if (tier == null || tier.isBlank() || tier.equals(t)) {
        held.put(no, t);
      }
    }
    // the scope (and the unit asked for) is applied to those who fit, not read for the whole city
    List<Long> ids = new ArrayList<>();
    fitting
        .values()
        .forEach(
            c -> {
              if (held.containsKey(c.employeeNo())) {
                ids.add(c.staffId());
              }
            });
    List<Found> found = new ArrayList<>();
    for (PersonAsOf person : registry.peopleWithIds(scope, unitCode, ids)) {
      String no = person.employeeNo();
      Candidate c = fitting.get(no);
      Map<String, Integer> levels = new HashMap<>();
      criteria
          .requirements()
          .forEach(
              r ->
                  criteria
                      .level(c.levels().get(r.skill()))
                      .ifPresent(l -> levels.put(r.skill(), l)));
      found.add(new Found(person, held.get(no), c.jobCategory(), levels, fits.get(no)));
    }
    found.sort(
        Comparator.comparingInt(Found::fit).reversed().thenComparing(f -> f.person().employeeNo()));
    return found;
  }
}
