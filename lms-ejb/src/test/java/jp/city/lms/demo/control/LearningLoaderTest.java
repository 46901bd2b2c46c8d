package jp.city.lms.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.demo.control.LearningGenerator.History;
import jp.city.lms.demo.control.LearningGenerator.Person;
import jp.city.lms.demo.control.LearningGenerator.Scale;
import jp.city.lms.demo.control.LearningLoader.Loaded;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loader writes what the generator made into the schema the migrations build (H2 in MySQL mode,
 * as the server runs it): every row, counters the counts of the rows, ids the persistence unit
 * continues above, and bulk places a part at a time.
 */
class LearningLoaderTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);

  private Connection connection;
  private ProgrammeContent content;
  private List<Person> people;

  @BeforeEach
  void database() throws Exception {
    String url =
        "jdbc:h2:mem:loader-"
            + System.nanoTime()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,USER,KEY;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    connection = DriverManager.getConnection(url, "sa", "");
    content = new ContentLoader().load(Path.of("..", "content"));
    people = LearningGenerator.peopleOf(new CityGenerator(7, 2_000), NOW.toLocalDate());
    execute(
        "INSERT INTO org_unit (id, code, name, path, depth, version) VALUES (1, '1', '市', '/1/', 0, 1)");
    try (PreparedStatement staff =
            connection.prepareStatement(
                "INSERT INTO staff (id, employee_no, name, search_text, status, org_unit_id,"
                    + " position, hired_on, left_on, version) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 1)");
        PreparedStatement assignment =
            connection.prepareStatement(
                "INSERT INTO assignment (id, staff_id, org_unit_id, position, status, valid_from)"
                    + " VALUES (?, ?, 1, ?, 'ACTIVE', ?)")) {
      long assignmentId = 1;
      for (Person p : people) {
        staff.setLong(1, p.id());
        staff.setString(2, p.employeeNo());
        staff.setString(3, "職員" + p.id());
        staff.setString(4, p.employeeNo());
        staff.setString(5, p.leftOn() == null ? "ACTIVE" : "LEFT");
        staff.setString(6, p.positions().lastEntry().getValue());
        staff.setObject(7, p.hiredOn() == null ? null : Date.valueOf(p.hiredOn()));
        staff.setObject(8, p.leftOn() == null ? null : Date.valueOf(p.leftOn()));
        staff.addBatch();
        for (Map.Entry<LocalDate, String> position : p.positions().entrySet()) {
          assignment.setLong(1, assignmentId++);
          assignment.setLong(2, p.id());
          assignment.setString(3, position.getValue());
          assignment.setDate(4, Date.valueOf(position.getKey()));
          assignment.addBatch();
        }
      }
      staff.executeBatch();
      assignment.executeBatch();
    }
    try (PreparedStatement course =
        connection.prepareStatement(
            "INSERT INTO course (id, code, title_ja, tier, course_format, duration_minutes,"
                + " retired, version) VALUES (?, ?, ?, ?, ?, ?, FALSE, 1)")) {
      long id = 1;
      for (CourseDefinition c : content.courses()) {
        course.setLong(1, id++);
        course.setString(2, c.code());
        course.setString(3, c.title().ja());
        course.setString(4, c.tier().orElse(null));
        course.setString(5, c.format().name());
        course.setInt(6, c.minutes());
        course.addBatch();
      }
      course.executeBatch();
    }
    // the persistence unit took a block of offering ids before the demo loads: they stay below
    execute("UPDATE id_gen SET next_val = 20 WHERE gen_name = 'offering'");
  }

  @AfterEach
  void close() throws SQLException {
    execute("SHUTDOWN");
    connection.close();
  }

  @Test
  void theHistoryGoesInWithCountersAndIdsConsistent() throws Exception {
    List<Person> read = LearningLoader.people(connection);
    List<Person> expected =
        people.stream()
            .map(
                p ->
                    new Person(p.id(), p.employeeNo(), p.hiredOn(), p.leftOn(), "1", p.positions()))
            .toList();
    assertTrue(expected.equals(read), "the registry's people as the generator sees them");
    History history =
        new LearningGenerator(7, read, content, NOW, Scale.of(read.size()), Map.of()).generate();
    long started = System.nanoTime();
    Loaded loaded =
        LearningLoader.load(connection, history, LearningLoader.courses(connection), 3L, NOW);
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("loaded %s in %d ms%n", loaded, ms);

    assertEquals(history.offerings().size(), count("SELECT COUNT(*) FROM offering"));
    assertEquals(history.enrolments().size(), count("SELECT COUNT(*) FROM enrolment"));
    assertEquals(history.completions().size(), count("SELECT COUNT(*) FROM completion"));
    assertEquals(history.tiers().size(), count("SELECT COUNT(*) FROM tier_achievement"));
    assertEquals(21, count("SELECT MIN(id) FROM offering"), "above the block already taken");
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM offering o WHERE o.enrolled <> (SELECT COUNT(*) FROM enrolment e"
                + " WHERE e.offering_id = o.id AND e.status IN"
                + " ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED', 'NO_SHOW'))"
                + " OR o.waitlisted <> (SELECT COUNT(*) FROM enrolment e"
                + " WHERE e.offering_id = o.id AND e.status = 'WAITLISTED')"
                + " OR o.arrivals <> (SELECT COUNT(*) FROM enrolment e WHERE e.offering_id = o.id)"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM completion c JOIN enrolment e ON e.id = c.enrolment_id"
                + " JOIN offering o ON o.id = e.offering_id"
                + " WHERE e.status <> 'COMPLETED' OR c.course_id <> o.course_id"
                + " OR c.staff_id <> e.staff_id"));
    assertEquals(
        count("SELECT COUNT(*) FROM enrolment WHERE status IN ('ENROLLED', 'WAITLISTED')"),
        count("SELECT COUNT(*) FROM enrolment WHERE live = TRUE"));
    assertEquals(0, count("SELECT COUNT(*) FROM tier_achievement WHERE content_version_id <> 3"));
    for (String table : new String[] {"offering", "enrolment", "completion", "tier_achievement"}) {
      assertEquals(
          count("SELECT MAX(id) FROM " + table),
          count("SELECT next_val FROM id_gen WHERE gen_name = '" + table + "'"),
          table);
    }
  }

  @Test
  void bulkPlacesGoInAPartAtATime() throws Exception {
    LearningGenerator generator =
        new LearningGenerator(7, people, content, NOW, Scale.of(people.size()), Map.of());
    long started = System.nanoTime();
    Loaded loaded =
        LearningLoader.loadEnrolments(
            connection, generator, 120_000, 50_000, LearningLoader.courses(connection), NOW);
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "bulk: %d places in %d offerings in %d ms (%d places/s)%n",
        loaded.enrolments(), loaded.offerings(), ms, loaded.enrolments() * 1000L / Math.max(1, ms));
    assertEquals(120_000, loaded.enrolments());
    assertEquals(120_000, count("SELECT COUNT(*) FROM enrolment"));
    assertEquals(loaded.offerings(), count("SELECT COUNT(*) FROM offering"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM (SELECT offering_id, staff_id FROM enrolment"
                + " GROUP BY offering_id, staff_id HAVING COUNT(*) > 1) d"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM offering o WHERE o.enrolled > o.capacity OR o.enrolled <>"
                + " (SELECT COUNT(*) FROM enrolment e WHERE e.offering_id = o.id)"));
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }
}
