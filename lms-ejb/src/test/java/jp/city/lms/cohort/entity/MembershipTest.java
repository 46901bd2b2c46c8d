package jp.city.lms.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/**
 * Membership spells: who joins and leaves on re-evaluation, and the dates and reasons of a spell.
 */
class MembershipTest {

  private static final LocalDate SAVED = LocalDate.of(2025, 6, 1);

  private final Cohort cohort =
      new Cohort(
          "係長の研修",
          CohortRule.allOf(Condition.of(Condition.Field.POSITION, "係長")),
          SAVED,
          "office",
          LocalDateTime.of(2025, 6, 1, 9, 0));
  private final Staff staff =
      Staff.hire(
          "0001",
          "市役　太郎",
          null,
          new OrgUnit("100", "総務局", "局", null, SAVED),
          "係長",
          null,
          StaffStatus.ACTIVE,
          SAVED,
          null);

  @Test
  void onlyThePeopleConsideredJoinOrLeave() {
    Reconciliation all = Reconciliation.of(List.of("1", "2"), List.of("2", "3"), null);
    assertEquals(Set.of("3"), all.joined());
    assertEquals(Set.of("1"), all.left());
    Reconciliation some =
        Reconciliation.of(List.of("1", "2"), List.of("3", "4"), List.of("2", "4"));
    assertEquals(Set.of("4"), some.joined(), "3 was not evaluated");
    assertEquals(Set.of("2"), some.left(), "1 was not evaluated");
    assertTrue(Reconciliation.of(List.of("1"), List.of("1"), null).isEmpty());
  }

  @Test
  void aSpellEndsTheDayBeforeTheChangeAndNamesItsReasons() {
    CohortMembership spell = new CohortMembership(cohort, staff, LocalDate.of(2025, 7, 1), 17L);
    assertEquals(LocalDate.of(2025, 7, 1), spell.getValidFrom());
    assertEquals(1, spell.getJoinedVersion());
    assertEquals(17L, spell.getJoinedRun());
    cohort.change("係長の研修", CohortRule.allOf(Condition.of(Condition.Field.POSITION, "課長")));
    assertTrue(spell.leave(LocalDate.of(2025, 10, 1), null));
    assertEquals(LocalDate.of(2025, 9, 30), spell.getValidTo());
    assertEquals(LocalDate.of(2025, 10, 1), spell.getLeftOn());
    assertEquals(2, spell.getLeftVersion());
    assertNull(spell.getLeftRun());
    assertTrue(spell.covers(LocalDate.of(2025, 9, 30)));
    assertFalse(spell.covers(LocalDate.of(2025, 10, 1)));
    assertFalse(spell.covers(LocalDate.of(2025, 6, 30)));
  }

  @Test
  void nobodyIsAMemberBeforeTheCohortExisted() {
    CohortMembership spell = new CohortMembership(cohort, staff, LocalDate.of(2025, 4, 1), 3L);
    assertEquals(SAVED, spell.getValidFrom(), "a change dated back starts with the cohort");
  }

  @Test
  void aSpellThatWouldHoldOnNoDayIsNotHistory() {
    CohortMembership spell = new CohortMembership(cohort, staff, SAVED, null);
    assertFalse(spell.leave(SAVED, null));
    assertNull(spell.getValidTo());
  }
}
