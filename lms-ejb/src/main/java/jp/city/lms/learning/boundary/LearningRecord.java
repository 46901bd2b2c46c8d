package jp.city.lms.learning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.learning.entity.Completion;
import jp.city.lms.learning.entity.TierAchievement;
import jp.city.lms.learning.entity.TierJudgement;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;

/**
 * The learning record: completions as they are recorded one by one (attendance) and the tiers they
 * make people achieve. Bulk completions from the e-learning platforms go through {@code
 * CompletionImport}, which judges tiers the same way. Anyone's record is read within the caller's
 * scope.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class LearningRecord {

  /** How many people's completions are judged per query. */
  static final int CHUNK = 1_000;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Curriculum curriculum;
  @EJB RegistryHistory registry;
  @EJB Callers callers;
  @Inject CityClock clock;

  /** A person's learning: the tiers they hold and every completion, newest first. */
  public record Learning(Staff staff, List<TierAchievement> tiers, List<Completion> completions) {}

  /**
   * Attendance taken for an enrolment: the completion of its course on its last day, passed or not,
   * and the tiers it makes the person achieve. Taking it again for the same enrolment changes the
   * one completion.
   */
  public void attended(
      @NotNull Staff staff,
      @NotNull Course course,
      @NotNull LocalDate on,
      long enrolmentId,
      boolean passed) {
    LocalDateTime now = clock.now();
    String by = session.getCallerPrincipal().getName();
    Optional<Completion> same =
        em.createNamedQuery(Completion.SAME, Completion.class)
            .setParameter("staff", staff)
            .setParameter("course", course)
            .setParameter("on", on)
            .getResultStream()
            .findFirst();
    if (same.isPresent()) {
      same.get().update(passed, same.get().getScore(), Completion.ATTENDANCE, by, now);
    } else {
      em.persist(
          new Completion(
              staff, course, on, passed, null, Completion.ATTENDANCE, enrolmentId, by, now));
    }
    em.flush();
    judge(List.of(staff.getId()));
  }

  /**
   * An outcome of attendance was corrected away from completed: its completion goes. A tier it made
   * someone achieve stays, as achievements are never taken away.
   */
  public void unattended(long enrolmentId) {
    em.createNamedQuery(Completion.OF_ENROLMENT, Completion.class)
        .setParameter("enrolment", enrolmentId)
        .getResultList()
        .forEach(em::remove);
  }

  /**
   * Judges the tiers of these people by their passed completions and the content in use, and
   * records what they achieved (or achieved earlier than on record).
   *
   * @return how many tiers were achieved that were not on record
   */
  public int judge(@NotNull Collection<Long> staffIds) {
    List<Tier> tiers = curriculum.content().tiersInOrder();
    Long version = curriculum.currentVersion().getId();
    LocalDateTime now = clock.now();
    int achieved = 0;
    List<Long> ids = List.copyOf(staffIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Map<Long, Map<String, LocalDate>> passed = new HashMap<>();
      for (Object[] row :
          em.createNamedQuery(Completion.PASSED_OF_PEOPLE, Object[].class)
              .setParameter("staff", chunk)
              .getResultList()) {
        passed
            .computeIfAbsent((Long) row[0], k -> new HashMap<>())
            .put((String) row[1], (LocalDate) row[2]);
      }
      Map<Long, Map<String, TierAchievement>> onRecord = new HashMap<>();
      for (TierAchievement t :
          em.createNamedQuery(TierAchievement.OF_PEOPLE, TierAchievement.class)
              .setParameter("staff", chunk)
              .getResultList()) {
        onRecord.computeIfAbsent(t.getStaff().getId(), k -> new HashMap<>()).put(t.getTier(), t);
      }
      for (Long id : chunk) {
        Map<String, TierAchievement> record = onRecord.getOrDefault(id, Map.of());
        Map<String, LocalDate> recordDays = new HashMap<>();
        record.forEach((tier, t) -> recordDays.put(tier, t.getAchievedOn()));
        Map<String, LocalDate> held =
            TierJudgement.judge(tiers, passed.getOrDefault(id, Map.of()), recordDays);
        for (Map.Entry<String, LocalDate> tier : held.entrySet()) {
          TierAchievement known = record.get(tier.getKey());
          if (known == null) {
            em.persist(
                new TierAchievement(
                    em.getReference(Staff.class, id),
                    tier.getKey(),
                    tier.getValue(),
                    version,
                    now));
            achieved++;
          } else {
            known.metOn(tier.getValue(), version, now);
          }
        }
      }
    }
    return achieved;
  }

  /** Whether someone holds a tier (any day up to now). */
  @PermitAll
  public boolean holds(@NotNull Staff staff, @NotBlank String tier) {
    return em.createQuery(
                "SELECT COUNT(t) FROM TierAchievement t WHERE t.staff = :staff AND t.tier = :tier",
                Long.class)
            .setParameter("staff", staff)
            .setParameter("tier", tier)
            .getSingleResult()
        > 0;
  }

  /**
   * Someone's learning, for the person themself, their managers, the training office and
   * administrators.
   *
   * @throws jp.city.lms.platform.entity.OutOfScopeException for anybody else
   */
  @RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public Optional<Learning> of(@NotBlank String employeeNo) {
    LocalDate today = clock.today();
    if (registry.person(employeeNo, today, callers.scope(today)).isEmpty()) {
      return Optional.empty();
    }
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    return Optional.of(
        new Learning(
            staff,
            em.createNamedQuery(TierAchievement.OF_PERSON, TierAchievement.class)
                .setParameter("staff", staff)
                .getResultList(),
            em.createNamedQuery(Completion.OF_PERSON, Completion.class)
                .setParameter("staff", staff)
                .getResultList()));
  }
}
