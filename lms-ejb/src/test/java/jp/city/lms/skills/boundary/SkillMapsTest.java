package jp.city.lms.skills.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which unit a person counts in for the department aggregate of a map. */
class SkillMapsTest {

  @Test
  void theUnitDirectlyUnderTheMapsUnitOrTheTopUnitForTheCity() {
    assertEquals("10", SkillMaps.groupOf("/10/1010/101010/", null));
    assertEquals("1010", SkillMaps.groupOf("/10/1010/101010/", "10"));
    assertEquals("101010", SkillMaps.groupOf("/10/1010/101010/", "1010"));
    assertEquals("1010", SkillMaps.groupOf("/10/1010/", "1010"), "the unit's own people");
  }
}
