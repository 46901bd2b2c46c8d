package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.entity.ImportRun;

/**
 * The city the benchmarks that follow {@link RegistryImportBenchmark} work on: the registry it left
 * (20,000 staff), or, when a benchmark runs alone on an empty database, a city of 20,000 staff
 * imported here (seed 2023, the 1 April 2025 snapshot); then, once, the demo's learning history,
 * tiers and assessments at that size with places up to 1,000,000 (the demo's generator, as {@code
 * -Dlms.demo.staff=20000 -Dlms.demo.enrolments=1000000} loads it, see README).
 */
@Stateless
public class BenchmarkCity {

  @EJB TestData data;
  @EJB RegistryImport imports;
  @EJB AsHrFeed hrFeed;
  @EJB AsAdmin admin;
  @EJB DemoData demo;

  private static final String DATASOURCE = "java:jboss/datasources/LmsDS";

  private static final List<String> TABLES =
      List.of(
          "staff",
          "org_unit",
          "org_unit_version",
          "assignment",
          "course",
          "offering",
          "enrolment",
          "completion",
          "tier_achievement",
          "assessment",
          "assessment_latest",
          "requirement",
          "cohort_membership");

  public static final int STAFF = 20_000;

  public static final int PLACES = 1_000_000;

  /**
   * Imports the city when the registry is empty (otherwise leaves the registry as it is), and gives
   * it its learning when it has none.
   */
  public void ensure() throws Exception {
    if (data.fingerprint().get(0) == 0L) {
      importCity();
    }
    admin.call(
        () -> {
          demo.loadLearningAtScale(STAFF, PLACES);
          return null;
        });
    analyze();
  }

  /**
   * Has the database measure its tables again, as it would on its own some time after a bulk load.
   * Right after one, MariaDB's estimates still describe the tables as they were: it joined the
   * registry of 2,749 people found by a search from the units down (114 ms), where with fresh
   * estimates it goes from the people (36 ms).
   */
  public void analyze() throws Exception {
    DataSource dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
        statement.execute("ANALYZE");
      } else {
        statement.execute("ANALYZE TABLE " + String.join(", ", TABLES));
      }
    }
  }

  private void importCity() throws Exception {
    CityGenerator.Snapshot snapshot = new CityGenerator(2023, STAFF).snapshot(2025);
    Path dir = Files.createTempDirectory("lms-bench-city-");
    CityGenerator.write(snapshot, dir, StandardCharsets.UTF_8, false);
    ImportRun run =
        hrFeed.call(
            () ->
                imports
                    .run(
                        new RegistryImport.Request(
                            ImportRun.Channel.REST, LocalDate.of(2025, 4, 1), false, false),
                        new RegistryImport.Snapshot(
                            "orgs.csv",
                            Files.readAllBytes(dir.resolve("orgs.csv")),
                            "staff.csv",
                            Files.readAllBytes(dir.resolve("staff.csv"))))
                    .run());
    assertEquals(ImportRun.Outcome.APPLIED, run.getOutcome());
  }
}
