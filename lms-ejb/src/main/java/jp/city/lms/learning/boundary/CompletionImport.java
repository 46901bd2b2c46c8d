package jp.city.lms.learning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import jp.city.lms.learning.control.CompletionProgress;
import jp.city.lms.learning.control.CompletionRecorder;
import jp.city.lms.learning.entity.CompletionRun;
import jp.city.lms.learning.entity.CompletionRun.Channel;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;

/**
 * Bulk completions from the e-learning platforms: a {@code completions.csv} (contract v1), from the
 * REST face or the training office's upload page. Every run is recorded, dry runs and refused files
 * too; a dry run reports what the file would record and changes nothing. Recording the same file
 * again changes nothing: every completion on it is then unchanged.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class CompletionImport {

  /** A file as it arrived. */
  public record CompletionsFile(String name, byte[] content) {}

  @PersistenceContext EntityManager em;
  @Resource SessionContext caller;
  @EJB CompletionRecorder recorder;
  @EJB CompletionProgress progress;
  @Inject CityClock clock;

  /** Reads and records (or only reads, for a dry run) the file now, and answers its run. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CompletionRun run(
      @NotNull Channel channel, @NotNull CompletionsFile file, boolean dryRun) {
    long runId = begin(channel, file, dryRun);
    return recorder.execute(runId, file.name(), file.content());
  }

  /**
   * Starts recording the file in the background and answers the run's number at once; the upload
   * page follows its {@link #progress(long)} and reads the outcome from the run.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(@NotNull CompletionsFile file) {
    long runId = begin(Channel.UPLOAD, file, false);
    recorder.executeLater(runId, file.name(), file.content());
    return runId;
  }

  /** How far a running import has got, 0-100; empty when the server knows nothing of it. */
  public OptionalInt progress(long runId) {
    return progress.of(runId);
  }

  /** How a run stands (RUNNING until it has ended), without its rejected rows; empty if unknown. */
  public Optional<CompletionRun.Outcome> outcome(long runId) {
    return em.createQuery(
            "SELECT r.outcome FROM CompletionRun r WHERE r.id = :id", CompletionRun.Outcome.class)
        .setParameter("id", runId)
        .getResultStream()
        .findFirst();
  }

  /** A run with its rejected rows. */
  public Optional<CompletionRun> find(long runId) {
    CompletionRun run = em.find(CompletionRun.class, runId);
    if (run != null) {
      run.getRejections().size();
    }
    return Optional.ofNullable(run);
  }

  /** The latest runs, newest first. */
  public List<CompletionRun> recent(int max) {
    return em.createNamedQuery(CompletionRun.RECENT, CompletionRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  private long begin(Channel channel, CompletionsFile file, boolean dryRun) {
    return recorder.start(
        new CompletionRun(
            caller.getCallerPrincipal().getName(), channel, file.name(), dryRun, clock.now()));
  }
}
