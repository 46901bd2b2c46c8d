package jp.city.lms.curriculum.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.curriculum.entity.ContentVersion;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.platform.boundary.CityClock;

/**
 * Records a valid version of the content and writes its courses, in a transaction of its own, so
 * that the caller switches to the version only once both are committed. The version is recorded
 * unless it is the newest already (the same files record nothing), with who, when, from where, its
 * digest, what changed against the version in use and its files. Every course code of the content
 * has a course row; a row whose code left the content is retired, never deleted, since offerings
 * and learning records refer to it.
 *
 * <p>Two boundaries call this: {@code Curriculum} when the LMS starts and {@code
 * ContentAdministration} when an administrator reloads.
 */
@Stateless
public class ContentRecorder {

  @PersistenceContext EntityManager em;
  @Inject CityClock clock;

  /**
   * Records the loaded content (unless it is the newest version) and describes its courses.
   *
   * @param inUse the content the LMS runs now, to say what changed; null at start
   * @return the version recorded, or the newest one when the files are the same
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ContentVersion record(
      ProgrammeContent loaded,
      Map<String, byte[]> files,
      String from,
      String by,
      ProgrammeContent inUse) {
    LocalDateTime now = clock.now();
    ContentVersion newest = newest().orElse(null);
    ContentVersion recorded =
        newest != null && newest.getDigest().equals(loaded.digest())
            ? newest
            : recordNew(loaded, files, from, by, now, newest, inUse);
    synchroniseCourses(loaded, now);
    return recorded;
  }

  /** The newest recorded version, if any. */
  public Optional<ContentVersion> newest() {
    return em.createNamedQuery(ContentVersion.FIND_ALL_NEWEST_FIRST, ContentVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The files of a recorded version, by path relative to the content folder. */
  public Map<String, byte[]> filesOf(long versionId) {
    return em.find(ContentVersion.class, versionId).contentFiles();
  }

  private ContentVersion recordNew(
      ProgrammeContent loaded,
      Map<String, byte[]> files,
      String from,
      String by,
      LocalDateTime now,
      ContentVersion newest,
      ProgrammeContent inUse) {
    String ja;
    String en;
    ProgrammeContent previous = inUse != null ? inUse : loadable(newest);
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
    for (CourseDefinition course : loaded.courses()) {
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
}
