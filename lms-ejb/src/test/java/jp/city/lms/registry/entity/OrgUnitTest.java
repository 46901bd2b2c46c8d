package jp.city.lms.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
  void aUnitCannotMoveIntoItsOwnSubtree() {
    assertThrows(IllegalArgumentException.class, () -> bureau.placeUnder(section));
    assertThrows(IllegalArgumentException.class, () -> bureau.placeUnder(bureau));
    department.placeUnder(ward);
    assertEquals("/700/110/", department.getPath());
  }

  @Test
  void aUnitMayMoveUnderAFormerDescendantOnceThatOneHasMovedAway() {
    // bureau > department > section becomes department > section > bureau; section's path is stale
    // meanwhile
    department.placeUnder(null);
    bureau.placeUnder(section);
    section.placeUnder(department);
    bureau.placeUnder(section);
    assertEquals("/110/111/100/", bureau.getPath());
    assertThrows(IllegalArgumentException.class, () -> department.placeUnder(bureau));
  }

  @Test
  void codesThatShareAPrefixAreNotNested() {
    OrgUnit tenfold = new OrgUnit("1000", "別局", "局", null, SINCE);
    assertFalse(tenfold.isWithin(bureau));
  }
}
