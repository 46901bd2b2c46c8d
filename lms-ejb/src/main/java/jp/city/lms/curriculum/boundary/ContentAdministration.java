package jp.city.lms.curriculum.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.control.ContentError;
import jp.city.lms.curriculum.control.ContentInvalidException;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.control.ContentRecorder;
import jp.city.lms.curriculum.entity.ContentVersion;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.security.entity.Role;

/**
 * The administration of the programme's content (/admin/content.xhtml): an administrator reloads
 * the content from a folder after the training office changed it, and the training office and
 * administrators see the versions the LMS has used.
 *
 * <p>A reload validates the files first; a broken version is refused with every error and the LMS
 * keeps the version it had. Only a valid version is recorded (with who, when, its digest, what
 * changed and its files) and its courses written, and only after that is committed does {@link
 * Curriculum} switch to it. Loading the same files again records nothing. A course missing from the
 * new version is retired, never deleted, since offerings and learning records refer to it.
 *
 * <p>Reloads run one at a time, so that two of them never both find the same newest version.
 */
@Singleton
@Lock(LockType.WRITE)
public class ContentAdministration {

  private static final int HISTORY_SHOWN = 200;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB ContentRecorder recorder;
  @EJB Curriculum curriculum;
  @Inject Event<Change> changes;

  /** The versions the LMS has used, newest first. */
  @Lock(LockType.READ)
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
  @RolesAllowed(Role.ADMIN)
  public ContentVersion reload(@NotBlank String folder) throws ContentInvalidException {
    Path dir;
    try {
      dir = Path.of(folder.strip());
    } catch (InvalidPathException e) {
      throw new ContentInvalidException(
          List.of(new ContentError(folder, 0, "", "dir.missing", List.of())));
    }
    return publish(ContentLoader.filesOf(dir), Curriculum.where(dir));
  }

  /**
   * Reloads the content from the configured folder, or from the packed copy when no folder is
   * configured.
   *
   * @throws ContentInvalidException with every error, file, line and field; nothing changed
   */
  @RolesAllowed(Role.ADMIN)
  public ContentVersion reload() throws ContentInvalidException {
    Optional<String> folder = curriculum.configuredFolder();
    if (folder.isPresent()) {
      return reload(folder.get());
    }
    return publish(Curriculum.packagedFiles(), Curriculum.PACKAGED);
  }

  private ContentVersion publish(Map<String, byte[]> files, String from)
      throws ContentInvalidException {
    ProgrammeContent loaded = new ContentLoader().load(files);
    ContentVersion recorded =
        recorder.record(
            loaded, files, from, session.getCallerPrincipal().getName(), curriculum.content());
    curriculum.use(loaded, recorded);
    // an administrator's reload goes into the audit log, also when it found the same files
    changes.fire(
        new Change(
            "content.reloaded",
            "content version " + recorded.getId(),
            recorded.getLoadedFrom() + " sha256:" + recorded.getDigest()));
    return recorded;
  }
}
