package jp.city.lms.registry.control;

import static jp.city.lms.registry.control.Snapshots.ORGS;
import static jp.city.lms.registry.control.Snapshots.STAFF;
import static jp.city.lms.registry.control.Snapshots.STAFF_HEADER;
import static jp.city.lms.registry.control.Snapshots.orgsOf;
import static jp.city.lms.registry.control.Snapshots.read;
import static jp.city.lms.registry.control.Snapshots.registryOf;
import static jp.city.lms.registry.control.Snapshots.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.registry.control.OrgChange.Kind;
import jp.city.lms.registry.control.SnapshotRefusedException.Reason;
import jp.city.lms.registry.entity.ChangeCounts;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegistryDiffTest {

  private final ParsedSnapshot base = base();
  private final Map<String, CurrentStaff> registry = registryOf(base);
  private final Map<String, CurrentOrg> orgUnits = orgsOf(base);

  private static ParsedSnapshot base() {
    try {
      return read(ORGS, STAFF);
    } catch (SnapshotRefusedException e) {
      throw new AssertionError(e);
    }
  }

  private RegistryChanges diff(String[] orgs, String[] staff) throws SnapshotRefusedException {
    return RegistryDiff.compute(registry, orgUnits, read(orgs, staff), 0);
  }

  private RegistryChanges diffStaff(String... staff) throws SnapshotRefusedException {
    return diff(ORGS, staff);
  }

  private static StaffChange change(RegistryChanges changes, String employeeNo) {
    return changes.staff().stream()
        .filter(change -> change.employeeNo().equals(employeeNo))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change for " + employeeNo));
  }

  private static OrgChange orgChange(RegistryChanges changes, String code) {
    return changes.orgs().stream()
        .filter(change -> change.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change for org " + code));
  }

  /** STAFF with one person's row replaced. */
  private static String[] replacing(String employeeNo, String row) {
    List<String> lines = new ArrayList<>();
    for (String line : STAFF) {
      lines.add(line.startsWith(employeeNo + ",") ? row : line);
    }
    return lines.toArray(String[]::new);
  }

  /** STAFF without one person's row. */
  private static String[] without(String employeeNo) {
    return Arrays.stream(STAFF)
        .filter(line -> !line.startsWith(employeeNo + ","))
        .toArray(String[]::new);
  }

  @Test
  void theSameSnapshotAgainChangesNothing() throws Exception {
    RegistryChanges changes = RegistryDiff.compute(registry, orgUnits, read(ORGS, STAFF), 4);

    assertTrue(
        changes.staff().stream().allMatch(c -> c.kind() == StaffChange.Kind.UNCHANGED),
        changes.staff()::toString);
    assertEquals(new ChangeCounts(0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 4), changes.counts());
    assertTrue(changes.orgs().isEmpty());
    assertFalse(changes.changesAnything());
    assertTrue(changes.safeguard().isEmpty());
  }

  @Test
  void aFirstImportHiresEveryoneAndAddsEveryUnit() throws Exception {
    RegistryChanges changes = RegistryDiff.compute(Map.of(), Map.of(), base, 0);

    assertEquals(new ChangeCounts(4, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 4), changes.counts());
    StaffChange hired = change(changes, "1002");
    assertEquals(
        new StaffChange(
            "1002", "佐藤 花子", StaffChange.Kind.HIRED, null, "110", null, "部長", hired.row()),
        hired);
    assertFalse(hired.rehire());
    assertEquals(0, changes.activeBefore());
    assertTrue(changes.safeguard().isEmpty());
  }

  @Nested
  class People {

    @Test
    void hired() throws Exception {
      RegistryChanges changes = diffStaff(with(STAFF, "1005,田中 三郎,,111,係員,事務,2025-04-01,在職,,1003"));

      StaffChange change = change(changes, "1005");
      assertEquals(StaffChange.Kind.HIRED, change.kind());
      assertEquals("111", change.toOrgCode());
      assertEquals("係員", change.toPosition());
      assertEquals(LocalDate.of(2025, 4, 1), change.row().hiredOn());
      assertEquals(1, changes.counts().hired());
      assertEquals(4, changes.counts().unchanged());
    }

    @Test
    void rehiredAfterHavingLeft() throws Exception {
      StaffRow old = base.staff().get(3);
      registry.put("1004", Snapshots.current(old, StaffStatus.LEFT));

      RegistryChanges changes =
          diffStaff(replacing("1004", "1004,高橋 次郎,,200,係長,デジタル,2023-04-01,在職,,"));

      StaffChange change = change(changes, "1004");
      assertEquals(StaffChange.Kind.HIRED, change.kind());
      assertTrue(change.rehire());
      assertEquals("111", change.fromOrgCode());
      assertEquals("200", change.toOrgCode());
      assertEquals(1, changes.counts().hired());
    }

    @Test
    void transferredWithANewPosition() throws Exception {
      RegistryChanges changes =
          diffStaff(replacing("1004", "1004,高橋 次郎,,200,主査,デジタル,2023-04-01,在職,,1003"));

      assertEquals(
          new StaffChange(
              "1004",
              "高橋 次郎",
              StaffChange.Kind.TRANSFERRED,
              "111",
              "200",
              "係員",
              "主査",
              change(changes, "1004").row()),
          change(changes, "1004"));
      assertEquals(1, changes.counts().transferred());
    }

    @Test
    void positionChangedInTheSameUnit() throws Exception {
      RegistryChanges changes =
          diffStaff(replacing("1004", "1004,高橋 次郎,,111,主査,デジタル,2023-04-01,在職,,1003"));

      StaffChange change = change(changes, "1004");
      assertEquals(StaffChange.Kind.POSITION_CHANGED, change.kind());
      assertEquals("111", change.fromOrgCode());
      assertEquals("111", change.toOrgCode());
      assertEquals("係員", change.fromPosition());
      assertEquals("主査", change.toPosition());
      assertEquals(1, changes.counts().positionChanged());
    }

    @Test
    void updatedForEveryOtherAttribute() throws Exception {
      String[] rows = {
        "1004,高橋 二郎,,111,係員,デジタル,2023-04-01,在職,,1003",
        "1004,高橋 次郎,タカハシ ジロウ,111,係員,デジタル,2023-04-01,在職,,1003",
        "1004,高橋 次郎,,111,係員,事務,2023-04-01,在職,,1003",
        "1004,高橋 次郎,,111,係員,デジタル,2023-10-01,在職,,1003",
        "1004,高橋 次郎,,111,係員,デジタル,2023-04-01,休職,,1003",
        "1004,高橋 次郎,,111,係員,デジタル,2023-04-01,在職,t@city.example.jp,1003",
        "1004,高橋 次郎,,111,係員,デジタル,2023-04-01,在職,,1002"
      };
      for (String row : rows) {
        RegistryChanges changes = diffStaff(replacing("1004", row));

        assertEquals(StaffChange.Kind.UPDATED, change(changes, "1004").kind(), row);
        assertEquals(1, changes.counts().updated(), row);
        assertEquals(3, changes.counts().unchanged(), row);
      }
    }

    @Test
    void backFromLeaveIsAnUpdate() throws Exception {
      RegistryChanges changes =
          diffStaff(replacing("1003", "1003,鈴木 一郎,スズキ イチロウ,111,課長,技術,2000-04-01,在職,,1002"));

      assertEquals(StaffChange.Kind.UPDATED, change(changes, "1003").kind());
    }

    @Test
    void leftByBeingMissing() throws Exception {
      RegistryChanges changes = diffStaff(without("1004"));

      assertEquals(
          new StaffChange("1004", "高橋 次郎", StaffChange.Kind.LEFT, "111", null, "係員", null, null),
          change(changes, "1004"));
      assertEquals(1, changes.counts().left());
    }

    @Test
    void leftByBeingListedAsLeft() throws Exception {
      RegistryChanges changes =
          diffStaff(replacing("1004", "1004,高橋 次郎,,111,係員,デジタル,2023-04-01,退職,,1003"));

      StaffChange change = change(changes, "1004");
      assertEquals(StaffChange.Kind.LEFT, change.kind());
      assertEquals("111", change.fromOrgCode());
      assertNull(change.toOrgCode());
      assertEquals(1, changes.counts().left());
    }

    @Test
    void notLeftWhenTheirRowWasRejected() throws Exception {
      RegistryChanges changes =
          diffStaff(replacing("1004", "1004,高橋 次郎,,111,係員,デジタル,2023-04-31,在職,,1003"));

      assertTrue(changes.staff().stream().noneMatch(c -> c.employeeNo().equals("1004")));
      assertEquals(0, changes.counts().left());
      assertEquals(1, changes.rejections().size());
      assertEquals(3, changes.counts().unchanged());
      assertEquals(1, changes.rejections().size());
    }

    @Test
    void peopleWhoAlreadyLeftStayAsTheyAre() throws Exception {
      registry.put(
          "0999",
          new CurrentStaff(
              "0999", "退職 済", null, "111", "係員", null, null, StaffStatus.LEFT, null, null));

      RegistryChanges changes =
          diffStaff(with(STAFF, "0999,退職 済,,111,係員,,,退職,,", "0998,未登録,,111,係員,,,退職,,"));

      assertEquals(StaffChange.Kind.UNCHANGED, change(changes, "0999").kind());
      assertEquals(StaffChange.Kind.UNCHANGED, change(changes, "0998").kind());
      assertEquals(0, changes.counts().left());
      assertEquals(0, changes.counts().hired());
      assertEquals(4, changes.activeBefore());
      assertEquals(4, changes.snapshotStaffRows());

      RegistryChanges absent = diffStaff(STAFF);
      assertTrue(absent.staff().stream().noneMatch(c -> c.employeeNo().equals("0999")));
      assertEquals(0, absent.counts().left());
    }

    @Test
    void blankAndMissingOptionalValuesAreTheSame() throws Exception {
      CurrentStaff yamada = registry.get("1001");
      registry.put(
          "1001",
          new CurrentStaff(
              yamada.employeeNo(),
              yamada.name(),
              yamada.nameKana(),
              yamada.orgCode(),
              yamada.position(),
              yamada.jobCategory(),
              yamada.hiredOn(),
              yamada.status(),
              yamada.email(),
              ""));

      assertEquals(StaffChange.Kind.UNCHANGED, change(diffStaff(STAFF), "1001").kind());
    }
  }

  @Nested
  class OrgUnits {

    @Test
    void addedRenamedMovedClosedAndReopened() throws Exception {
      orgUnits.put("300", new CurrentOrg("300", "旧 企画局", null, "局", true));
      orgUnits.put("900", new CurrentOrg("900", "廃止予定課", "100", "課", false));
      orgUnits.put("901", new CurrentOrg("901", "廃止済課", "100", "課", true));
      String[] orgs = {
        Snapshots.ORGS_HEADER,
        "100,総務局,,局",
        "110,人事部,200,部",
        "111,人事企画課,110,課",
        "200,小倉北区役所,,区",
        "300,企画局,,局",
        "400,デジタル市役所推進室,100,室"
      };

      RegistryChanges changes = diff(orgs, STAFF);

      assertEquals(Kind.ORG_MOVED, orgChange(changes, "110").kind());
      assertEquals("100", orgChange(changes, "110").fromParentCode());
      assertEquals("200", orgChange(changes, "110").toParentCode());
      assertEquals(Kind.ORG_RENAMED, orgChange(changes, "111").kind());
      assertEquals("人事課", orgChange(changes, "111").fromName());
      assertEquals("人事企画課", orgChange(changes, "111").toName());
      assertEquals(Kind.ORG_REOPENED, orgChange(changes, "300").kind());
      assertEquals(Kind.ORG_ADDED, orgChange(changes, "400").kind());
      assertEquals(Kind.ORG_CLOSED, orgChange(changes, "900").kind());
      assertNull(orgChange(changes, "900").row());
      assertEquals(5, changes.orgs().size());
      ChangeCounts counts = changes.counts();
      assertEquals(
          List.of(1, 1, 1, 1, 1),
          List.of(
              counts.orgsAdded(),
              counts.orgsRenamed(),
              counts.orgsMoved(),
              counts.orgsClosed(),
              counts.orgsReopened()));
    }

    @Test
    void aNewKindIsARename() throws Exception {
      RegistryChanges changes = diff(with(Arrays.copyOf(ORGS, 4), "200,小倉北区役所,,区役所"), STAFF);

      assertEquals(Kind.ORG_RENAMED, orgChange(changes, "200").kind());
    }

    @Test
    void notClosedWhenItsRowWasRejected() throws Exception {
      String[] orgs = {
        Snapshots.ORGS_HEADER, "100,総務局,,局", "110,人事部,100,部", "111,人事課,110,課", "200,,,区"
      };

      RegistryChanges changes = diff(orgs, STAFF);

      assertTrue(changes.orgs().isEmpty(), changes.orgs()::toString);
      assertEquals(1, changes.rejections().size());
    }
  }

  @Test
  void rejectedCountsRowsOfBothFiles() throws Exception {
    RegistryChanges changes =
        diff(with(ORGS, "300,,,局", "310,企画課,399,課"), with(STAFF, "1005,田中,,999,係員,,,在職,,"));

    assertEquals(3, changes.rejections().size());
  }

  @Nested
  class Safeguards {

    private RegistryChanges withLeavers(int left, int snapshotStaffRows) {
      return new RegistryChanges(
          List.of(),
          List.of(),
          new ChangeCounts(0, 0, 0, 0, left, 0, 0, 0, 0, 0, 0, snapshotStaffRows),
          List.of(),
          0,
          0);
    }

    @Test
    void leaversUpToTwoPercentAreAllowed() {
      assertEquals(180, RegistryChanges.maxLeavers(9013));
      assertTrue(withLeavers(180, 9000).safeguard(9013, 0).isEmpty());

      SnapshotRefusedException refused = withLeavers(181, 9000).safeguard(9013, 0).orElseThrow();

      assertEquals(Reason.TOO_MANY_LEAVERS, refused.reason());
      assertTrue(refused.reason().overridable());
    }

    @Test
    void leaversUpToFiftyAreAllowedInASmallRegistry() {
      assertEquals(50, RegistryChanges.maxLeavers(1000));
      assertTrue(withLeavers(50, 950).safeguard(1000, 0).isEmpty());

      SnapshotRefusedException refused = withLeavers(51, 950).safeguard(1000, 0).orElseThrow();

      assertEquals(Reason.TOO_MANY_LEAVERS, refused.reason());
      assertEquals(
          "would mark 51 of 1,000 active staff as left (5.1 %), above the limit of 50",
          refused.getMessage(Locale.ENGLISH));
      assertEquals("在職者 1,000 人のうち 51 人 (5.1 %) が退職扱いになります。上限は 50 人です", refused.getMessage());
    }

    @Test
    void tooManyLeaversSaysTheNumbers() {
      SnapshotRefusedException refused = withLeavers(812, 8201).safeguard(9013, 0).orElseThrow();

      assertEquals(
          "在職者 9,013 人のうち 812 人 (9.0 %) が退職扱いになります。上限は 2 % (180 人) です",
          refused.getMessage(Locale.JAPANESE));
      assertEquals(
          "would mark 812 of 9,013 active staff as left (9.0 %), above the limit of 2 % (180)",
          refused.getMessage(Locale.ENGLISH));
    }

    @Test
    void aSnapshotMayShrinkToNinetyPercentOfTheLastImport() {
      assertTrue(withLeavers(0, 900).safeguard(1000, 1000).isEmpty());

      SnapshotRefusedException refused = withLeavers(0, 899).safeguard(1000, 1000).orElseThrow();

      assertEquals(Reason.REGISTRY_SHRINK, refused.reason());
      assertTrue(refused.reason().overridable());
      assertEquals(
          "the snapshot has 899 staff (not counting leavers), fewer than 90 % of the 1,000 of the"
              + " last import (at least 900)",
          refused.getMessage(Locale.ENGLISH));
      assertEquals(
          "取り込む職員 (退職を除く) が 899 人で、前回取込の 1,000 人の 90 % (900 人) を下回ります", refused.getMessage());
    }

    @Test
    void neitherAppliesToAFirstImport() {
      assertTrue(withLeavers(0, 10).safeguard(0, 0).isEmpty());
      assertTrue(withLeavers(0, 10).safeguard(0, 9000).isEmpty());
    }

    @Test
    void fileRefusalsCannotBeOverridden() {
      assertFalse(Reason.EMPTY.overridable());
      assertFalse(Reason.DUPLICATE_EMPLOYEE_NO.overridable());
    }

    @Test
    void computedFromARealDiff() throws Exception {
      Map<String, CurrentStaff> many = new LinkedHashMap<>();
      List<String> rows = new ArrayList<>(List.of(STAFF_HEADER));
      for (int i = 0; i < 100; i++) {
        String no = String.valueOf(5000 + i);
        many.put(
            no,
            new CurrentStaff(
                no, "職員" + i, null, "111", "係員", null, null, StaffStatus.ACTIVE, null, null));
        rows.add(no + ",職員" + i + ",,111,係員,,,在職,,");
      }
      ParsedSnapshot fiftyGone = read(ORGS, rows.subList(0, 51).toArray(String[]::new));
      ParsedSnapshot fiftyOneGone = read(ORGS, rows.subList(0, 50).toArray(String[]::new));

      RegistryChanges allowed = RegistryDiff.compute(many, orgUnits, fiftyGone, 0);
      RegistryChanges refused = RegistryDiff.compute(many, orgUnits, fiftyOneGone, 0);

      assertEquals(50, allowed.counts().left());
      assertTrue(allowed.safeguard().isEmpty());
      assertEquals(51, refused.counts().left());
      assertEquals(Reason.TOO_MANY_LEAVERS, refused.safeguard().orElseThrow().reason());
      assertEquals(
          Reason.REGISTRY_SHRINK,
          RegistryDiff.compute(many, orgUnits, fiftyGone, 100)
              .safeguard(10, 100)
              .orElseThrow()
              .reason());
    }
  }
}
