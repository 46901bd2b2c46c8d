package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.skills.boundary.SkillMaps;
import jp.city.lms.skills.boundary.TalentSearch;
import jp.city.lms.skills.control.LatestAssessments;
import jp.city.lms.skills.entity.TalentCriteria;
import jp.city.lms.skills.entity.TalentCriteria.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Skills at the size of the city, on demand ({@code ./mvnw verify -Pbenchmark
 * -Dit.test=SkillsBenchmark}, see README), on the registry of 20,000 staff the other benchmarks
 * share ({@link BenchmarkCity}, with the demo's learning and tiers at that size) and 3,000,000
 * assessments written by JDBC batches when there are fewer: every person's DSS-L skills by themself
 * and their manager each year and by test twice, and for 11,000 of them the skills of a DSS-P role
 * and two of a second. Prints the server time (the boundary called in the server, as the training
 * office, without HTTP and page rendering) of the skill map of a unit of about 300 people and of a
 * talent search over the whole city, p50/p95 over 100 calls (goal p95 100 ms each).
 */
@ExtendWith(ArquillianExtension.class)
class SkillsBenchmark {

  private static final String DATASOURCE = "java:jboss/datasources/LmsDS";
  private static final int CALLS = 100;
  private static final long ASSESSMENTS = 3_000_000;
  private static final int BATCH = 5_000;
  private static final List<String> LITERACY =
      List.of(
          "DSS-L-MIND-01",
          "DSS-L-MIND-02",
          "DSS-L-MIND-03",
          "DSS-L-MIND-04",
          "DSS-L-WHY-01",
          "DSS-L-WHY-02",
          "DSS-L-WHAT-01",
          "DSS-L-WHAT-02",
          "DSS-L-WHAT-03",
          "DSS-L-HOW-01",
          "DSS-L-HOW-02",
          "DSS-L-HOW-03");
  private static final List<List<String>> ROLES =
      List.of(
          List.of("DSS-P-BA-01", "DSS-P-BA-02", "DSS-P-BA-03", "DSS-P-BA-04"),
          List.of("DSS-P-DE-01", "DSS-P-DE-02", "DSS-P-DE-03"),
          List.of("DSS-P-DS-01", "DSS-P-DS-02", "DSS-P-DS-03"),
          List.of("DSS-P-SE-01", "DSS-P-SE-02", "DSS-P-SE-03"),
          List.of("DSS-P-CS-01", "DSS-P-CS-02", "DSS-P-CS-03"));

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB BenchmarkCity city;
  @EJB AsTrainingOffice office;
  @EJB SkillMaps maps;
  @EJB TalentSearch search;
  @EJB RegistryHistory registry;
  @Inject CityClock clock;

  @Test
  void skillMapAndTalentSearchAtCityScale() throws Exception {
    DataSource dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
    city.ensure();
    if (count(dataSource, "SELECT COUNT(*) FROM assessment") < ASSESSMENTS) {
      long started = System.nanoTime();
      long written = assessments(dataSource);
      System.out.printf(
          Locale.ROOT,
          "BENCHMARK %-44s %,d rows in %.1f s%n",
          "skills: assessments written (JDBC)",
          written,
          (System.nanoTime() - started) / 1e9);
      city.analyze();
    }
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s %,d staff, %,d assessments, %,d tier achievements%n",
        "skills: data",
        count(dataSource, "SELECT COUNT(*) FROM staff"),
        count(dataSource, "SELECT COUNT(*) FROM assessment"),
        count(dataSource, "SELECT COUNT(*) FROM tier_achievement"));

    LocalDate today = clock.today();
    String unit = office.call(() -> unitOfAbout(300, today));
    int people = office.call(() -> maps.map(today, unit, null).lines().size());
    time(
        "  of which: the unit's people (registry)",
        () -> office.call(() -> registry.people(Scope.city(today), unit).size()));
    time(
        "skill map of a unit (" + people + " people)",
        () -> office.call(() -> maps.map(today, unit, null).lines().size()));
    TalentCriteria criteria =
        new TalentCriteria(
            List.of(new Requirement("DSS-P-DS-01", 3), new Requirement("DSS-P-BA-01", 2)), null);
    time(
        "talent search, whole city (DS-01>=3, BA-01>=2)",
        () -> office.call(() -> search.find(criteria, today, null, null, null).size()));
    TalentCriteria literacy = new TalentCriteria(List.of(new Requirement("DSS-L-HOW-01", 4)), null);
    time(
        "talent search, whole city (L-HOW-01>=4)",
        () -> office.call(() -> search.find(literacy, today, null, null, null).size()));
  }

  /** The unit whose people (it and everything below it) are nearest in number to {@code size}. */
  private String unitOfAbout(int size, LocalDate today) {
    Map<String, Integer> counts = new HashMap<>();
    for (PersonAsOf p : registry.people(Scope.city(today), null)) {
      for (String code : p.orgPath().split("/")) {
        if (!code.isEmpty()) {
          counts.merge(code, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .min(
            (a, b) -> Integer.compare(Math.abs(a.getValue() - size), Math.abs(b.getValue() - size)))
        .orElseThrow()
        .getKey();
  }

  private static void time(String what, Callable<Integer> call) throws Exception {
    for (int i = 0; i < 10; i++) {
      call.call();
    }
    double[] millis = new double[CALLS];
    int size = 0;
    for (int i = 0; i < CALLS; i++) {
      long started = System.nanoTime();
      size = call.call();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s p50 %5.1f ms, p95 %5.1f ms, max %5.1f ms (goal p95 100 ms; %d calls,"
            + " %,d lines)%n",
        what,
        millis[CALLS / 2],
        millis[(int) Math.ceil(CALLS * 0.95) - 1],
        millis[CALLS - 1],
        CALLS,
        size);
  }

  /**
   * About 150 assessments a person: each DSS-L skill by the person in June from 2023 to 2026, their
   * manager the March after (none yet for 2026) and by test in two years (108), and for 10,000
   * people their DSS-P role's skills and two of another role by the three sources over six dates
   * (about 84). Levels climb slowly from where each person started.
   */
  private static long assessments(DataSource dataSource) throws Exception {
    Random random = new Random(2023);
    try (Connection connection = dataSource.getConnection()) {
      List<long[]> staff = new ArrayList<>();
      try (PreparedStatement statement =
              connection.prepareStatement("SELECT id FROM staff ORDER BY id");
          ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          staff.add(new long[] {result.getLong(1)});
        }
      }
      long id = count(connection, "SELECT COALESCE(MAX(id), 0) FROM assessment") + 1;
      long first = id;
      Timestamp recorded = Timestamp.valueOf(LocalDateTime.of(2026, 4, 1, 17, 0));
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO assessment (id, staff_id, skill_code, skill_level, source,"
                  + " assessed_on, framework_version, recorded_by, recorded_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, 'DSS 2024.07', 'benchmark', ?)")) {
        int pending = 0;
        for (int p = 0; p < staff.size() && id - first < ASSESSMENTS; p++) {
          long person = staff.get(p)[0];
          for (String skill : LITERACY) {
            int level = random.nextInt(3);
            for (int year = 2023; year <= 2026; year++) {
              LocalDate june = LocalDate.of(year, 6, 1 + random.nextInt(28));
              add(insert, id++, person, skill, level, "SELF", june, recorded);
              pending++;
              if (year < 2026) {
                int managers = Math.max(0, Math.min(4, level + random.nextInt(3) - 1));
                add(insert, id++, person, skill, managers, "MANAGER", june.plusMonths(9), recorded);
                pending++;
              }
              if (year == 2024 || year == 2025) {
                add(insert, id++, person, skill, level, "TEST", june.plusDays(30), recorded);
                pending++;
              }
              level = Math.min(4, level + (random.nextInt(3) == 0 ? 1 : 0));
            }
          }
          if (p < 11_000) {
            List<String> role = ROLES.get(p % ROLES.size());
            List<String> other = ROLES.get((p / ROLES.size() + p + 1) % ROLES.size());
            List<String> skills = new ArrayList<>(role);
            skills.addAll(other.subList(0, 2));
            for (String skill : skills) {
              int level = random.nextInt(3);
              for (int k = 0; k < 6; k++) {
                LocalDate on = LocalDate.of(2023, 7, 1).plusDays(k * 180L + random.nextInt(60));
                for (String source : List.of("SELF", "MANAGER", "TEST")) {
                  if (source.equals("TEST") && k % 2 == 1) {
                    continue;
                  }
                  add(insert, id++, person, skill, level, source, on, recorded);
                  pending++;
                }
                level = Math.min(4, level + (random.nextInt(2) == 0 ? 1 : 0));
              }
            }
          }
          if (pending >= BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement gen =
          connection.prepareStatement(
              "UPDATE id_gen SET next_val = ? WHERE gen_name = 'assessment'")) {
        gen.setLong(1, id + 100);
        gen.executeUpdate();
      }
      // the latest of each person, skill and source, as the application keeps it, set-based
      LatestAssessments.rebuild(connection);
      try (PreparedStatement analyse =
          connection.prepareStatement("ANALYZE TABLE assessment, assessment_latest")) {
        analyse.execute();
      }
      return id - first;
    }
  }

  private static void add(
      PreparedStatement insert,
      long id,
      long staff,
      String skill,
      int level,
      String source,
      LocalDate on,
      Timestamp recorded)
      throws Exception {
    insert.setLong(1, id);
    insert.setLong(2, staff);
    insert.setString(3, skill);
    insert.setInt(4, level);
    insert.setString(5, source);
    insert.setDate(6, Date.valueOf(on));
    insert.setTimestamp(7, recorded);
    insert.addBatch();
  }

  private static long count(DataSource dataSource, String sql) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return count(connection, sql);
    }
  }

  private static long count(Connection connection, String sql) throws Exception {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      assertEquals(1, result.getMetaData().getColumnCount());
      return result.getLong(1);
    }
  }
}
