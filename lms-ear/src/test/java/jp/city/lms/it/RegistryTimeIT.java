package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryCalendar;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.boundary.RegistryHistory.PositionHolder;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.boundary.StaffDirectory;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.ImportRun.Outcome;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.boundary.Accounts;
import jp.city.lms.security.boundary.LoginRevocations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Time in the registry, with the city's clock moved as the days pass: a snapshot dated ahead
 * changes nothing that today sees until its day (then the daily change of date makes it so), one
 * dated before the last goes into history at its place without touching later history, and who
 * holds a position since when.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryTimeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB RegistryImport imports;
  @EJB RegistryHistory history;
  @EJB RegistryCalendar calendar;
  @EJB StaffDirectory directory;
  @EJB Accounts accounts;
  @EJB LoginRevocations revocations;
  @EJB TestData data;
  @EJB AsAdmin admin;
  @EJB AsHrFeed hrFeed;
  @EJB AsTrainingOffice trainingOffice;
  @Inject CityClock clock;

  private String prefix;
  private String section;
  private String otherSection;

  @BeforeEach
  void twoSectionsOfOurOwn() throws Exception {
    prefix = TestData.unique();
    section = prefix + "S1";
    otherSection = prefix + "S2";
    RegistryFiles base = data.registry();
    String parent = base.orgs.get(0).get("所属コード");
    base.addOrg(section, "時間第一課", parent, "課").addOrg(otherSection, "時間第二課", parent, "課");
    LocalDate effective = data.nextEffective();
    dayIs(effective);
    importAt(base, effective);
  }

  @AfterEach
  void backToToday() throws Exception {
    dayIs(CityClock.systemToday());
    clock.reset();
  }

  @Test
  void aLeaverDatedAheadLogsInUntilTheDateAndIsRefusedFromIt() throws Exception {
    String p = prefix + "L";
    RegistryFiles files = data.registry().hire(p, "予定　退職", "ヨテイ　タイショク", section, "係員");
    LocalDate hired = data.nextEffective();
    dayIs(hired);
    importAt(files, hired);
    data.account(p, "secret-3", "staff");
    assertEquals(200, getAs(p, "secret-3"), "logs in while working");

    LocalDate leaving = data.nextEffective();
    ImportRun ahead = importAt(files.remove(p), leaving);
    assertEquals(1, ahead.getCounts().left());
    assertEquals(StaffStatus.ACTIVE, asOf(p, leaving.minusDays(1)).status());
    assertEquals(StaffStatus.LEFT, asOf(p, leaving).status());
    assertTrue(accounts.forLogin(p).orElseThrow().mayLogIn(), "today is before the date");
    assertFalse(revocations.isRevoked(p));
    assertEquals(200, getAs(p, "secret-3"));
    assertEquals(1L, count(p, false), "still in the directory, in the old unit");
    assertEquals(section, directoryRow(p).getOrgUnit().getCode());

    dayIs(leaving.minusDays(1));
    assertEquals(200, getAs(p, "secret-3"), "the day before, still here");

    dayIs(leaving);
    assertFalse(accounts.forLogin(p).orElseThrow().mayLogIn(), "refused from the date on");
    assertTrue(revocations.isRevoked(p), "open sessions end");
    assertEquals(401, getAs(p, "secret-3"));
    assertEquals(0L, count(p, false));
    assertEquals(1L, count(p, true), "kept, as left");
  }

  @Test
  void aTransferDatedAheadShowsOnItsDay() throws Exception {
    String p = prefix + "T";
    RegistryFiles files = data.registry().hire(p, "予定　異動", "ヨテイ　イドウ", section, "係員");
    LocalDate hired = data.nextEffective();
    dayIs(hired);
    importAt(files, hired);

    LocalDate moving = data.nextEffective();
    ImportRun ahead = importAt(files.set(p, "所属コード", otherSection), moving);
    assertEquals(1, ahead.getCounts().transferred());
    assertEquals(section, directoryRow(p).getOrgUnit().getCode(), "not yet");
    assertEquals(otherSection, asOf(p, moving).orgCode(), "history knows it already");
    assertEquals(
        List.of(p),
        admin.call(() -> history.people(Scope.city(moving.minusDays(1)), section)).stream()
            .map(PersonAsOf::employeeNo)
            .filter(p::equals)
            .toList());

    dayIs(moving);
    assertEquals(otherSection, directoryRow(p).getOrgUnit().getCode());
    assertEquals(
        List.of(
            section + ":係員:" + hired + ":" + moving.minusDays(1),
            otherSection + ":係員:" + moving + ":null"),
        data.history(p));
  }

  @Test
  void aSnapshotDatedBeforeTheLastGoesIntoHistoryAtItsPlace() throws Exception {
    String p = prefix + "B";
    String q = prefix + "Q";
    LocalDate first = data.nextEffective();
    LocalDate middle = data.nextEffective();
    LocalDate last = data.nextEffective();
    dayIs(last);
    importAt(data.registry().hire(p, "過去　一郎", "カコ　イチロウ", section, "係員"), first);
    importAt(data.registry().set(p, "所属コード", otherSection), last);

    // the middle snapshot arrives after the last one: p was promoted in between, q came and went
    RegistryFiles middleFiles =
        data.registry()
            .set(p, "所属コード", section)
            .set(p, "職位", "主任")
            .hire(q, "短期　二郎", "タンキ　ジロウ", otherSection, "係員");
    ImportRun inserted = importAt(middleFiles, middle);
    assertEquals(1, inserted.getCounts().hired());
    assertEquals(1, inserted.getCounts().positionChanged());

    assertEquals(
        List.of(
            section + ":係員:" + first + ":" + middle.minusDays(1),
            section + ":主任:" + middle + ":" + last.minusDays(1),
            otherSection + ":係員:" + last + ":null"),
        data.history(p),
        "the later history stays as it was");
    assertEquals(
        List.of(otherSection + ":係員:" + middle + ":" + last.minusDays(1)), data.history(q));
    assertEquals(StaffStatus.LEFT, asOf(q, last).status(), "not in the later snapshot");
    assertEquals(otherSection, asOf(p, last).orgCode());
    assertEquals(StaffStatus.LEFT, directoryRow(q).getStatus(), "today is the last date");

    // importing the same middle snapshot again changes nothing
    ImportRun again = importAt(middleFiles, middle);
    assertEquals(
        0,
        again.getCounts().hired()
            + again.getCounts().transferred()
            + again.getCounts().positionChanged());
    assertEquals(3, data.history(p).size());
  }

  @Test
  void positionHoldersAreKnownWithTheDayTheyTookThePosition() throws Exception {
    String p = prefix + "P";
    LocalDate hired = data.nextEffective();
    LocalDate promoted = data.nextEffective();
    dayIs(promoted);
    importAt(data.registry().hire(p, "昇任　三郎", "ショウニン　サブロウ", section, "主任"), hired);
    importAt(data.registry().set(p, "職位", "係長"), promoted);
    LocalDate moved = data.nextEffective();
    importAt(data.registry().set(p, "所属コード", otherSection), moved);

    List<PositionHolder> chiefs = trainingOffice.call(() -> history.holders(List.of("係長"), moved));
    PositionHolder holder =
        chiefs.stream().filter(h -> h.employeeNo().equals(p)).findFirst().orElseThrow();
    assertEquals(promoted, holder.since(), "a transfer in the same position is no new start");
    assertEquals(otherSection, holder.orgCode());
    assertTrue(
        chiefs.stream().anyMatch(h -> h.since() == null),
        "chiefs who were chiefs when the registry began, hired before it: since unknown");
    assertNull(
        trainingOffice.call(() -> history.holders(List.of("係長"), hired)).stream()
            .filter(h -> h.employeeNo().equals(p))
            .findFirst()
            .orElse(null),
        "not a chief before the promotion");
  }

  /** The city's date is this day, and the daily change of date has run for it. */
  private void dayIs(LocalDate date) throws Exception {
    clock.setToday(date);
    admin.call(() -> calendar.turnDay());
  }

  private ImportRun importAt(RegistryFiles files, LocalDate effective) throws Exception {
    ImportRun run =
        hrFeed.call(
            () ->
                imports
                    .run(
                        new RegistryImport.Request(ImportRun.Channel.REST, effective, false, false),
                        new RegistryImport.Snapshot(
                            "orgs.csv", files.orgsCsv(), "staff.csv", files.staffCsv()))
                    .run());
    assertEquals(Outcome.APPLIED, run.getOutcome(), run.getRefusedBecause());
    return run;
  }

  private PersonAsOf asOf(String employeeNo, LocalDate date) throws Exception {
    return admin.call(() -> history.person(employeeNo, date, Scope.city(date))).orElseThrow();
  }

  private long count(String text, boolean includeLeft) throws Exception {
    return admin.call(() -> directory.count(new StaffDirectory.Criteria(text, null, includeLeft)));
  }

  private Staff directoryRow(String employeeNo) throws Exception {
    return admin
        .call(
            () ->
                directory.search(
                    new StaffDirectory.Criteria(employeeNo, null, true),
                    0,
                    1,
                    StaffDirectory.SortBy.EMPLOYEE_NO,
                    true))
        .get(0);
  }

  /** An API call with HTTP Basic: what a login of this person gets from the server. */
  private static int getAs(String user, String password) throws Exception {
    return Servers.getWithBasic("api/registry/staff/" + user, user, password).statusCode();
  }
}
