package jp.city.lms.skills.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.control.CsvRefusedException;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.control.LatestAssessments;
import jp.city.lms.skills.control.TestResultMessages;
import jp.city.lms.skills.control.TestResultReader;
import jp.city.lms.skills.control.TestResultReader.Person;
import jp.city.lms.skills.control.TestResultReader.Rejection;
import jp.city.lms.skills.control.TestResultReader.Result;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.AssessmentSource;

/**
 * Test results (試験結果) in bulk: the training office's {@code test-results.csv}, recorded as TEST
 * assessments. A file is recorded whole or not at all: when it cannot be read, or when any of its
 * rows is rejected, nothing of it is recorded and the answer lists every rejected row, so that the
 * office corrects the file and sends it again rather than chasing which half went in. A result
 * already recorded (same person, skill, date and level, from a test) is left as it is, so that a
 * file sent twice adds no history; another level on the same day is recorded, and being the later
 * recorded it is the one that counts. A dry run reads and checks the file and records nothing.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class TestResultImport {

  /** How many people's assessments are read per query. */
  static final int CHUNK = 1_000;

  /** What became of a file. */
  public enum Outcome {
    APPLIED,
    DRY_RUN,
    REFUSED
  }

  /**
   * The answer for a file.
   *
   * @param recorded results recorded (or, for a dry run, that would be)
   * @param unchanged results already recorded before
   * @param refusedKey the message key of a refusal (in {@code TestResultMessages}), null otherwise
   */
  public record Report(
      Outcome outcome,
      String file,
      int rows,
      int recorded,
      int unchanged,
      List<Rejection> rejections,
      String refusedKey,
      List<Object> refusedArgs) {

    public String refusedBecause(Locale locale) {
      return refusedKey == null ? null : TestResultMessages.format(locale, refusedKey, refusedArgs);
    }

    public Outcome getOutcome() {
      return outcome;
    }

    public int getRecorded() {
      return recorded;
    }

    public int getUnchanged() {
      return unchanged;
    }

    public int getRows() {
      return rows;
    }

    public List<Rejection> getRejections() {
      return rejections;
    }
  }

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Curriculum curriculum;
  @Inject CityClock clock;
  @Inject Event<Change> changes;

  /** Reads the file and, unless a dry run or refused, records its results in this transaction. */
  public Report run(String fileName, @NotNull byte[] content, boolean dryRun) {
    SkillFramework framework = curriculum.content().skills();
    LocalDate today = clock.today();
    TestResultReader.Read read;
    try {
      read = new TestResultReader(today, framework, this::people).read(fileName, content);
    } catch (CsvRefusedException refused) {
      String name = fileName == null || fileName.isBlank() ? TestResultReader.FILE : fileName;
      return new Report(
          Outcome.REFUSED, name, 0, 0, 0, List.of(), refusedKey(refused), refused.args());
    }
    if (!read.rejections().isEmpty()) {
      return new Report(
          Outcome.REFUSED,
          read.file(),
          read.rowCount(),
          0,
          0,
          read.rejections(),
          "refused.rejections",
          List.of(read.file(), read.rejections().size()));
    }
    Map<TestResultReader.Key, Integer> already = recorded(read.results());
    List<Result> fresh = new ArrayList<>();
    for (Result r : read.results()) {
      Integer level = already.get(r.key());
      if (level == null || level != r.level()) {
        fresh.add(r);
      }
    }
    int unchanged = read.results().size() - fresh.size();
    if (!dryRun && !fresh.isEmpty()) {
      String caller = session.getCallerPrincipal().getName();
      LocalDateTime now = clock.now();
      List<Assessment> added = new ArrayList<>();
      for (Result r : fresh) {
        Assessment assessment =
            new Assessment(
                em.getReference(Staff.class, r.staffId()),
                r.skill(),
                r.level(),
                AssessmentSource.TEST,
                r.assessedOn(),
                framework.version(),
                caller,
                now);
        em.persist(assessment);
        added.add(assessment);
      }
      LatestAssessments.record(em, added);
      changes.fire(
          new Change(
              "assessment.tests.imported",
              read.file(),
              fresh.size() + " recorded, " + unchanged + " unchanged"));
    }
    return new Report(
        dryRun ? Outcome.DRY_RUN : Outcome.APPLIED,
        read.file(),
        read.rowCount(),
        fresh.size(),
        unchanged,
        List.of(),
        null,
        List.of());
  }

  /** The tests of the file's people already recorded, with the level that counts on each day. */
  private Map<TestResultReader.Key, Integer> recorded(List<Result> results) {
    Map<TestResultReader.Key, Integer> found = new HashMap<>();
    List<Long> ids = results.stream().map(Result::staffId).distinct().toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      em.createQuery(
              "SELECT a.staffId, a.skillCode, a.assessedOn, a.level FROM Assessment a"
                  + " WHERE a.staffId IN :ids AND a.source = :source"
                  + " ORDER BY a.recordedAt, a.id",
              Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .setParameter("source", AssessmentSource.TEST)
          .getResultStream()
          // ordered oldest first: the level kept per key is the one that counts now
          .forEach(
              r ->
                  found.put(
                      new TestResultReader.Key((Long) r[0], (String) r[1], (LocalDate) r[2]),
                      (Integer) r[3]));
    }
    return found;
  }

  private Map<String, Person> people(Set<String> employeeNos) {
    Map<String, Person> people = new HashMap<>(employeeNos.size() * 2);
    List<String> numbers = List.copyOf(employeeNos);
    for (int from = 0; from < numbers.size(); from += CHUNK) {
      em.createQuery(
              "SELECT s.employeeNo, s.id, s.hiredOn, s.leftOn FROM Staff s"
                  + " WHERE s.employeeNo IN :numbers",
              Object[].class)
          .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
          .getResultStream()
          .forEach(
              r ->
                  people.put(
                      (String) r[0], new Person((Long) r[1], (LocalDate) r[2], (LocalDate) r[3])));
    }
    return people;
  }

  private static String refusedKey(CsvRefusedException refused) {
    return switch (refused.kind()) {
      case EMPTY -> "refused.empty";
      case MISSING_COLUMN -> "refused.missingColumn";
      case UNDECODABLE -> "refused.undecodable";
      case MALFORMED -> "refused.malformed";
    };
  }
}
