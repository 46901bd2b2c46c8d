package jp.city.lms.learning.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.learning.boundary.LearningRecord;
import jp.city.lms.learning.control.CompletionReader.Key;
import jp.city.lms.learning.control.CompletionReader.Person;
import jp.city.lms.learning.control.CompletionReader.Row;
import jp.city.lms.learning.entity.CompletionRun;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * Records a {@code completions.csv} in ONE transaction with its run's outcome: people and courses
 * are looked up once per file, the completions already on record once per thousand people, new
 * completions are inserted and changed ones updated by JDBC batches on the transaction's own
 * connection, and the tiers of the people with new passed completions are judged in chunks. A run
 * that breaks records nothing; its failure is kept in a transaction of its own.
 *
 * <p>Only {@code CompletionImport} calls this; it checks who may import.
 */
@Stateless
public class CompletionRecorder {

  private static final Logger LOG = Logger.getLogger(CompletionRecorder.class.getName());

  private static final int CHUNK = 1000;
  private static final int BATCH = 5000;

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  @EJB CompletionProgress progress;
  @EJB LearningRecord learning;
  @Inject CityClock clock;
  @Inject Event<Change> changes;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long start(CompletionRun run) {
    em.persist(run);
    em.flush();
    progress.at(run.getId(), 1);
    return run.getId();
  }

  /** Reads and records the file, then answers the run as it ended; never throws. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CompletionRun execute(long runId, String file, byte[] bytes) {
    CompletionRecorder self = context.getBusinessObject(CompletionRecorder.class);
    try {
      return self.apply(runId, file, bytes);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "completion import run " + runId + " failed", e);
      return self.fail(runId, String.valueOf(e));
    }
  }

  /** {@link #execute} in the background, for the upload page that follows the progress. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void executeLater(long runId, String file, byte[] bytes) {
    execute(runId, file, bytes);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CompletionRun fail(long runId, String because) {
    CompletionRun run = em.find(CompletionRun.class, runId);
    run.failed(because, clock.now());
    progress.at(runId, 100);
    return run;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CompletionRun apply(long runId, String file, byte[] bytes) {
    em.createNativeQuery(
            "SELECT next_val FROM id_gen WHERE gen_name = 'completion_import' FOR UPDATE")
        .getSingleResult();
    long started = System.nanoTime();
    CompletionRun run = em.find(CompletionRun.class, runId);
    LocalDateTime now = clock.now();
    CompletionReader.Result read;
    try {
      read = new CompletionReader(clock.today(), new Lookup()).read(file, bytes);
    } catch (CompletionsRefusedException refused) {
      run.refused(
          refused.getMessage(Locale.JAPANESE), refused.getMessage(Locale.ENGLISH), clock.now());
      progress.at(runId, 100);
      return run;
    }
    progress.at(runId, 20);
    long readAt = System.nanoTime();
    for (RowRejection r : read.rejections()) {
      run.reject(
          r.file(),
          r.line(),
          r.field(),
          r.value(),
          r.reason(Locale.JAPANESE),
          r.reason(Locale.ENGLISH));
    }
    Map<Key, OnRecord> onRecord = onRecord(read.rows());
    List<Row> added = new ArrayList<>();
    List<Row> changed = new ArrayList<>();
    List<Long> changedIds = new ArrayList<>();
    int unchanged = 0;
    for (Row row : read.rows()) {
      OnRecord known = onRecord.get(row.key());
      if (known == null) {
        added.add(row);
      } else if (known.same(row)) {
        unchanged++;
      } else {
        changed.add(row);
        changedIds.add(known.id());
      }
    }
    run.found(read.rowCount(), added.size() + changed.size(), unchanged);
    progress.at(runId, 30);
    long comparedAt = System.nanoTime();
    long writtenAt = comparedAt;
    int tiers = 0;
    if (!run.isDryRun()) {
      String by = run.getStartedBy();
      try {
        Connection connection = em.unwrap(Connection.class);
        insert(connection, added, by, now);
        update(connection, changed, changedIds, by, now);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot record the completions of run " + runId, e);
      }
      progress.at(runId, 60);
      writtenAt = System.nanoTime();
      Set<Long> passed = new LinkedHashSet<>();
      added.stream().filter(Row::passed).forEach(r -> passed.add(r.staffId()));
      changed.stream().filter(Row::passed).forEach(r -> passed.add(r.staffId()));
      tiers = judge(List.copyOf(passed), runId);
      run = em.find(CompletionRun.class, runId);
    }
    run.applied(tiers, clock.now());
    long judgedAt = System.nanoTime();
    String timings =
        String.format(
            Locale.ROOT,
            "completion run %d: %d rows read in %.2f s, compared in %.2f s, written in %.2f s,"
                + " tiers judged in %.2f s",
            runId,
            read.rowCount(),
            (readAt - started) / 1e9,
            (comparedAt - readAt) / 1e9,
            (writtenAt - comparedAt) / 1e9,
            (judgedAt - writtenAt) / 1e9);
    LOG.info(timings);
    if (!run.isDryRun()) {
      changes.fire(
          new Change(
              "completions.imported",
              "completion run " + runId,
              run.getFileName()
                  + ": recorded "
                  + run.getRecorded()
                  + ", unchanged "
                  + run.getUnchanged()
                  + ", rejected "
                  + run.getRejected()
                  + ", tiers achieved "
                  + tiers));
    }
    progress.at(runId, 100);
    return run;
  }

  /**
   * Judges the tiers of these people a thousand at a time, writing out and letting go of each
   * chunk's achievements before the next: a persistence context holding every achievement of a
   * large file would be checked for changes again before each query of every later chunk. The run
   * is written out first, and must be found again afterwards.
   *
   * @return how many tiers were achieved
   */
  private int judge(List<Long> people, long runId) {
    em.flush();
    int achieved = 0;
    for (int from = 0; from < people.size(); from += CHUNK) {
      achieved += learning.judge(people.subList(from, Math.min(people.size(), from + CHUNK)));
      em.flush();
      em.clear();
      progress.at(runId, 60 + (int) (39L * (from + CHUNK) / people.size()));
    }
    return achieved;
  }

