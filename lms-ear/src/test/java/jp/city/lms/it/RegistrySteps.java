package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.boundary.RegistryCalendar;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.entity.ImportRun;

/**
 * The steps of a test that lets days pass in the registry: move the city's clock to a day (and let
 * the registry show that day, as its daily job does), and import a snapshot as the HR feed, which
 * must be applied.
 */
@Stateless
@PermitAll
public class RegistrySteps {

  @EJB TestData data;
  @EJB RegistryImport imports;
  @EJB RegistryCalendar calendar;
  @EJB AsAdmin admin;
  @EJB AsHrFeed hrFeed;
  @Inject CityClock clock;

  public void dayIs(LocalDate date) throws Exception {
    clock.setToday(date);
    admin.call(() -> calendar.turnDay());
  }

  /** Back to the real date, and the registry as of it. */
  public void today() throws Exception {
    dayIs(CityClock.systemToday());
    clock.reset();
  }

  /**
   * The people and units a test brought in with snapshots dated ahead leave again, by a snapshot
   * dated after every other without them: the registry's latest state (what other tests take as
   * "the registry now") has none of them, as before the test.
   */
  public void removeAll(String prefix) throws Exception {
    RegistryFiles files = data.registry();
    files.staff.removeIf(row -> row.get("職員番号").startsWith(prefix));
    files.orgs.removeIf(row -> row.get("所属コード").startsWith(prefix));
    importAt(files, data.nextEffective());
  }

  public ImportRun importAt(RegistryFiles files, LocalDate effective) throws Exception {
    ImportRun run =
        hrFeed.call(
            () ->
                imports
                    .run(
                        new RegistryImport.Request(ImportRun.Channel.REST, effective, false, false),
                        new RegistryImport.Snapshot(
                            "orgs.csv", files.orgsCsv(), "staff.csv", files.staffCsv()))
                    .run());
    assertEquals(ImportRun.Outcome.APPLIED, run.getOutcome(), run.getRefusedBecause());
    return run;
  }
}
