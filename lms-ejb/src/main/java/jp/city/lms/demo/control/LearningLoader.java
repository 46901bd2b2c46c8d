package jp.city.lms.demo.control;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.city.lms.demo.control.LearningGenerator.CompletionRow;
import jp.city.lms.demo.control.LearningGenerator.EnrolmentRow;
import jp.city.lms.demo.control.LearningGenerator.History;
import jp.city.lms.demo.control.LearningGenerator.OfferingRow;
import jp.city.lms.demo.control.LearningGenerator.Person;
import jp.city.lms.demo.control.LearningGenerator.TierRow;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * Writes a generated learning history into the database by JDBC batches on the caller's connection
 * (inside the caller's transaction): tens of thousands of rows, which the persistence context would
 * take far longer to build and flush. Ids come from the same table generator rows the entities use
 * ({@code offering}, {@code enrolment}, {@code completion}, {@code tier_achievement}), taken as one
 * block each, so the persistence unit goes on above them.
 */
public final class LearningLoader {

  static final int BATCH = 1_000;

  /** How many rows of each kind were written. */
  public record Loaded(int offerings, int enrolments, int completions, int tiers) {}

  private LearningLoader() {}

  /**
   * The registry's people as the generator needs them: id, employee number, hire and leaving dates,
   * unit, and their positions by the days their assignments began.
   */
  public static List<Person> people(Connection connection) throws SQLException {
    Map<Long, NavigableMap<LocalDate, String>> positions = new HashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT staff_id, valid_from, position FROM assignment");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        positions
            .computeIfAbsent(rows.getLong(1), k -> new TreeMap<>())
            .put(rows.getDate(2).toLocalDate(), rows.getString(3));
      }
    }
    List<Person> people = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT s.id, s.employee_no, s.hired_on, s.left_on, o.code, s.position"
                    + " FROM staff s JOIN org_unit o ON o.id = s.org_unit_id"
                    + " WHERE s.status <> 'JOINING' ORDER BY s.employee_no");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong(1);
        Date hired = rows.getDate(3);
        Date left = rows.getDate(4);
        NavigableMap<LocalDate, String> known = positions.getOrDefault(id, new TreeMap<>());
        if (known.isEmpty()) {
          known.put(
              hired == null ? LocalDate.of(2000, 4, 1) : hired.toLocalDate(), rows.getString(6));
        }
        people.add(
            new Person(
                id,
                rows.getString(2),
                hired == null ? null : hired.toLocalDate(),
                left == null ? null : left.toLocalDate(),
                rows.getString(5),
                known));
      }
    }
    return people;
  }

  /** Course code to id. */
  public static Map<String, Long> courses(Connection connection) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT id, code FROM course");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.put(rows.getString(2), rows.getLong(1));
      }
    }
    return ids;
  }

  /**
   * Writes the history. Staff ids are the people's ids; courses are found by code.
   *
   * @param contentVersion the content version the tiers are recorded as judged by (may be null)
   * @param now when the tiers were judged, and the latest time anything is recorded at
   * @throws IllegalArgumentException for a course the database does not know
   */
  public static Loaded load(
      Connection connection,
      History history,
      Map<String, Long> courseIds,
      Long contentVersion,
      LocalDateTime now)
      throws SQLException {
    long offeringBase = reserveIds(connection, "offering", history.offerings().size());
    long enrolmentBase = reserveIds(connection, "enrolment", history.enrolments().size());
    long completionBase = reserveIds(connection, "completion", history.completions().size());
    long tierBase = reserveIds(connection, "tier_achievement", history.tiers().size());
    Map<Integer, LocalDate> deadlines = new HashMap<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO offering (id, course_id, fiscal_year, starts_at, ends_at,"
                + " registration_deadline, venue, online_url, capacity, instructor, status,"
                + " scheduled_by, scheduled_at, enrolled, waitlisted, arrivals, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, ?, ?, 1)")) {
      int n = 0;
      for (OfferingRow o : history.offerings()) {
        deadlines.put(o.index(), o.deadline());
        insert.setLong(1, offeringBase + o.index());
        insert.setLong(2, course(courseIds, o.course()));
        insert.setInt(3, o.fiscalYear());
        insert.setTimestamp(4, Timestamp.valueOf(o.startsAt()));
        insert.setTimestamp(5, Timestamp.valueOf(o.endsAt()));
        insert.setDate(6, Date.valueOf(o.deadline()));
        insert.setString(7, o.venue());
        insert.setString(8, o.onlineUrl());
        insert.setInt(9, o.capacity());
        insert.setString(10, o.instructor());
        insert.setString(11, LearningGenerator.OFFICE);
        insert.setTimestamp(12, Timestamp.valueOf(o.scheduledAt()));
        insert.setInt(13, o.enrolled());
        insert.setInt(14, o.waitlisted());
        insert.setLong(15, o.arrivals());
        batch(insert, ++n);
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO enrolment (id, offering_id, staff_id, status, live, arrival,"
                + " requested_at, requested_by, seated_at, ended_at, ended_by, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      int n = 0;
      for (EnrolmentRow e : history.enrolments()) {
        insert.setLong(1, enrolmentBase + e.index());
        insert.setLong(2, offeringBase + e.offering());
        insert.setLong(3, e.staff());
        insert.setString(4, e.status().name());
        if (e.status().isLive()) {
          insert.setBoolean(5, true);
        } else {
          insert.setNull(5, Types.BOOLEAN);
        }
        insert.setLong(6, e.arrival());
        insert.setTimestamp(7, Timestamp.valueOf(e.requestedAt()));
        // after the deadline only the office may still seat someone (new hires on their first day)
        insert.setString(
            8,
            e.requestedAt().toLocalDate().isAfter(deadlines.get(e.offering()))
                ? LearningGenerator.OFFICE
                : e.employeeNo());
        insert.setTimestamp(9, e.seatedAt() == null ? null : Timestamp.valueOf(e.seatedAt()));
        insert.setTimestamp(10, e.endedAt() == null ? null : Timestamp.valueOf(e.endedAt()));
        insert.setString(
            11,
            e.endedAt() == null
                ? null
                : e.status().isOutcome() ? LearningGenerator.OFFICE : e.employeeNo());
        batch(insert, ++n);
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO completion (id, staff_id, course_id, completed_on, fiscal_year, passed,"
                + " score, source, enrolment_id, recorded_at, recorded_by, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      int n = 0;
      for (CompletionRow c : history.completions()) {
        insert.setLong(1, completionBase + n);
        insert.setLong(2, c.staff());
        insert.setLong(3, course(courseIds, c.course()));
        insert.setDate(4, Date.valueOf(c.completedOn()));
        insert.setInt(5, FiscalYear.of(c.completedOn()).getYear());
        insert.setBoolean(6, c.passed());
        if (c.score() == null) {
          insert.setNull(7, Types.INTEGER);
        } else {
          insert.setInt(7, c.score());
        }
        insert.setString(8, c.source());
        if (c.enrolment() < 0) {
          insert.setNull(9, Types.BIGINT);
        } else {
          insert.setLong(9, enrolmentBase + c.enrolment());
        }
        // attendance the next working day; the platforms' files are imported the night after
        LocalDateTime recorded = c.completedOn().plusDays(1).atTime(c.enrolment() < 0 ? 2 : 17, 0);
        insert.setTimestamp(10, Timestamp.valueOf(recorded.isAfter(now) ? now : recorded));
        insert.setString(11, LearningGenerator.OFFICE);
        batch(insert, ++n);
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tier_achievement (id, staff_id, tier, achieved_on, fiscal_year,"
                + " content_version_id, judged_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
      int n = 0;
      for (TierRow t : history.tiers()) {
        insert.setLong(1, tierBase + n);
        insert.setLong(2, t.staff());
        insert.setString(3, t.tier());
        insert.setDate(4, Date.valueOf(t.achievedOn()));
        insert.setInt(5, FiscalYear.of(t.achievedOn()).getYear());
        if (contentVersion == null) {
          insert.setNull(6, Types.BIGINT);
        } else {
          insert.setLong(6, contentVersion);
        }
        insert.setTimestamp(7, Timestamp.valueOf(now));
        batch(insert, ++n);
      }
      insert.executeBatch();
    }
    return new Loaded(
        history.offerings().size(),
        history.enrolments().size(),
        history.completions().size(),
        history.tiers().size());
  }

  /**
   * Loads {@code total} places in past offerings for load tests, generated and written a part of
   * {@code part} places at a time so that memory stays small whatever the total (a million places
   * are ten parts of 100,000). Each part is its own offerings; call it within one transaction or
   * commit between calls as the caller likes.
   *
   * @return what was written, all parts together
   */
  public static Loaded loadEnrolments(
      Connection connection,
      LearningGenerator generator,
      int total,
      int part,
      Map<String, Long> courseIds,
      LocalDateTime now)
      throws SQLException {
    int offerings = 0;
    int enrolments = 0;
    for (int n = 0; enrolments < total; n++) {
      History history = generator.bulkEnrolments(Math.min(part, total - enrolments), n);
      Loaded loaded = load(connection, history, courseIds, null, now);
      offerings += loaded.offerings();
      enrolments += loaded.enrolments();
    }
    return new Loaded(offerings, enrolments, 0, 0);
  }

  private static long course(Map<String, Long> ids, String code) {
    Long id = ids.get(code);
    if (id == null) {
      throw new IllegalArgumentException("no course " + code + " in the database");
    }
    return id;
  }

  private static void batch(PreparedStatement insert, int n) throws SQLException {
    insert.addBatch();
    if (n % BATCH == 0) {
      insert.executeBatch();
    }
  }

  /**
   * Takes a block of ids from the table generator the entities use: ids the persistence unit has
   * already preallocated lie below it, its next block above it.
   *
   * @return the first id of the block
   */
  static long reserveIds(Connection connection, String generator, int count) throws SQLException {
    try (PreparedStatement bump =
            connection.prepareStatement(
                "UPDATE id_gen SET next_val = next_val + ? WHERE gen_name = ?");
        PreparedStatement read =
            connection.prepareStatement("SELECT next_val FROM id_gen WHERE gen_name = ?")) {
      bump.setInt(1, count);
      bump.setString(2, generator);
      if (bump.executeUpdate() != 1) {
        throw new IllegalStateException("no id generator " + generator);
      }
      read.setString(1, generator);
      try (ResultSet value = read.executeQuery()) {
        value.next();
        return value.getLong(1) - count + 1;
      }
    }
  }
}
