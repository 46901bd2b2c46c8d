package jp.city.lms.registry.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import whose files are kept in its run folder: reads them, then diffs and applies. The
 * import boundary calls it directly for REST and the drop folder, the batch job for the upload
 * page; both checked the caller's role when the run began.
 */
@Stateless
public class ImportExecutor {

  private static final Logger LOG = Logger.getLogger(ImportExecutor.class.getName());

  /** The Jakarta Batch job (META-INF/batch-jobs/registry-import.xml). */
  public static final String JOB = "registry-import";

  @EJB RegistryUpdate update;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RegistryUpdate.Result execute(long runId) {
    try {
      ParsedSnapshot parsed;
      try {
        parsed =
            new SnapshotReader()
                .read(
                    SnapshotReader.ORGS_FILE,
                    Files.readAllBytes(folder(runId).resolve(SnapshotReader.ORGS_FILE)),
                    SnapshotReader.STAFF_FILE,
                    Files.readAllBytes(folder(runId).resolve(SnapshotReader.STAFF_FILE)));
      } catch (SnapshotRefusedException refused) {
        return new RegistryUpdate.Result(update.refuse(runId, refused), null);
      }
      return update.diffAndApply(runId, parsed);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "registry import run " + runId + " failed", e);
      return new RegistryUpdate.Result(update.fail(runId, "run.failed", String.valueOf(e)), null);
    }
  }

  /** Keeps the files of a run in its folder. */
  public void keep(long runId, byte[] orgs, byte[] staff) {
    try {
      Path folder = Files.createDirectories(folder(runId));
      Files.write(folder.resolve(SnapshotReader.ORGS_FILE), orgs);
      Files.write(folder.resolve(SnapshotReader.STAFF_FILE), staff);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the files of import run " + runId, e);
    }
  }

  /** Where the files of a run are kept: {@code <server data>/lms/registry-runs/<run>/}. */
  public static Path folder(long runId) {
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "lms", "registry-runs")
        .resolve(Long.toString(runId));
  }
}
