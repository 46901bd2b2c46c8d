package jp.city.lms.skills.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The share of a group at its target, hidden for groups of fewer than five. */
class TargetShareTest {

  @Test
  void groupsOfFewerThanFiveShowNoShare() {
    TargetShare four = new TargetShare(0, 0).with(true).with(false).with(true).with(true);
    assertEquals(4, four.people());
    assertEquals(3, four.atTarget());
    assertFalse(four.isShown());
    assertTrue(four.share().isEmpty());
    assertTrue(new TargetShare(0, 0).share().isEmpty());

    TargetShare five = four.with(false);
    assertTrue(five.isShown());
    assertEquals(0.6, five.share().getAsDouble(), 1e-9);
  }

  @Test
  void moreAtTargetThanPeopleIsNoGroup() {
    assertThrows(IllegalArgumentException.class, () -> new TargetShare(2, 3));
    assertThrows(IllegalArgumentException.class, () -> new TargetShare(-1, 0));
  }
}
