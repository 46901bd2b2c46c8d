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
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.control.SkillLevels;
import jp.city.lms.skills.entity.AssessedLevel;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.CategoryStanding;
import jp.city.lms.skills.entity.SkillEvaluation;
import jp.city.lms.skills.entity.SkillEvaluation.Trained;
import jp.city.lms.skills.entity.SkillEvaluation.Trainee;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.SkillStanding;

/**
 * The skill evaluation of the trained (スキル評価) for the training office and administrators: the
 * people counted toward the programme's target as of a date (distinct people with a counting tier
 * achieved within the programme's years, people who left included, as progress counts them), their
 * latest levels per skill category against the target of their tier, by fiscal year of training and
 * tier ({@link SkillEvaluation}). The whole city only: it is the city's evaluation of its
 * programme, not a team's, so managers are refused here even though the reports folder lets them
 * in.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class SkillEvaluations {

  @PersistenceContext EntityManager em;
  @EJB Curriculum curriculum;

  /**
   * The report.
   *
   * @param trained how many people count toward the target on the date
   * @param cells by fiscal year, tier and category
   */
  public record Report(LocalDate asOf, int trained, List<SkillEvaluation.Cell> cells) {}

  public Report asOf(@NotNull LocalDate asOf) {
    ProgrammeContent content = curriculum.content();
    Programme programme = content.programme();
    SkillFramework framework = content.skills();
    List<String> tiers = content.tiersInOrder().stream().map(Tier::code).toList();
    Map<Long, Map<String, LocalDate>> achieved = new HashMap<>();
    em.createQuery(
            "SELECT t.staff.id, t.tier, t.achievedOn FROM TierAchievement t"
                + " WHERE t.tier IN :tiers AND t.achievedOn <= :asOf",
            Object[].class)
        .setParameter("tiers", programme.countingTiers())
        .setParameter("asOf", asOf)
        .getResultStream()
        .forEach(
            r ->
                achieved
                    .computeIfAbsent((Long) r[0], k -> new HashMap<>())
                    .put((String) r[1], (LocalDate) r[2]));
    Map<Long, Trained> trained = new LinkedHashMap<>();
    achieved.forEach(
        (id, tiersAchieved) ->
            SkillEvaluation.trained(programme, tiers, tiersAchieved, asOf)
                .ifPresent(t -> trained.put(id, t)));
    Map<Long, List<AssessedLevel>> assessed = new HashMap<>();
    List<Long> ids = List.copyOf(trained.keySet());
    for (int from = 0; from < ids.size(); from += SkillLevels.CHUNK) {
      em.createNamedQuery(Assessment.LEVELS_OF_PEOPLE_UNTIL, Object[].class)
          .setParameter("staff", ids.subList(from, Math.min(ids.size(), from + SkillLevels.CHUNK)))
          .setParameter("asOf", asOf)
          .getResultStream()
          .map(Assessment::level)
          .forEach(
              e -> assessed.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }
    Map<String, Map<String, Integer>> targets = new HashMap<>();
    List<Trainee> trainees = new ArrayList<>();
    trained.forEach(
        (id, t) -> {
          Map<String, Integer> target =
              targets.computeIfAbsent(t.tier(), tier -> framework.targetFor(tier, null));
          Map<String, SkillStanding> standings = new HashMap<>();
          SkillProfile.ofLevels(
                  framework, assessed.getOrDefault(id, List.of()), asOf, Map.of(), target)
              .forEach(s -> standings.put(s.skill().code(), s));
          Map<String, CategoryStanding> categories = new HashMap<>();
          for (SkillCategory c : framework.categories()) {
            categories.put(c.code(), CategoryStanding.of(c, standings, framework.minLevel()));
          }
          trainees.add(new Trainee(t, categories));
        });
    return new Report(
        asOf,
        trained.size(),
        SkillEvaluation.of(
            trainees, tiers, framework.categories().stream().map(SkillCategory::code).toList()));
  }
}
