package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.ImportRuns;
import jp.city.lms.registry.boundary.RegistryCalendar;
import jp.city.lms.registry.boundary.RegistryDropFolder;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.boundary.RegistryRecovery;
import jp.city.lms.registry.boundary.StaffDirectory;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.entity.ImportRejection;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.ImportRun.Outcome;
import jp.city.lms.registry.entity.OrgUnitVersion;
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
 * The HR registry import against the real database: effective-dated transfers with their history
 * and "as of" answers, leavers and re-hires, idempotency, and every safeguard and kind of bad file
 * leaving the registry exactly as it was. Each test starts from the registry as it finds it and
 * puts back what it added.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB RegistryImport imports;
  @EJB RegistryHistory history;
  @EJB StaffDirectory directory;
  @EJB RegistryDropFolder dropFolder;
  @EJB RegistryRecovery recovery;
  @EJB RegistryUpdate update;
  @EJB ImportRuns runs;
  @EJB LoginRevocations revocations;
  @EJB Accounts accounts;
  @EJB TestData data;
  @EJB RegistryCalendar calendar;
  @Inject CityClock clock;
  @EJB AsAdmin admin;
  @EJB AsHrFeed hrFeed;
  @EJB AsTrainingOffice trainingOffice;

  private String prefix;
  private String section;
  private String otherSection;

  @AfterEach
  void backToToday() throws Exception {
    clock.reset();
    admin.call(() -> calendar.turnDay());
  }

  @BeforeEach
  void twoSectionsOfOurOwn() throws Exception {
    prefix = TestData.unique();
    section = prefix + "S1";
    otherSection = prefix + "S2";
    RegistryFiles base = data.registry();
    String parent = base.orgs.get(0).get("所属コード");
    base.addOrg(section, "試験第一課", parent, "課").addOrg(otherSection, "試験第二課", parent, "課");
    assertEquals(Outcome.APPLIED, importAsHrFeed(base, data.nextEffective()).getOutcome());
  }

  @Test
  void transfersAreEffectiveDatedAndAnsweredAsOfADate() throws Exception {
    String a = prefix + "A";
    String b = prefix + "B";
    RegistryFiles files =
        data.registry()
            .hire(a, "異動　一郎", "イドウ　イチロウ", section, "係員")
            .hire(b, "昇任　花子", "ショウニン　ハナコ", section, "主任");
    LocalDate hired = data.nextEffective();
    ImportRun first = importAsHrFeed(files, hired);
    assertEquals(2, first.getCounts().hired());

    files.set(a, "所属コード", otherSection).set(b, "職位", "係長").set(b, "上長職員番号", a);
    LocalDate moved = data.nextEffective();
    ImportRun second = importAsHrFeed(files, moved);
    assertEquals(1, second.getCounts().transferred());
    assertEquals(1, second.getCounts().positionChanged());
    assertEquals(0, second.getCounts().hired() + second.getCounts().left());

    assertEquals(
        List.of(
            section + ":係員:" + hired + ":" + moved.minusDays(1),
            otherSection + ":係員:" + moved + ":null"),
        data.history(a));
    PersonAsOf before = asOf(a, moved.minusDays(1));
    PersonAsOf after = asOf(a, moved);
    assertEquals(section, before.orgCode());
    assertEquals(otherSection, after.orgCode());
    assertEquals("主任", asOf(b, moved.minusDays(1)).position());
    assertEquals("係長", asOf(b, moved).position());
    assertEquals(a, asOf(b, moved).managerNo());
    assertTrue(
        admin.call(() -> history.person(a, hired.minusDays(1), Scope.city(hired))).isEmpty(),
        "unknown before being hired");

    List<String> inSectionBefore =
        admin.call(() -> history.people(Scope.city(moved.minusDays(1)), section)).stream()
            .map(PersonAsOf::employeeNo)
            .toList();
    List<String> inSectionAfter =
        admin.call(() -> history.people(Scope.city(moved), section)).stream()
            .map(PersonAsOf::employeeNo)
            .toList();
    assertEquals(List.of(a, b), inSectionBefore);
    assertEquals(List.of(b), inSectionAfter);
    assertTrue(
        admin
            .call(() -> history.subtreeAsOf(files.orgs.get(0).get("所属コード"), moved))
            .containsAll(Set.of(section, otherSection)));
  }

  @Test
  void orgUnitsRenamedMovedAndClosedKeepTheirHistory() throws Exception {
    String top = prefix + "T";
    String moving = prefix + "M";
    String below = prefix + "MB";
    String closing = prefix + "Z";
    RegistryFiles files =
        data.registry()
            .addOrg(top, "試験局", null, "局")
            .addOrg(moving, "移動課", section, "課")
            .addOrg(below, "移動係", moving, "係")
            .addOrg(closing, "廃止課", section, "課")
            .hire(prefix + "W", "係員　七郎", "カカリイン　シチロウ", below, "係員");
    LocalDate opened = data.nextEffective();
    importAsHrFeed(files, opened);

    files.orgs.removeIf(o -> o.get("所属コード").equals(closing));
    files.orgs.stream()
        .filter(o -> o.get("所属コード").equals(moving))
        .forEach(o -> o.put("上位所属コード", top));
    files.orgs.stream()
        .filter(o -> o.get("所属コード").equals(section))
        .forEach(o -> o.put("所属名", "試験第一課（改）"));
    LocalDate reorganised = data.nextEffective();
    ImportRun run = importAsHrFeed(files, reorganised);
    assertEquals(1, run.getCounts().orgsRenamed());
    assertEquals(1, run.getCounts().orgsMoved());
    assertEquals(1, run.getCounts().orgsClosed());

    LocalDate dayBefore = reorganised.minusDays(1);
    assertEquals(
        "試験第一課",
        admin
            .call(() -> history.unitAsOf(section, dayBefore).map(OrgUnitVersion::getName))
            .orElseThrow());
    assertEquals(
        "試験第一課（改）",
        admin
            .call(() -> history.unitAsOf(section, reorganised).map(OrgUnitVersion::getName))
            .orElseThrow());
    assertTrue(
        admin
            .call(() -> history.unitAsOf(closing, dayBefore).map(OrgUnitVersion::getName))
            .isPresent());
    assertTrue(
        admin
            .call(() -> history.unitAsOf(closing, reorganised).map(OrgUnitVersion::getName))
            .isEmpty(),
        "closed");
    assertEquals(
        Set.of(section, moving, below, closing),
        Set.copyOf(admin.call(() -> history.subtreeAsOf(section, dayBefore))));
    assertEquals(
        Set.of(section), Set.copyOf(admin.call(() -> history.subtreeAsOf(section, reorganised))));
    assertEquals(
        Set.of(top, moving, below),
        Set.copyOf(admin.call(() -> history.subtreeAsOf(top, reorganised))));
    assertEquals(
        List.of(prefix + "W"),
        admin.call(() -> history.people(Scope.city(dayBefore), section)).stream()
            .map(PersonAsOf::employeeNo)
            .toList());
    // each version carries its path as it was then: the unit below the moved one too
    String topPath = admin.call(() -> history.unitAsOf(top, reorganised)).orElseThrow().getPath();
    assertEquals(
        topPath + moving + "/" + below + "/",
        admin.call(() -> history.unitAsOf(below, reorganised)).orElseThrow().getPath());
    assertTrue(
        admin
            .call(() -> history.unitAsOf(below, dayBefore))
            .orElseThrow()
            .getPath()
            .endsWith("/" + section + "/" + moving + "/" + below + "/"));
    // the directory's subtree filter follows the move down to the unit below the one that moved
    assertEquals(
        1L,
        (long) admin.call(() -> directory.count(new StaffDirectory.Criteria(null, top, false))));
    assertEquals(
        0L,
        (long)
            admin.call(
                () -> directory.count(new StaffDirectory.Criteria(prefix + "W", section, false))));
  }

  @Test
  void leaversAreMarkedNeverDeletedCannotLogInAndComeBackAsTheSamePerson() throws Exception {
    String c = prefix + "C";
    RegistryFiles files = data.registry().hire(c, "退職　三郎", "タイショク　サブロウ", section, "係員");
    importAsHrFeed(files, data.nextEffective());
    data.account(c, "secret-1", "staff");
    assertTrue(accounts.forLogin(c).orElseThrow().mayLogIn());

    LocalDate left = data.nextEffective();
    ImportRun leaving = importAsHrFeed(files.remove(c), left);
    assertEquals(1, leaving.getCounts().left());
    assertEquals(StaffStatus.LEFT, asOf(c, left).status());
    assertEquals(StaffStatus.ACTIVE, asOf(c, left.minusDays(1)).status());
    assertFalse(accounts.forLogin(c).orElseThrow().mayLogIn(), "a leaver cannot log in");
    assertTrue(revocations.isRevoked(c), "a leaver's open session ends at the next request");

    LocalDate back = data.nextEffective();
    files.hire(c, "退職　三郎", "タイショク　サブロウ", otherSection, "主任");
    ImportRun rehire = importAsHrFeed(files, back);
    assertEquals(1, rehire.getCounts().hired());
    assertEquals(StaffStatus.ACTIVE, asOf(c, back).status());
    assertEquals(otherSection, asOf(c, back).orgCode());
    assertEquals(2, data.history(c).size(), "the same person, with both spells of work");
    assertTrue(accounts.forLogin(c).orElseThrow().mayLogIn());
    assertFalse(revocations.isRevoked(c));
  }

  @Test
  void aRunCutOffByAServerStopShowsAsFailedAndChangedNothing() throws Exception {
    List<Long> before = data.fingerprint();
    long cutOff =
        update.start(
            new ImportRun(
                "hr-feed",
                ImportRun.Channel.REST,
                "orgs.csv",
                "staff.csv",
                data.nextEffective(),
                false,
                false,
                LocalDateTime.now()));
    long running =
        update.start(
            new ImportRun(
                "hr-feed",
                ImportRun.Channel.REST,
                "orgs.csv",
                "staff.csv",
                data.nextEffective(),
                false,
                false,
                LocalDateTime.now()));
    data.startedYesterday(cutOff);
    admin.call(
        () -> {
          recovery.markInterruptedRuns();
          return null;
        });
    ImportRun run = admin.call(() -> runs.find(cutOff)).orElseThrow();
    assertEquals(Outcome.FAILED, run.getOutcome());
    assertTrue(run.getRefusedBecauseEn().contains("Interrupted"), run.getRefusedBecauseEn());
    assertTrue(run.getRefusedBecause().contains("中断"), run.getRefusedBecause());
    assertEquals(
        Outcome.RUNNING,
        admin.call(() -> runs.find(running)).orElseThrow().getOutcome(),
        "a run begun since the start is left alone");
    update.fail(running, "run.interrupted");
    assertEquals(before, data.fingerprint());
  }

  @Test
  void theSameSnapshotTwiceChangesNothingTheSecondTime() throws Exception {
    RegistryFiles files = data.registry();
    LocalDate effective = data.nextEffective();
    importAsHrFeed(files, effective);
    List<Long> before = data.fingerprint();
    ImportRun again = importAsHrFeed(files, effective);
    assertEquals(Outcome.APPLIED, again.getOutcome());
    assertEquals(files.staffCount(), again.getCounts().unchanged());
    assertEquals(
        0,
        again.getCounts().hired()
            + again.getCounts().transferred()
            + again.getCounts().positionChanged()
            + again.getCounts().updated()
            + again.getCounts().left());
    assertEquals(before, data.fingerprint());
  }

  @Test
  void aDryRunReportsTheDiffAndChangesNothing() throws Exception {
    RegistryFiles files = data.registry().hire(prefix + "D", "試行　四郎", "シコウ　シロウ", section, "係員");
    List<Long> before = data.fingerprint();
    RegistryUpdate.Result result =
        hrFeed.call(
            () ->
                imports.run(
                    new RegistryImport.Request(
                        ImportRun.Channel.REST, data.nextEffective(), true, false),
                    snapshot(files.orgsCsv(), files.staffCsv())));
    assertEquals(Outcome.DRY_RUN, result.run().getOutcome());
    assertEquals(1, result.run().getCounts().hired());
    assertEquals(
        prefix + "D",
        result.changes().staff().stream()
            .filter(c -> c.kind() == jp.city.lms.registry.control.StaffChange.Kind.HIRED)
            .findFirst()
            .orElseThrow()
            .employeeNo());
    assertEquals(before, data.fingerprint());
  }

  @Test
  void aRejectedRowKeepsThePersonAsTheyWere() throws Exception {
    String e = prefix + "E";
    RegistryFiles files = data.registry().hire(e, "拒否　五郎", "キョヒ　ゴロウ", section, "係員");
    importAsHrFeed(files, data.nextEffective());
    files.set(e, "所属コード", "NO-SUCH-UNIT");
    ImportRun run = importAsHrFeed(files, data.nextEffective());
    assertEquals(Outcome.APPLIED, run.getOutcome());
    assertEquals(0, run.getCounts().left(), "a rejected row never makes anyone missing");
    assertEquals(1, run.getRejected());
    ImportRejection rejection = run.getRejections().get(0);
    assertEquals("staff.csv", rejection.getFileName());
    assertEquals("所属コード", rejection.getField());
    assertEquals("NO-SUCH-UNIT", rejection.getValue());
    assertEquals(files.staff.indexOf(files.person(e)) + 2, rejection.getLineNo());
    assertTrue(rejection.getReason().contains("NO-SUCH-UNIT"), rejection.getReason());
    assertEquals(section, asOf(e, LocalDate.of(9999, 1, 1)).orgCode());
  }

  @Test
  void badFilesAreRefusedAndChangeNothing() throws Exception {
    RegistryFiles files = data.registry();
    byte[] orgs = files.orgsCsv();
    String header = String.join(",", RegistryFiles.STAFF_HEADERS) + "\r\n";
    assertRefused("EMPTY", orgs, new byte[0]);
    assertRefused("EMPTY", orgs, header.getBytes(StandardCharsets.UTF_8));
    assertRefused(
        "MISSING_COLUMN",
        orgs,
        new String(files.staffCsv(), StandardCharsets.UTF_8)
            .replaceFirst("所属コード", "部署")
            .getBytes(StandardCharsets.UTF_8));
    String csv = new String(files.staffCsv(), StandardCharsets.UTF_8);
    String firstRow = csv.lines().skip(1).findFirst().orElseThrow();
    assertRefused(
        "DUPLICATE_EMPLOYEE_NO", orgs, (csv + firstRow + "\r\n").getBytes(StandardCharsets.UTF_8));
    assertRefused("UNDECODABLE", orgs, new byte[] {'a', ',', (byte) 0x81, (byte) 0xFF, '\n'});
    // Windows-31J is read as such: the same registry in Shift_JIS changes nothing and is not
    // refused
    ImportRun sjis =
        importAs(
            hrFeed, files.orgsCsv(), files.staffCsv(Charset.forName("windows-31j")), false, false);
    assertEquals(Outcome.APPLIED, sjis.getOutcome());
    assertEquals(files.staffCount(), sjis.getCounts().unchanged());
  }

  @Test
  void tooManyLeaversIsRefusedUnlessConfirmed() throws Exception {
    RegistryFiles files = data.registry();
    // more than 2 % of everyone, counting themselves, and more than 50
    int leavers = files.staffCount() * 3 / 100 + 60;
    for (int i = 0; i < leavers; i++) {
      files.hire(prefix + "L" + i, "大量　" + i, "タイリョウ　" + i, section, "係員");
    }
    importAsHrFeed(files, data.nextEffective());
    for (int i = 0; i < leavers; i++) {
      files.remove(prefix + "L" + i);
    }
    List<Long> before = data.fingerprint();
    ImportRun refused = importAs(trainingOffice, files.orgsCsv(), files.staffCsv(), false, true);
    assertEquals(Outcome.REFUSED, refused.getOutcome(), "the training office cannot confirm");
    assertEquals("TOO_MANY_LEAVERS", refused.getRefusedReason());
    assertTrue(
        refused.getRefusedBecause().replace(",", "").contains(String.valueOf(leavers)),
        refused.getRefusedBecause());
    assertTrue(refused.getRefusedBecauseEn().contains("2 %"), refused.getRefusedBecauseEn());
    assertEquals(before, data.fingerprint());

    ImportRun unconfirmed = importAs(hrFeed, files.orgsCsv(), files.staffCsv(), false, false);
    assertEquals(Outcome.REFUSED, unconfirmed.getOutcome());
    assertEquals(before, data.fingerprint());

    ImportRun confirmed = importAs(hrFeed, files.orgsCsv(), files.staffCsv(), false, true);
    assertEquals(
        Outcome.APPLIED, confirmed.getOutcome(), "confirm=true on an administrator's word");
    assertTrue(confirmed.isConfirmed());
    assertEquals(leavers, confirmed.getCounts().left());
  }

  @Test
  void aSnapshotMuchSmallerThanTheLastImportIsRefused() throws Exception {
    RegistryFiles files = data.registry();
    importAsHrFeed(files, data.nextEffective());
    // a tenth of the rows unreadable: nobody goes missing, but the registry would shrink below 90 %
    for (int i = 0; i < files.staff.size(); i += 9) {
      files.staff.get(i).put("採用年月日", "not-a-date");
    }
    List<Long> before = data.fingerprint();
    ImportRun refused = importAs(hrFeed, files.orgsCsv(), files.staffCsv(), false, false);
    assertEquals(Outcome.REFUSED, refused.getOutcome());
    assertEquals("REGISTRY_SHRINK", refused.getRefusedReason());
    assertEquals(before, data.fingerprint());
  }

  @Test
  void theDropFolderImportsAndFilesTheSnapshotWithItsReport() throws Exception {
    RegistryFiles files = data.registry().hire(prefix + "F", "夜間　六郎", "ヤカン　ロクロウ", section, "係員");
    Path folder = Files.createDirectories(RegistryDropFolder.folder());
    Files.write(folder.resolve("orgs.csv"), files.orgsCsv());
    Files.write(folder.resolve("staff.csv"), files.staffCsv());
    Files.writeString(folder.resolve("effective"), data.nextEffective().toString());
    ImportRun run = admin.call(() -> dropFolder.runNow()).orElseThrow();
    assertEquals(Outcome.APPLIED, run.getOutcome(), run.getRefusedBecause());
    assertEquals(ImportRun.Channel.FOLDER, run.getChannel());
    assertEquals(1, run.getCounts().hired());
    assertFalse(Files.exists(folder.resolve("staff.csv")), "the snapshot was moved away");
    Path done = filed(folder.resolve("done"), run);
    assertTrue(Files.exists(done.resolve("staff.csv")));
    assertTrue(Files.readString(done.resolve("report.json")).contains("\"APPLIED\""));

    Files.write(folder.resolve("orgs.csv"), files.orgsCsv());
    Files.write(folder.resolve("staff.csv"), new byte[0]);
    ImportRun refused = admin.call(() -> dropFolder.runNow()).orElseThrow();
    assertEquals(Outcome.REFUSED, refused.getOutcome());
    Path refusedFolder = filed(folder.resolve("refused"), refused);
    assertTrue(Files.readString(refusedFolder.resolve("report.json")).contains("staff.csv"));
    assertTrue(admin.call(() -> dropFolder.runNow()).isEmpty(), "nothing left to import");
  }

  private static Path filed(Path parent, ImportRun run) throws Exception {
    try (var entries = Files.list(parent)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith("-run" + run.getId()))
          .findFirst()
          .orElseThrow();
    }
  }

  private void assertRefused(String reason, byte[] orgs, byte[] staff) throws Exception {
    List<Long> before = data.fingerprint();
    ImportRun run = importAs(hrFeed, orgs, staff, false, false);
    assertEquals(Outcome.REFUSED, run.getOutcome(), reason);
    assertEquals(reason, run.getRefusedReason());
    assertFalse(run.getRefusedBecause().isBlank());
    assertEquals(before, data.fingerprint(), reason + " changed the registry");
  }

  /** Imports as of today: the city's clock moves to the snapshot's date first. */
  private ImportRun importAsHrFeed(RegistryFiles files, LocalDate effective) throws Exception {
    clock.setToday(effective);
    ImportRun run =
        hrFeed.call(
            () ->
                imports
                    .run(
                        new RegistryImport.Request(ImportRun.Channel.REST, effective, false, false),
                        snapshot(files.orgsCsv(), files.staffCsv()))
                    .run());
    assertEquals(Outcome.APPLIED, run.getOutcome(), run.getRefusedBecause());
    return run;
  }

  private ImportRun importAs(
      Object caller, byte[] orgs, byte[] staff, boolean dryRun, boolean confirm) throws Exception {
    LocalDate effective = data.nextEffective();
    clock.setToday(effective);
    RegistryImport.Request request =
        new RegistryImport.Request(ImportRun.Channel.REST, effective, dryRun, confirm);
    java.util.concurrent.Callable<ImportRun> work =
        () -> imports.run(request, snapshot(orgs, staff)).run();
    if (caller instanceof AsAdmin a) {
      return a.call(work);
    }
    return caller instanceof AsTrainingOffice t ? t.call(work) : ((AsHrFeed) caller).call(work);
  }

  private PersonAsOf asOf(String employeeNo, LocalDate date) throws Exception {
    return admin.call(() -> history.person(employeeNo, date, Scope.city(date))).orElseThrow();
  }

  private static RegistryImport.Snapshot snapshot(byte[] orgs, byte[] staff) {
    return new RegistryImport.Snapshot("orgs.csv", orgs, "staff.csv", staff);
  }
}
