package jp.city.lms.registry.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.security.entity.Role;

/**
 * A run still RUNNING when the server starts was cut off by a stop or a crash. Its transaction
 * never committed, so the registry is as it was before the run; the run is marked failed so that
 * people see it and run it again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class RegistryRecovery {

  private static final Logger LOG = Logger.getLogger(RegistryRecovery.class.getName());

  @PersistenceContext EntityManager em;
  @EJB RegistryUpdate update;
  @Inject CityClock clock;

  private LocalDateTime deployedAt;

  @PostConstruct
  void atStart() {
    deployedAt = clock.now();
    markInterruptedRuns();
  }

  /**
   * Marks the runs that were RUNNING when the application started as failed. A run begun since is
   * really running and is left alone.
   */
  @RolesAllowed(Role.ADMIN)
  public void markInterruptedRuns() {
    em
        .createNamedQuery(ImportRun.WITH_OUTCOME, ImportRun.class)
        .setParameter("outcome", ImportRun.Outcome.RUNNING)
        .getResultList()
        .stream()
        .filter(run -> run.getStartedAt().isBefore(deployedAt))
        .forEach(
            run -> {
              update.fail(run.getId(), "run.interrupted");
              LOG.warning(
                  () -> "Registry import run " + run.getId() + " was interrupted; marked failed");
            });
  }
}
