package jp.city.lms.curriculum.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.city.lms.curriculum.control.ContentInvalidException;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.control.ContentRecorder;
import jp.city.lms.curriculum.control.PackagedContent;
import jp.city.lms.curriculum.entity.ContentVersion;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.security.entity.Role;

/**
 * The programme the LMS runs, as loaded from the content folder: every feature reads the tiers,
 * courses, position-based training, skill framework and targets from {@link #content()}.
 *
 * <p>Where the content comes from: the folder named by the system property {@value
 * #CONTENT_DIR_PROPERTY} when it is set (the run command and the tests set it to the repository's
 * {@code content/}), else the copy the build packs into the application. A start with a broken
 * folder uses the last version recorded (the last good one), else the packed copy; the errors go to
 * the server log with file, line and field. The version used at start is recorded like any other.
 *
 * <p>Changing the content while the LMS runs is {@link ContentAdministration}'s: it validates and
 * records a version, and only once that is committed tells this bean to {@link #use} it. The
 * content is immutable and read far more often than it changes: reads share the bean, a switch has
 * it to itself.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Lock(LockType.READ)
@PermitAll
public class Curriculum {

  /** The system property naming the content folder. */
  public static final String CONTENT_DIR_PROPERTY = "lms.content.dir";

  /** Where a version came from when it is the copy packed into the application. */
  public static final String PACKAGED = "classpath:" + PackagedContent.ROOT;

  private static final Logger LOG = Logger.getLogger(Curriculum.class.getName());

  @EJB ContentRecorder recorder;

  private ProgrammeContent content;
  private ContentVersion version;

  @PostConstruct
  void start() {
    Optional<Path> folder = configuredFolder().map(Path::of);
    if (folder.isPresent()) {
      try {
        Map<String, byte[]> files = ContentLoader.filesOf(folder.get());
        publish(new ContentLoader().load(files), files, where(folder.get()));
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
      Map<String, byte[]> files = packagedFiles();
      publish(new ContentLoader().load(files), files, PACKAGED);
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

  /**
   * Runs the LMS on a version from now on. Only for a version that is recorded and committed, with
   * the content it was recorded from.
   */
  @Lock(LockType.WRITE)
  @RolesAllowed(Role.ADMIN)
  public void use(ProgrammeContent loaded, ContentVersion recorded) {
    Objects.requireNonNull(loaded, "loaded");
    Objects.requireNonNull(recorded, "recorded");
    if (!loaded.digest().equals(recorded.getDigest())) {
      throw new IllegalArgumentException("version " + recorded.getId() + " is other content");
    }
    switchTo(loaded, recorded);
  }

  /** The files of the content packed into the application. */
  static Map<String, byte[]> packagedFiles() {
    return PackagedContent.files(Curriculum.class.getClassLoader())
        .orElseThrow(() -> new IllegalStateException("no content packed into the application"));
  }

  /** Where a version came from when it was read from a folder. */
  static String where(Path folder) {
    return folder.toAbsolutePath().normalize().toString();
  }

  /** Uses the newest recorded version again; false when there is none or it no longer loads. */
  private boolean useLastRecorded() {
    Optional<ContentVersion> newest = recorder.newest();
    if (newest.isEmpty()) {
      return false;
    }
    Map<String, byte[]> files = recorder.filesOf(newest.get().getId());
    try {
      publish(new ContentLoader().load(files), files, newest.get().getLoadedFrom());
      return true;
    } catch (ContentInvalidException e) {
      LOG.log(Level.SEVERE, "The last recorded content version no longer loads", e);
      return false;
    }
  }

  private void publish(ProgrammeContent loaded, Map<String, byte[]> files, String from) {
    switchTo(loaded, recorder.record(loaded, files, from, ContentVersion.SYSTEM, content));
  }

  private void switchTo(ProgrammeContent loaded, ContentVersion recorded) {
    content = loaded;
    version = recorded;
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
                + recorded.getLoadedFrom()
                + ")");
  }
}
