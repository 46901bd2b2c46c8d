package jp.city.lms.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.city.lms.registry.control.ImportProgress;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.security.entity.Role;

/** The history of registry imports (取込履歴) and the progress of a running one. */
@Stateless
@RolesAllowed({Role.ADMIN, Role.TRAINING_OFFICE})
public class ImportRuns {

  @PersistenceContext EntityManager em;

  @EJB ImportProgress progress;

  public List<ImportRun> recent(int first, int max) {
    return em.createNamedQuery(ImportRun.RECENT, ImportRun.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(ImportRun.COUNT, Long.class).getSingleResult();
  }

  /** A run with its rejected rows. */
  public Optional<ImportRun> find(long id) {
    ImportRun run = em.find(ImportRun.class, id);
    if (run != null) {
      run.getRejections().size();
    }
    return Optional.ofNullable(run);
  }

  public Optional<ImportProgress.Progress> progress(long id) {
    return progress.of(id);
  }
}
