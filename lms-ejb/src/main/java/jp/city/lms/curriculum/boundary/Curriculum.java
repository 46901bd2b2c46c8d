package jp.city.lms.curriculum.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.control.ContentDiff;
import jp.city.lms.curriculum.control.ContentError;
import jp.city.lms.curriculum.control.ContentInvalidException;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.control.PackagedContent;
import jp.city.lms.curriculum.control.ProgrammeContent;
import jp.city.lms.curriculum.entity.ContentVersion;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;

/**
 * The programme the LMS runs, as loaded from the content folder: every feature reads the tiers,
 * courses, position-based training, skill framework and targets from {@link #content()}.
 *
 * <p>Where the content comes from: the folder named by the system property {@value
 * #CONTENT_DIR_PROPERTY} when it is set (the run command and the tests set it to the repository's
 * {@code content/}), else the copy the build packs into the application. A start with a broken
 * folder uses the last version recorded (the last good one), else the packed copy; the errors go to
 * the server log with file, line and field.
 *
 * <p>An administrator reloads the content from a folder after the training office changed it. The
 * files are validated first; only a valid version is recorded (with who, when, its digest, what
 * changed and its files) and its courses written, and only after that is committed does the LMS
 * switch to it. A broken version is refused with every error and the LMS keeps the version it had.
 * Loading the same files again records nothing. A course missing from the new version is retired,
 * never deleted, since offerings and learning records refer to it.
 *
 * <p>The content is immutable and read far more often than it changes: reads share the bean,
 * reloads have it to themselves.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
@PermitAll
public class Curriculum {

  /** The system property naming the content folder. */
  public static final String CONTENT_DIR_PROPERTY = "lms.content.dir";

  /** Where a version came from when it is the copy packed into the application. */
  public static final String PACKAGED = "classpath:" + PackagedContent.ROOT;

  private static final Logger LOG = Logger.getLogger(Curriculum.class.getName());

  private static final int HISTORY_SHOWN = 200;

  @PersistenceContext EntityManager em;
  @Resource UserTransaction transaction;
  @Resource SessionContext session;
  @Inject CityClock clock;
  @Inject Event<Change> changes;

  private ProgrammeContent content;
  private ContentVersion version;

  @PostConstruct
  void start() {
    Optional<Path> folder = configuredFolder().map(Path::of);
    if (folder.isPresent()) {
      try {
        Map<String, byte[]> files = ContentLoader.filesOf(folder.get());
        publish(new ContentLoader().load(files), files, where(folder.get()), ContentVersion.SYSTEM);
        return;
      } catch (ContentInvalidException e) {
        LOG.severe(
            () ->
                "The content folder "
                    + folder.get()
                    + " has errors; the LMS runs on the last good version.\n"
                    + e.render(Locale.JAPANESE)
                    + "\n"
                    + e.render(Locale.ENGLISH));
        if (useLastRecorded()) {
          return;
        }
      }
    }
    try {
      usePackaged(ContentVersion.SYSTEM);
    } catch (ContentInvalidException e) {
      throw new IllegalStateException(
          "The content packed into the application has errors (the build checks it):\n"
              + e.render(Locale.ENGLISH),
          e);
    }
  }

  /** The programme as the LMS runs it now. */
  public ProgrammeContent content() {
    return content;
  }

  /** The version of the content in use. */
  public ContentVersion currentVersion() {
    return version;
  }

  /** The folder the content is read from, when one is configured. */
  public Optional<String> configuredFolder() {
    return Optional.ofNullable(System.getProperty(CONTENT_DIR_PROPERTY))
        .filter(s -> !s.isBlank())
        .map(String::strip);
  }

  /** The versions the LMS has used, newest first. */
  @RolesAllowed({Role.ADMIN, Role.TRAINING_OFFICE})
  public List<ContentVersion> history() {
    return em.createNamedQuery(ContentVersion.FIND_ALL_NEWEST_FIRST, ContentVersion.class)
        .setMaxResults(HISTORY_SHOWN)
        .getResultList();
  }

  /**
   * Reloads the content from a folder on the server (the configured one, or a copy under review)
   * and uses it from now on.
   *
   * @return the version now in use: a new one, or the current one when the files are the same
   * @throws ContentInvalidException with every error, file, line and field; nothing changed
   */
  @Lock(LockType.WRITE)
  @RolesAllowed(Role.ADMIN)
  public ContentVersion reload(@NotBlank String folder) throws ContentInvalidException {
    Path dir;
    try {
      dir = Path.of(folder.strip());
    } catch (InvalidPathException e) {
      throw new ContentInvalidException(
          List.of(new ContentError(folder, 0, "", "dir.missing", List.of())));
    }
    Map<String, byte[]> files = ContentLoader.filesOf(dir);
    return audited(publish(new ContentLoader().load(files), files, where(dir), caller()));
  }

  /**
   * Reloads the content from the configured folder, or from the packed copy when no folder is
   * configured.
   *
   * @throws ContentInvalidException with every error, file, line and field; nothing changed
   */
  @Lock(LockType.WRITE)
  @RolesAllowed(Role.ADMIN)
  public ContentVersion reload() throws ContentInvalidException {
    Optional<String> folder = configuredFolder();
    if (folder.isPresent()) {
      return reload(folder.get());
    }
    return audited(usePackaged(caller()));
  }

  /** An administrator's reload goes into the audit log, also when it found the same files. */
  private ContentVersion audited(ContentVersion version) {
    changes.fire(
        new Change(
            "content.reloaded",
            "content version " + version.getId(),
            version.getLoadedFrom() + " sha256:" + version.getDigest()));
    return version;
  }

  private ContentVersion usePackaged(String by) throws ContentInvalidException {
    Map<String, byte[]> files =
        PackagedContent.files(Curriculum.class.getClassLoader())
            .orElseThrow(() -> new IllegalStateException("no content packed into the application"));
    return publish(new ContentLoader().load(files), files, PACKAGED, by);
  }

  /** Uses the newest recorded version again; false when there is none or it no longer loads. */
  private boolean useLastRecorded() {
    ContentVersion newest = inTransaction(this::newest);
    if (newest == null) {
      return false;
    }
    Map<String, byte[]> files =
        inTransaction(() -> em.find(ContentVersion.class, newest.getId()).contentFiles());
    try {
      publish(
          new ContentLoader().load(files), files, newest.getLoadedFrom(), ContentVersion.SYSTEM);
      return true;
    } catch (ContentInvalidException e) {
      LOG.log(Level.SEVERE, "The last recorded content version no longer loads", e);
      return false;
    }
  }

  /**
   * Records the version unless it is the newest already, writes its courses, and only after both
   * are committed uses it.
   */
  private ContentVersion publish(
      ProgrammeContent loaded, Map<String, byte[]> files, String from, String by) {
    LocalDateTime now = clock.now();
    ContentVersion published =
        inTransaction(
            () -> {
              ContentVersion newest = newest();
              ContentVersion recorded =
                  newest != null && newest.getDigest().equals(loaded.digest())
                      ? newest
                      : record(loaded, files, from, by, now, newest);
              synchroniseCourses(loaded, now);
              return recorded;
            });
    content = loaded;
    version = published;
    LOG.info(
        () ->
            "Programme content "
                + loaded.digest().substring(0, 12)
                + " in use: "
                + loaded.courses().size()
                + " courses, "
                + loaded.tiers().size()
                + " tiers, skill framework "
                + loaded.skills().version()
                + " ("
                + from
                + ")");
    return published;
  }

  private ContentVersion record(
      ProgrammeContent loaded,
      Map<String, byte[]> files,
      String from,
      String by,
      LocalDateTime now,
      ContentVersion newest) {
    String ja;
    String en;
    ProgrammeContent previous = content != null ? content : loadable(newest);
    if (newest == null) {
      ja = ContentDiff.firstVersionSummary(loaded, Locale.JAPANESE);
      en = ContentDiff.firstVersionSummary(loaded, Locale.ENGLISH);
    } else if (previous == null) {
      ja = ContentDiff.unavailableSummary(Locale.JAPANESE);
      en = ContentDiff.unavailableSummary(Locale.ENGLISH);
    } else {
      ContentDiff diff = ContentDiff.between(previous, loaded);
      ja = diff.summary(Locale.JAPANESE);
      en = diff.summary(Locale.ENGLISH);
    }
    ContentVersion recorded =
        new ContentVersion(
            now,
            by,
            from,
            loaded.digest(),
            loaded.skills().version(),
            loaded.courses().size(),
            files,
            ja,
            en);
    em.persist(recorded);
    return recorded;
  }

  /**
   * One course row per course code of the content, described as the content says; rows whose code
   * left the content are retired, never deleted.
   */
  private void synchroniseCourses(ProgrammeContent loaded, LocalDateTime now) {
    Map<String, Course> rows = new HashMap<>();
    em.createNamedQuery(Course.FIND_ALL, Course.class)
        .getResultList()
        .forEach(row -> rows.put(row.getCode(), row));
    for (jp.city.lms.curriculum.control.Course course : loaded.courses()) {
      Course row = rows.remove(course.code());
      boolean isNew = row == null;
      if (isNew) {
        row = new Course(course.code());
      }
      row.describe(
          course.title(),
          course.description(),
          course.tier().orElse(null),
          course.format(),
          course.minutes(),
          course.url().map(URI::toString).orElse(null),
          course.provider().orElse(null));
      row.reinstate();
      if (isNew) {
        em.persist(row);
      }
    }
    rows.values().forEach(row -> row.retire(now));
  }

  private ContentVersion newest() {
    return em.createNamedQuery(ContentVersion.FIND_ALL_NEWEST_FIRST, ContentVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static ProgrammeContent loadable(ContentVersion recorded) {
    if (recorded == null) {
      return null;
    }
    try {
      return new ContentLoader().load(recorded.contentFiles());
    } catch (ContentInvalidException e) {
      return null;
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static String where(Path folder) {
    return folder.toAbsolutePath().normalize().toString();
  }

  private <T> T inTransaction(Callable<T> work) {
    try {
      transaction.begin();
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      rollback();
      throw e instanceof RuntimeException r ? r : new EJBException(e);
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "rollback failed", e);
    }
  }
}
