package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
