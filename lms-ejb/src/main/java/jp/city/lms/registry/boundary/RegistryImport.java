package jp.city.lms.registry.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Properties;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.control.ImportExecutor;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.ImportRun.Channel;
import jp.city.lms.security.entity.Role;

/**
 * Imports a full snapshot of the HR registry (contract v1): from the REST push of the HR system,
 * the upload page, the nightly drop folder or the demo. Every run is recorded; the files of each
 * run are kept beside the server's data so that the run can be read again (and the batch job reads
 * them from there).
 *
 * <p>A run that a safeguard refused goes ahead only when confirmed: by an administrator on the
 * upload page, or by the HR system passing {@code confirm=true} on an administrator's explicit
 * decision (contract v1). The training office cannot confirm. Whether a run was confirmed is
 * recorded with it.
 */
@Stateless
public class RegistryImport {

  /** The two files of a snapshot as they arrived. */
  public record Snapshot(String orgsName, byte[] orgs, String staffName, byte[] staff) {}

  /** What to do with a snapshot. */
  public record Request(
      @NotNull Channel channel, @NotNull LocalDate effective, boolean dryRun, boolean confirm) {}

  @Resource SessionContext caller;

  @EJB RegistryUpdate update;
  @EJB ImportExecutor executor;
  @Inject CityClock clock;
  @Inject Event<Change> changes;

  /**
   * Runs the whole import now and answers with its outcome; the REST face and the drop folder use
   * this.
   */
  @RolesAllowed({Role.HR_FEED, Role.ADMIN, Role.TRAINING_OFFICE})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RegistryUpdate.Result run(@NotNull Request request, @NotNull Snapshot snapshot) {
    long runId = begin(request, snapshot);
    return executor.execute(runId);
  }

  /**
   * Starts the import as a batch job and answers at once with the run's number; the upload page
   * follows its progress and reads the outcome from the run.
   */
  @RolesAllowed({Role.ADMIN, Role.TRAINING_OFFICE})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(@NotNull Request request, @NotNull Snapshot snapshot) {
    long runId = begin(request, snapshot);
    Properties parameters = new Properties();
    parameters.setProperty("run", Long.toString(runId));
    JobOperator jobs = BatchRuntime.getJobOperator();
    jobs.start(ImportExecutor.JOB, parameters);
    return runId;
  }

  /** The caller; the nightly folder runs with the system's rights and no person behind it. */
  private String startedBy(Channel channel) {
    String name = caller.getCallerPrincipal().getName();
    if (!"anonymous".equals(name)) {
      return name;
    }
    return channel == Channel.FOLDER ? "drop-folder" : "system";
  }

  private long begin(Request request, Snapshot snapshot) {
    boolean confirmed =
        request.confirm()
            && (caller.isCallerInRole(Role.ADMIN) || caller.isCallerInRole(Role.HR_FEED));
    long runId =
        update.start(
            new ImportRun(
                startedBy(request.channel()),
                request.channel(),
                snapshot.orgsName(),
                snapshot.staffName(),
                request.effective(),
                request.dryRun(),
                confirmed,
                clock.now()));
    executor.keep(runId, snapshot.orgs(), snapshot.staff());
    changes.fire(
        new Change(
            request.dryRun() ? "registry.import.dry-run" : "registry.import",
            "import run " + runId,
            request.channel()
                + ", effective "
                + request.effective()
                + (confirmed ? ", confirmed" : "")
                + ", "
                + snapshot.orgsName()
                + ", "
                + snapshot.staffName()));
    return runId;
  }
}
