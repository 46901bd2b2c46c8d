package jp.city.lms.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

  private static final LocalDate SINCE = LocalDate.of(2023, 4, 1);

  private final OrgUnit bureau = new OrgUnit("100", "総務局", "局", null, SINCE);
  private final OrgUnit department = new OrgUnit("110", "人事部", "部", bureau, SINCE);
  private final OrgUnit section = new OrgUnit("111", "人事課", "課", department, SINCE);
  private final OrgUnit ward = new OrgUnit("700", "小倉北区役所", "区", null, SINCE);

  @Test
  void knowsItsPathAndDepth() {
    assertEquals("/100/110/111/", section.getPath());
    assertEquals(2, section.getDepth());
    assertEquals(0, bureau.getDepth());
  }

  @Test
  void aSubtreeHoldsTheUnitAndEverythingBelowIt() {
    assertTrue(section.isWithin(bureau));
    assertTrue(section.isWithin(section));
    assertFalse(bureau.isWithin(section));
    assertFalse(section.isWithin(ward));
  }

  @Test
  void aMoveIsANewVersionFromItsDateAndTheOldOneStaysInHistory() {
    List<OrgUnitVersion> history = new ArrayList<>(versionsOf(department));
    LocalDate april = LocalDate.of(2025, 4, 1);
    department.describe(history, april, null, "人事部", "部", ward, "/700/110/");
    assertEquals(2, history.size());
    assertEquals(april.minusDays(1), history.get(0).getValidTo());
    assertEquals("/100/110/", history.get(0).getPath());
    department.showAsOf(april.minusDays(1), history);
    assertEquals("/100/110/", department.getPath(), "the day before, it is where it was");
    department.showAsOf(april, history);
    assertEquals("/700/110/", department.getPath());
    assertEquals(ward, department.getParent());
  }

  @Test
  void aSnapshotForAPastSpanLeavesLaterVersionsAsTheyWere() {
    List<OrgUnitVersion> history = new ArrayList<>(versionsOf(section));
    LocalDate april = LocalDate.of(2025, 4, 1);
    section.describe(history, april, null, "人事課", "課", ward, "/700/111/");
    LocalDate october = LocalDate.of(2024, 10, 1);
    section.describe(history, october, april.minusDays(1), "人材課", "課", department, "/100/110/111/");
    history.sort(java.util.Comparator.comparing(OrgUnitVersion::getValidFrom));
    assertEquals(3, history.size());
    assertEquals("人事課", history.get(0).getName());
    assertEquals(october.minusDays(1), history.get(0).getValidTo());
    assertEquals("人材課", history.get(1).getName());
    assertEquals(april.minusDays(1), history.get(1).getValidTo());
    assertEquals("/700/111/", history.get(2).getPath(), "April on is untouched");
    assertEquals(april, history.get(2).getValidFrom());
  }

  @Test
  void aClosedUnitIsClosedFromItsDateAndReopensLater() {
    List<OrgUnitVersion> history = new ArrayList<>(versionsOf(ward));
    LocalDate closed = LocalDate.of(2025, 4, 1);
    ward.absent(history, closed, null);
    ward.showAsOf(closed, history);
    assertTrue(ward.isClosed());
    assertEquals(closed, ward.getClosedOn());
    ward.showAsOf(closed.minusDays(1), history);
    assertFalse(ward.isClosed());
    LocalDate reopened = LocalDate.of(2026, 4, 1);
    ward.describe(history, reopened, null, "小倉北区役所", "区", null, "/700/");
    ward.showAsOf(reopened, history);
    assertFalse(ward.isClosed());
  }

  @Test
  void aCorrectionForTheSameDateReplacesTheVersion() {
    List<OrgUnitVersion> history = new ArrayList<>(versionsOf(ward));
    ward.describe(history, SINCE, null, "小倉北区", "区", null, "/700/");
    assertEquals(1, history.size());
    assertEquals("小倉北区", history.get(0).getName());
  }

  private static List<OrgUnitVersion> versionsOf(OrgUnit unit) {
    return unit.history();
  }

  @Test
  void aUnitIsNamedWithTheUnitsAboveIt() {
    assertEquals("総務局 > 人事部 > 人事課", section.getLabel());
    assertEquals("小倉北区役所", ward.getLabel());
  }

  @Test
  void codesThatShareAPrefixAreNotNested() {
    OrgUnit tenfold = new OrgUnit("1000", "別局", "局", null, SINCE);
    assertFalse(tenfold.isWithin(bureau));
  }
}
