package jp.city.lms.notice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.security.entity.Role;

/**
 * The outbox as the training office and administrators see it: what was told to whom, when it went
 * out, and what is held or failed with the reason.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class Notices {

  @PersistenceContext EntityManager em;

  /** The notices of an enrolment, oldest first. */
  public List<Notice> ofEnrolment(long enrolmentId) {
    return em.createNamedQuery(Notice.OF_ENROLMENT, Notice.class)
        .setParameter("enrolment", enrolmentId)
        .getResultList();
  }

  /** A person's notices, newest first. */
  public List<Notice> ofPerson(String employeeNo) {
    return em.createNamedQuery(Notice.OF_PERSON, Notice.class)
        .setParameter("employeeNo", employeeNo)
        .setMaxResults(500)
        .getResultList();
  }
}
