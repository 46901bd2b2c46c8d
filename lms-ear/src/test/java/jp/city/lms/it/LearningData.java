package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.LocalizedText;

/** Lets an in-container test make its own courses and read what the learning record holds. */
@Stateless
@PermitAll
public class LearningData {

  @PersistenceContext EntityManager em;

  /** A course that has left the content: retired, still a course. */
  public void retiredCourse(String code) {
    Course course = new Course(code);
    course.describe(
        new LocalizedText("廃止された講座 " + code, "Retired course " + code),
        null,
        null,
        CourseFormat.E_LEARNING,
        60,
        null,
        null);
    course.retire(LocalDateTime.now());
    em.persist(course);
  }

  /** Someone's completions as "course:date:passed:score:source", oldest first. */
  public List<String> completions(String employeeNo) {
    return em.createQuery(
            "SELECT c.course.code, c.completedOn, c.passed, c.score, c.source FROM Completion c"
                + " WHERE c.staff.employeeNo = :no ORDER BY c.completedOn, c.course.code",
            Object[].class)
        .setParameter("no", employeeNo)
        .getResultStream()
        .map(r -> r[0] + ":" + r[1] + ":" + r[2] + ":" + r[3] + ":" + r[4])
        .toList();
  }

  /** Someone's tiers as "tier:achievedOn:fiscalYear", in order of achievement. */
  public List<String> tiers(String employeeNo) {
    return em.createQuery(
            "SELECT t.tier, t.achievedOn, t.fiscalYear FROM TierAchievement t"
                + " WHERE t.staff.employeeNo = :no ORDER BY t.achievedOn, t.tier",
            Object[].class)
        .setParameter("no", employeeNo)
        .getResultStream()
        .map(r -> r[0] + ":" + r[1] + ":" + r[2])
        .toList();
  }

  /** The audit entries of a kind about a subject. */
  public long audited(String kind, String subject) {
    return em.createQuery(
            "SELECT COUNT(a) FROM AuditEntry a WHERE a.kind = :kind AND a.subject = :subject",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("subject", subject)
        .getSingleResult();
  }
}
