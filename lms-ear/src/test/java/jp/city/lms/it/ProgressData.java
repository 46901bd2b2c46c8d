package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.progress.entity.Achievement;
import jp.city.lms.progress.entity.Tally;

/** The progress counts from scratch: every achievement on record, counted by {@link Tally}. */
@Stateless
@PermitAll
public class ProgressData {

  @PersistenceContext EntityManager em;
  @EJB Curriculum curriculum;

  public Tally fromScratch(LocalDate asOf) {
    List<Achievement> all =
        em.createQuery(
                "SELECT t.staff.employeeNo, t.tier, t.achievedOn FROM TierAchievement t",
                Object[].class)
            .getResultStream()
            .map(r -> new Achievement((String) r[0], (String) r[1], (LocalDate) r[2]))
            .toList();
    return Tally.count(curriculum.content().programme(), asOf, all);
  }
}