  /** A completion on record, with what a file may change of it. */
  private record OnRecord(long id, boolean passed, Integer score, String source) {
    boolean same(Row row) {
      return passed == row.passed()
          && java.util.Objects.equals(score, row.score())
          && java.util.Objects.equals(source, row.source());
    }
  }

  /**
   * The completions on record of the people in the file, by person, course and day: one query per
   * thousand people, on the transaction's connection, without entities.
   */
  private Map<Key, OnRecord> onRecord(List<Row> rows) {
    Set<Long> people = new LinkedHashSet<>();
    for (Row row : rows) {
      people.add(row.staffId());
    }
    Map<Key, OnRecord> known = new HashMap<>(rows.size() * 2);
    List<Long> ids = List.copyOf(people);
    Connection connection = em.unwrap(Connection.class);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT id, staff_id, course_id, completed_on, passed, score, source"
                  + " FROM completion WHERE staff_id IN ("
                  + marks
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            int value = r.getInt(6);
            Integer score = r.wasNull() ? null : value;
            known.put(
                new Key(r.getLong(2), r.getLong(3), r.getDate(4).toLocalDate()),
                new OnRecord(r.getLong(1), r.getBoolean(5), score, r.getString(7)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the completions on record", e);
      }
    }
    return known;
  }

  private static void insert(Connection connection, List<Row> rows, String by, LocalDateTime now)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    long id = reserveIds(connection, rows.size());
    Timestamp at = Timestamp.valueOf(now);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO completion (id, staff_id, course_id, completed_on, fiscal_year, passed,"
                + " score, source, recorded_at, recorded_by, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      int n = 0;
      for (Row row : rows) {
        insert.setLong(1, id++);
        insert.setLong(2, row.staffId());
        insert.setLong(3, row.courseId());
        insert.setDate(4, Date.valueOf(row.completedOn()));
        insert.setInt(5, FiscalYear.of(row.completedOn()).getYear());
        insert.setBoolean(6, row.passed());
        setScore(insert, 7, row.score());
        insert.setString(8, row.source());
        insert.setTimestamp(9, at);
        insert.setString(10, by);
        insert.addBatch();
        if (++n % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void update(
      Connection connection, List<Row> rows, List<Long> ids, String by, LocalDateTime now)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    Timestamp at = Timestamp.valueOf(now);
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE completion SET passed = ?, score = ?, source = ?, recorded_at = ?,"
                + " recorded_by = ?, version = version + 1 WHERE id = ?")) {
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        update.setBoolean(1, row.passed());
        setScore(update, 2, row.score());
        update.setString(3, row.source());
        update.setTimestamp(4, at);
        update.setString(5, by);
        update.setLong(6, ids.get(i));
        update.addBatch();
        if ((i + 1) % BATCH == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }

  private static void setScore(PreparedStatement statement, int index, Integer score)
      throws SQLException {
    if (score == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, score);
    }
  }

  /**
   * Takes a block of ids from the table generator the Completion entity uses; ids the persistence
   * unit has already preallocated lie below the block, and its next block above it.
   */
  private static long reserveIds(Connection connection, int count) throws SQLException {
    try (PreparedStatement bump =
            connection.prepareStatement(
                "UPDATE id_gen SET next_val = next_val + ? WHERE gen_name = 'completion'");
        PreparedStatement read =
            connection.prepareStatement(
                "SELECT next_val FROM id_gen WHERE gen_name = 'completion'")) {
      bump.setInt(1, count);
      bump.executeUpdate();
      try (ResultSet value = read.executeQuery()) {
        value.next();
        return value.getLong(1) - count + 1;
      }
    }
  }

  /** People and courses for the reader, each asked once per file. */
  private final class Lookup implements CompletionReader.Directory {

    @Override
    public Map<String, Person> people(Set<String> employeeNos) {
      Map<String, Person> people = new HashMap<>(employeeNos.size() * 2);
      List<String> numbers = List.copyOf(employeeNos);
      for (int from = 0; from < numbers.size(); from += CHUNK) {
        em.createQuery(
                "SELECT s.employeeNo, s.id, s.leftOn FROM Staff s WHERE s.employeeNo IN :numbers",
                Object[].class)
            .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
            .getResultStream()
            .forEach(r -> people.put((String) r[0], new Person((Long) r[1], (LocalDate) r[2])));
      }
      return people;
    }

    @Override
    public Map<String, Long> courses(Set<String> codes) {
      Map<String, Long> courses = new HashMap<>();
      em.createNamedQuery(Course.FIND_ALL, Course.class)
          .getResultStream()
          .filter(c -> codes.contains(c.getCode()))
          .forEach(c -> courses.put(c.getCode(), c.getId()));
      return courses;
    }
  }
}
