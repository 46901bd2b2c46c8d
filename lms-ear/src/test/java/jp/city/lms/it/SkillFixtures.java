package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.learning.entity.Completion;
import jp.city.lms.registry.entity.Staff;

/** Lets a skills test give someone a completed course, as the e-learning import would. */
@Stateless
@PermitAll
public class SkillFixtures {

  @PersistenceContext EntityManager em;

  public void completed(String employeeNo, String courseCode, LocalDate on) {
    Staff staff =
        em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NO, Staff.class)
            .setParameter("employeeNo", employeeNo)
            .getSingleResult();
    Course course =
        em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
            .setParameter("code", courseCode)
            .getSingleResult();
    em.persist(
        new Completion(
            staff, course, on, true, null, "skills test", null, "test", LocalDateTime.now()));
  }
}
