package jp.city.lms.demo.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.city.lms.demo.control.AssessmentGenerator.Person;
import jp.city.lms.demo.control.AssessmentGenerator.Row;
import jp.city.lms.skills.control.LatestAssessments;

/**
 * Reads what the demo's assessments follow from (people, their managers over time, their tiers) and
 * writes the generated assessments by JDBC batches on the caller's connection, inside the caller's
 * transaction, with ids from the entities' own table generator row.
 */
public final class AssessmentLoader {

  /** Who recorded the office's test results in the demo. */
  public static final String TEST_RECORDER = "demo";

  private AssessmentLoader() {}

  public static List<Person> people(Connection connection) throws SQLException {
    Map<Long, NavigableMap<LocalDate, String>> managers = new HashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT staff_id, valid_from, manager_no FROM assignment");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        managers
            .computeIfAbsent(rows.getLong(1), k -> new TreeMap<>())
            .put(rows.getDate(2).toLocalDate(), rows.getString(3));
      }
    }
    Map<Long, Map<String, LocalDate>> tiers = new HashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT staff_id, tier, achieved_on FROM tier_achievement");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        tiers
            .computeIfAbsent(rows.getLong(1), k -> new HashMap<>())
            .put(rows.getString(2), rows.getDate(3).toLocalDate());
      }
    }
    List<Person> people = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, employee_no, hired_on, left_on FROM staff ORDER BY employee_no");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong(1);
        Date hired = rows.getDate(3);
        Date left = rows.getDate(4);
        people.add(
            new Person(
                id,
                rows.getString(2),
                hired == null ? null : hired.toLocalDate(),
                left == null ? null : left.toLocalDate(),
                managers.getOrDefault(id, new TreeMap<>()),
                tiers.getOrDefault(id, Map.of())));
      }
    }
    return people;
  }

  /**
   * Writes the rows, each recorded at 17:00 of its day, and the latest of every person, skill and
   * source again ({@link LatestAssessments#rebuild}).
   *
   * @return how many were written
   */
  public static int load(Connection connection, List<Row> rows, String frameworkVersion)
      throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    long id = LearningLoader.reserveIds(connection, "assessment", rows.size());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO assessment (id, staff_id, skill_code, skill_level, source, assessed_on,"
                + " framework_version, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Row row : rows) {
        insert.setLong(1, id++);
        insert.setLong(2, row.staffId());
        insert.setString(3, row.skill());
        insert.setInt(4, row.level());
        insert.setString(5, row.source());
        insert.setDate(6, Date.valueOf(row.on()));
        insert.setString(7, frameworkVersion);
        insert.setString(8, row.recordedBy() == null ? TEST_RECORDER : row.recordedBy());
        insert.setTimestamp(9, Timestamp.valueOf(row.on().atTime(17, 0)));
        insert.addBatch();
        if (++n % LearningLoader.BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    // the skill maps and searches read the latest of each; bulk, so rebuilt at once, not per row
    LatestAssessments.rebuild(connection);
    return rows.size();
  }
}
