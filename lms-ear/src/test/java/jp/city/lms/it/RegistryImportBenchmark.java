package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.entity.ImportRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry import at the size of a large city, on demand ({@code ./mvnw verify -Pbenchmark},
 * see README): 20,000 staff into an EMPTY database, the same snapshot again, then 3,000 transfers
 * and 500 leavers. Prints the wall time of each run from the files' bytes to the committed
 * registry, and the heap peak. Goals: 5 s, 2 s, 5 s.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportBenchmark {

  private static final int STAFF = 20_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB RegistryImport imports;
  @EJB TestData data;
  @EJB AsHrFeed hrFeed;
  @EJB AsAdmin admin;

  @Test
  void twentyThousandStaff() throws Exception {
    assertEquals(0L, data.fingerprint().get(0), "the benchmark needs an empty registry");
    CityGenerator city = new CityGenerator(20_000, STAFF);
    CityGenerator.Snapshot base = city.snapshot(2025);
    CityGenerator.Snapshot moved = city.withChanges(base, 3_000, 500, LocalDate.of(2026, 4, 1));

    ImportRun first = measure("first import, 20,000 staff", 5.0, hrFeed::call, base, false);
    assertEquals(base.staff().size(), first.getCounts().hired());
    ImportRun again = measure("same snapshot again", 2.0, hrFeed::call, base, false);
    assertEquals(base.staff().size(), again.getCounts().unchanged());
    // 500 leavers are above the 2 % safeguard (400): an administrator confirms, as on a real 1
    // April
    ImportRun changes = measure("3,000 transfers, 500 leavers", 5.0, admin::call, moved, true);
    assertEquals(500, changes.getCounts().left());
    System.out.printf(
        "BENCHMARK counts of the last run: transferred %d, position changed %d, left %d, unchanged %d%n",
        changes.getCounts().transferred(),
        changes.getCounts().positionChanged(),
        changes.getCounts().left(),
        changes.getCounts().unchanged());
  }

  interface Caller {
    ImportRun call(Callable<ImportRun> work) throws Exception;
  }

  private ImportRun measure(
      String what,
      double goalSeconds,
      Caller caller,
      CityGenerator.Snapshot snapshot,
      boolean confirm)
      throws Exception {
    Path dir = Files.createTempDirectory("lms-bench-");
    CityGenerator.write(snapshot, dir, StandardCharsets.UTF_8, false);
    byte[] orgs = Files.readAllBytes(dir.resolve("orgs.csv"));
    byte[] staff = Files.readAllBytes(dir.resolve("staff.csv"));
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    ImportRun run =
        caller.call(
            () ->
                imports
                    .run(
                        new RegistryImport.Request(
                            ImportRun.Channel.REST, snapshot.effective(), false, confirm),
                        new RegistryImport.Snapshot("orgs.csv", orgs, "staff.csv", staff))
                    .run());
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        "BENCHMARK %-30s %6.2f s (goal %.0f s: %s)  heap peak %4d MB  outcome %s%n",
        what,
        seconds,
        goalSeconds,
        seconds <= goalSeconds ? "met" : "MISSED",
        peak / (1024 * 1024),
        run.getOutcome());
    assertEquals(ImportRun.Outcome.APPLIED, run.getOutcome(), run.getRefusedBecause());
    return run;
  }
}
