package jp.city.lms.skills.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.learning.entity.TierAchievement;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.control.LatestAssessments;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.AssessmentRefusedException;
import jp.city.lms.skills.entity.AssessmentRefusedException.Reason;
import jp.city.lms.skills.entity.AssessmentSource;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.SkillStanding;

/**
 * Skill assessments and the profiles they make. Anyone signed in may record an assessment of the
 * source they may use for the person ({@link AssessmentSource#allows}): themself as SELF, a member
 * of their team as MANAGER, anyone as TEST when they are the training office or an administrator.
 *
 * <p>The manager's right is judged as of the assessment's date, the day it speaks of: the manager
 * who had the person in their unit (or below it) then may record it, also after either of them has
 * moved; a manager who gets the person later cannot back-date a view of work they did not see.
 *
 * <p>Course evidence (the levels the courses someone completed develop, by the content) is read
 * from the completions rather than copied: it stays apart from the three sources and never counts
 * against the target. A course no longer in the content gives no evidence.
 *
 * <p>A profile is read with the same access as someone's learning: the person, their managers as of
 * today, the training office and administrators.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class Assessments {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Curriculum curriculum;
  @EJB RegistryHistory registry;
  @EJB Callers callers;
  @Inject CityClock clock;
  @Inject Event<Change> changes;

  /**
   * Someone's skills as of a date.
   *
   * @param tier the tier whose target applies (see {@link SkillProfile#targetTier})
   * @param standings one per skill of the framework, in its order
   * @param achieved the day each tier the person holds was achieved (any date), for the view of
   *     their levels before and after
   */
  public record Profile(
      PersonAsOf person,
      LocalDate asOf,
      String tier,
      List<SkillStanding> standings,
      Map<String, LocalDate> achieved) {}

  /**
   * Records an assessment. A missing date means today.
   *
   * @throws AssessmentRefusedException naming the rule that said no; nothing is recorded
   */
  public Assessment record(
      String employeeNo, String skill, Integer level, String source, LocalDate assessedOn) {
    SkillFramework framework = curriculum.content().skills();
    String number = required("employeeNo", employeeNo);
    String code = required("skill", skill);
    String sourceName = required("source", source);
    if (level == null) {
      throw new AssessmentRefusedException(Reason.MISSING_FIELD, "level");
    }
    if (framework.skill(code).isEmpty()) {
      throw new AssessmentRefusedException(Reason.UNKNOWN_SKILL, code);
    }
    if (level < framework.minLevel() || level > framework.maxLevel()) {
      throw new AssessmentRefusedException(
          Reason.LEVEL_OUTSIDE_SCALE, level, framework.minLevel(), framework.maxLevel());
    }
    AssessmentSource from = source(sourceName);
    LocalDate today = clock.today();
    LocalDate on = assessedOn == null ? today : assessedOn;
    if (on.isAfter(today)) {
      throw new AssessmentRefusedException(Reason.FUTURE_DATE, on);
    }
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", number)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AssessmentRefusedException(Reason.UNKNOWN_PERSON, number));
    Optional<PersonAsOf> then = registry.person(number, on, Scope.city(on));
    String caller = session.getCallerPrincipal().getName();
    Scope callerScope = from == AssessmentSource.MANAGER ? callers.scopeOf(caller, on) : null;
    if (!from.allows(
        caller, isOffice(), callerScope, number, then.map(PersonAsOf::orgPath).orElse(null))) {
      throw new AssessmentRefusedException(Reason.SOURCE_NOT_ALLOWED, from.name());
    }
    if (then.isEmpty() || then.get().status() == StaffStatus.LEFT) {
      throw new AssessmentRefusedException(Reason.NOT_EMPLOYED_THEN, on);
    }
    Assessment assessment =
        new Assessment(staff, code, level, from, on, framework.version(), caller, clock.now());
    em.persist(assessment);
    LatestAssessments.record(em, List.of(assessment));
    changes.fire(
        new Change(
            "assessment.recorded", number, code + " " + from.name() + " " + level + " " + on));
    return assessment;
  }

  /**
   * The caller assesses themself today on several skills at once (the self-assessment form of a
   * category); all are recorded or none.
   *
   * @param levels level per skill code
   * @return how many were recorded
   */
  public int assessSelf(@NotNull Map<String, Integer> levels) {
    return recordToday(session.getCallerPrincipal().getName(), AssessmentSource.SELF, levels);
  }

  /**
   * The caller assesses a member of their team today on several skills at once (the manager's form
   * of a category on the person's profile); all are recorded or none, and only while the person is
   * in the caller's scope (see {@link #manages}).
   *
   * @param levels level per skill code
   * @return how many were recorded
   * @throws AssessmentRefusedException for someone outside the caller's team; nothing is recorded
   */
  public int assessAsManager(@NotBlank String employeeNo, @NotNull Map<String, Integer> levels) {
    return recordToday(normalise(employeeNo), AssessmentSource.MANAGER, levels);
  }

  /**
   * Whether the caller may assess the person as their manager today: the registry makes them the
   * manager of a unit that holds the person (the training office's role alone does not).
   */
  public boolean manages(@NotBlank String employeeNo) {
    String number = normalise(employeeNo);
    LocalDate today = clock.today();
    String caller = session.getCallerPrincipal().getName();
    return registry
        .person(number, today, Scope.city(today))
        .filter(p -> p.status() != StaffStatus.LEFT)
        .map(
            p ->
                AssessmentSource.MANAGER.allows(
                    caller, isOffice(), callers.scopeOf(caller, today), number, p.orgPath()))
        .orElse(false);
  }

  private int recordToday(String employeeNo, AssessmentSource source, Map<String, Integer> levels) {
    LocalDate today = clock.today();
    int recorded = 0;
    for (Map.Entry<String, Integer> entry : levels.entrySet()) {
      if (entry.getValue() != null) {
        record(employeeNo, entry.getKey(), entry.getValue(), source.name(), today);
        recorded++;
      }
    }
    return recorded;
  }

  /**
   * Someone's skill profile as of a date, for those who may see their learning.
   *
   * @return empty for a person the registry does not know
   * @throws jp.city.lms.platform.entity.OutOfScopeException for anybody else
   */
  public Optional<Profile> profile(@NotBlank String employeeNo, @NotNull LocalDate asOf) {
    String number = normalise(employeeNo);
    LocalDate today = clock.today();
    Optional<PersonAsOf> person = registry.person(number, today, callers.scope(today));
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", number)
            .getSingleResult();
    SkillFramework framework = curriculum.content().skills();
    Map<String, LocalDate> achieved = new HashMap<>();
    em.createNamedQuery(TierAchievement.OF_PERSON, TierAchievement.class)
        .setParameter("staff", staff)
        .getResultStream()
        .forEach(t -> achieved.put(t.getTier(), t.getAchievedOn()));
    List<String> tiers = curriculum.content().tiersInOrder().stream().map(Tier::code).toList();
    String tier = SkillProfile.targetTier(tiers, achieved, asOf);
    // the person's DSS-P role is not recorded yet: the tier's common profile applies
    Map<String, Integer> target = tier == null ? Map.of() : framework.targetFor(tier, null);
    List<Assessment> assessments =
        em.createNamedQuery(Assessment.OF_PERSON_UNTIL, Assessment.class)
            .setParameter("staff", staff)
            .setParameter("asOf", asOf)
            .getResultList();
    // course evidence is read from the completions, so that it follows them wherever they came from
    List<Map<String, Integer>> courses =
        em.createQuery(
                "SELECT DISTINCT c.course.code FROM Completion c WHERE c.staff = :staff"
                    + " AND c.passed = true AND c.completedOn <= :asOf",
                String.class)
            .setParameter("staff", staff)
            .setParameter("asOf", asOf)
            .getResultStream()
            .map(
                code ->
                    curriculum
                        .content()
                        .course(code)
                        .map(CourseDefinition::skills)
                        .orElse(Map.<String, Integer>of()))
            .toList();
    return Optional.of(
        new Profile(
            person.get(),
            asOf,
            tier,
            SkillProfile.of(framework, assessments, asOf, SkillProfile.evidence(courses), target),
            Map.copyOf(achieved)));
  }

  /**
   * Every assessment of one skill of someone, oldest first, for those who may see their profile.
   */
  public List<Assessment> history(@NotBlank String employeeNo, @NotBlank String skill) {
    String number = normalise(employeeNo);
    LocalDate today = clock.today();
    if (registry.person(number, today, callers.scope(today)).isEmpty()) {
      return List.of();
    }
    return new ArrayList<>(
        em.createNamedQuery(Assessment.HISTORY, Assessment.class)
            .setParameter(
                "staff",
                em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
                    .setParameter("employeeNo", number)
                    .getSingleResult())
            .setParameter("skill", skill)
            .getResultList());
  }

  private static AssessmentSource source(String name) {
    try {
      return AssessmentSource.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new AssessmentRefusedException(Reason.UNKNOWN_SOURCE, name);
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new AssessmentRefusedException(Reason.MISSING_FIELD, field);
    }
    return normalise(value);
  }

  /** As the files accept them: full-width digits and letters name the same thing. */
  private static String normalise(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
  }

  private boolean isOffice() {
    return session.isCallerInRole(Role.TRAINING_OFFICE) || session.isCallerInRole(Role.ADMIN);
  }
}
