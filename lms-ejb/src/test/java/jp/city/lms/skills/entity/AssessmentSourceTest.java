package jp.city.lms.skills.entity;

import static jp.city.lms.skills.entity.AssessmentSource.MANAGER;
import static jp.city.lms.skills.entity.AssessmentSource.SELF;
import static jp.city.lms.skills.entity.AssessmentSource.TEST;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.city.lms.platform.entity.Scope;
import org.junit.jupiter.api.Test;

/** Who may record which source for whom. */
class AssessmentSourceTest {

  private static final LocalDate ON = LocalDate.of(2025, 6, 1);
  private static final String SECTION = "/100/110/111/";

  private final Scope chief = Scope.subtree("H", "111", SECTION, ON);
  private final Scope clerk = Scope.self("A", ON);

  @Test
  void selfOnlyByThePersonForThemself() {
    assertTrue(SELF.allows("A", false, null, "A", SECTION));
    assertFalse(SELF.allows("A", false, null, "B", SECTION), "staff for another");
    assertFalse(SELF.allows("H", false, chief, "A", SECTION), "their manager");
    assertFalse(SELF.allows("O", true, Scope.city(ON), "A", SECTION), "the office");
    assertFalse(SELF.allows(null, true, null, "A", SECTION), "an account without a person");
  }

  @Test
  void managerOnlyByAManagerWhoseScopeHeldThePersonAndNeverForThemself() {
    assertTrue(MANAGER.allows("H", false, chief, "A", SECTION));
    assertTrue(MANAGER.allows("H", false, chief, "A", SECTION + "1111/"), "below the unit");
    assertFalse(MANAGER.allows("H", false, chief, "X", "/100/120/"), "outside the subtree");
    assertFalse(MANAGER.allows("H", false, chief, "X", null), "not in the registry then");
    assertFalse(MANAGER.allows("H", false, chief, "H", SECTION), "the manager for themself");
    assertFalse(MANAGER.allows("A", false, clerk, "B", SECTION), "staff for a colleague");
    assertFalse(
        MANAGER.allows("O", true, Scope.city(ON), "A", SECTION),
        "the office is no one's manager by its role");
    assertFalse(
        MANAGER.allows("Z", false, chief, "A", SECTION), "someone else's scope is not theirs");
  }

  @Test
  void testByTheOfficeOrAnAdministratorOnly() {
    assertTrue(TEST.allows("O", true, null, "A", SECTION));
    assertTrue(TEST.allows("O", true, null, "O", SECTION), "the office tests itself too");
    assertFalse(TEST.allows("H", false, chief, "A", SECTION), "a manager");
    assertFalse(TEST.allows("A", false, clerk, "A", SECTION), "staff for themself");
  }
}
