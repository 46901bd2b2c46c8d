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
import jp.city.lms.skills.control.LatestAssessments;
import jp.city.lms.skills.entity.AssessedLevel;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.LatestAssessment;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.TalentCriteria;

/**
 * Talent search (人材検索): the people of the caller's scope as of a date (the whole city for the
 * training office, their unit and below for a manager) whose latest levels meet every requirement,
 * optionally of one unit, tier and job category, the best fit first. Only the assessments of the
 * skills asked for, of the people who could meet the requirements, are read; the scope is applied
 * to those who do. As of today it reads the latest of each skill and source ({@link
 * LatestAssessments}), as of an earlier date the history.
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
    // the latest of each skill and source when that is the latest as of the date (today), else
    // the history up to it
    boolean summarised = LatestAssessments.isLatestAsOf(em, asOf);
    Map<Long, String> byId = new HashMap<>();
    for (Long id : candidates(criteria, asOf, summarised)) {
      byId.put(id, null);
    }
    List<Long> ids = List.copyOf(byId.keySet());
    for (int from = 0; from < ids.size(); from += SkillMaps.CHUNK) {
      em.createQuery("SELECT s.id, s.employeeNo FROM Staff s WHERE s.id IN :ids", Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SkillMaps.CHUNK)))
          .getResultStream()
          .forEach(r -> byId.put((Long) r[0], (String) r[1]));
    }
    Set<String> skills = new HashSet<>();
    criteria.requirements().forEach(r -> skills.add(r.skill()));
    Map<String, List<AssessedLevel>> assessed = new HashMap<>();
    for (int from = 0; from < ids.size(); from += SkillMaps.CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + SkillMaps.CHUNK));
      (summarised
              ? em.createNamedQuery(LatestAssessment.OF_PEOPLE_AND_SKILLS, Object[].class)
              : em.createQuery(
                      "SELECT a.staffId, a.skillCode, a.source, a.level, a.assessedOn,"
                          + " a.recordedAt, a.id FROM Assessment a WHERE a.staffId IN :staff"
                          + " AND a.skillCode IN :skills AND a.assessedOn <= :asOf",
                      Object[].class)
                  .setParameter("asOf", asOf))
          .setParameter("staff", chunk)
          .setParameter("skills", skills)
          .getResultStream()
          .map(Assessment::level)
          .forEach(
              e ->
                  assessed
                      .computeIfAbsent(byId.get(e.getKey()), k -> new ArrayList<>())
                      .add(e.getValue()));
    }
    Map<String, OptionalInt> fits = new HashMap<>();
    assessed.forEach(
        (no, list) -> {
          OptionalInt fit = criteria.fit(SkillProfile.latestLevels(list, asOf));
          if (fit.isPresent()) {
            fits.put(no, fit);
          }
        });
    // the scope (and the unit asked for) is applied to those who fit, not read for the whole city
    Map<String, PersonAsOf> people = new HashMap<>();
    List<String> fitting = List.copyOf(fits.keySet());
    // asked even for nobody, so that a unit outside the scope is refused whatever the skills
    registry.people(scope, unitCode, List.of());
    for (int from = 0; from < fitting.size(); from += SkillMaps.CHUNK) {
      registry
          .people(
              scope,
              unitCode,
              fitting.subList(from, Math.min(fitting.size(), from + SkillMaps.CHUNK)))
          .forEach(p -> people.put(p.employeeNo(), p));
    }
    fits.keySet().retainAll(people.keySet());
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
            var latest = SkillProfile.latestLevels(assessed.get(no), asOf);
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

  /**
   * Who can meet every requirement at all, asked of the database per requirement so that only these
   * people's levels are read, not those of the whole city. From the latest (its index on skill,
   * source and level answers it): exactly who meets it. From the history (its index on skill, level
   * and date): someone whose latest level reaches a level has some assessment of it (of the source
   * asked for, if one is) at that level or above by the date.
   */
  private Set<Long> candidates(TalentCriteria criteria, LocalDate asOf, boolean latest) {
    Set<Long> candidates = null;
    for (TalentCriteria.Requirement r : criteria.requirements()) {
      String source = criteria.source() == null ? "" : " AND a.source = :source";
      var query =
          latest
              ? em.createQuery(
                  "SELECT DISTINCT a.staffId FROM LatestAssessment a WHERE a.skillCode = :skill"
                      + " AND a.level >= :level"
                      + source,
                  Long.class)
              : em.createQuery(
                      "SELECT DISTINCT a.staffId FROM Assessment a WHERE a.skillCode = :skill"
                          + " AND a.level >= :level AND a.assessedOn <= :asOf"
                          + source,
                      Long.class)
                  .setParameter("asOf", asOf);
      query.setParameter("skill", r.skill()).setParameter("level", r.atLeast());
      if (criteria.source() != null) {
        query.setParameter("source", criteria.source());
      }
      Set<Long> meeting = new HashSet<>(query.getResultList());
      if (candidates == null) {
        candidates = meeting;
      } else {
        candidates.retainAll(meeting);
      }
      if (candidates.isEmpty()) {
        break;
      }
    }
    return candidates == null ? Set.of() : candidates;
  }
}
