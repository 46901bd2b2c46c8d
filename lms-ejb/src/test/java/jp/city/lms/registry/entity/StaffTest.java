package jp.city.lms.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A person's assignments as history, and what "today" sees of them. */
class StaffTest {

  private static final LocalDate SINCE = LocalDate.of(2023, 4, 1);
  private static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);

  private final OrgUnit bureau = new OrgUnit("100", "総務局", "局", null, SINCE);
  private final OrgUnit personnel = new OrgUnit("111", "人事課", "課", bureau, SINCE);
  private final OrgUnit ward = new OrgUnit("700", "小倉北区役所", "区", null, SINCE);

  private Staff hired() {
    Staff staff =
        Staff.hire(
            "0001", "市役　太郎", "シヤク　タロウ", personnel, "係員", "0009", StaffStatus.ACTIVE, SINCE, null);
    staff.showAsOf(SINCE);
    return staff;
  }

  @Test
  void someoneHiredAheadIsJoiningUntilTheirFirstDay() {
    Staff staff =
        Staff.hire("0002", "新人　花子", null, ward, "係員", null, StaffStatus.ACTIVE, APRIL_2025, null);
    assertEquals(Optional.empty(), staff.showAsOf(APRIL_2025.minusDays(1)));
    assertEquals(StaffStatus.JOINING, staff.getStatus());
    StaffEvent hired = staff.showAsOf(APRIL_2025).orElseThrow();
    assertEquals(StaffEvent.Kind.HIRED, hired.kind());
    assertEquals(APRIL_2025, hired.effective());
    assertEquals(StaffStatus.ACTIVE, staff.getStatus());
  }

  @Test
  void aTransferDatedAheadShowsOnItsDayAndEndsTheOldAssignmentTheDayBefore() {
    Staff staff = hired();
    List<Assignment> history = staff.history();
    staff.assign(history, APRIL_2025, null, ward, "主任", "0100", StaffStatus.ACTIVE);
    history.sort(Comparator.comparing(Assignment::getValidFrom));
    assertEquals(APRIL_2025.minusDays(1), history.get(0).getValidTo());
    assertEquals(Optional.empty(), staff.showAsOf(APRIL_2025.minusDays(1), history));
    assertEquals(personnel, staff.getOrgUnit(), "today is still before the transfer");
    StaffEvent moved = staff.showAsOf(APRIL_2025, history).orElseThrow();
    assertEquals(StaffEvent.Kind.TRANSFERRED, moved.kind());
    assertEquals("111", moved.fromOrgCode());
    assertEquals("700", moved.toOrgCode());
    assertEquals("主任", staff.getPosition());
  }

  @Test
  void aNewPositionInTheSameUnitIsAPositionChange() {
    Staff staff = hired();
    List<Assignment> history = staff.history();
    staff.assign(history, APRIL_2025, null, personnel, "主任", "0009", StaffStatus.ACTIVE);
    assertEquals(
        StaffEvent.Kind.POSITION_CHANGED, staff.showAsOf(APRIL_2025, history).get().kind());
  }

  @Test
  void aLeaverLeavesOnTheirDateKeepsTheirLastUnitAndMayReturn() {
    Staff staff = hired();
    List<Assignment> history = staff.history();
    staff.absent(history, APRIL_2025, null);
    assertEquals(Optional.empty(), staff.showAsOf(APRIL_2025.minusDays(1), history));
    assertTrue(staff.getStatus().isEmployed(), "still working the day before");
    StaffEvent left = staff.showAsOf(APRIL_2025, history).orElseThrow();
    assertEquals(StaffEvent.Kind.LEFT, left.kind());
    assertEquals(APRIL_2025, left.effective());
    assertEquals(StaffStatus.LEFT, staff.getStatus());
    assertEquals(personnel, staff.getOrgUnit());
    assertFalse(staff.getStatus().isEmployed());

    LocalDate back = APRIL_2025.plusYears(1);
    staff.assign(history, back, null, ward, "係員", null, StaffStatus.ACTIVE);
    assertEquals(StaffEvent.Kind.RETURNED, staff.showAsOf(back, history).get().kind());
    assertEquals(2, history.size(), "two spells of work");
  }

  @Test
  void aSnapshotForAPastSpanGoesIntoHistoryAtItsPlace() {
    Staff staff = hired();
    List<Assignment> history = staff.history();
    staff.assign(history, APRIL_2025, null, ward, "主任", null, StaffStatus.ACTIVE);
    LocalDate october = LocalDate.of(2024, 10, 1);
    // an October snapshot, applied after the April one: holds October to March only
    staff.assign(
        history, october, APRIL_2025.minusDays(1), bureau, "係員", null, StaffStatus.ON_LEAVE);
    history.sort(Comparator.comparing(Assignment::getValidFrom));
    assertEquals(3, history.size());
    assertEquals(personnel, history.get(0).getOrgUnit());
    assertEquals(october.minusDays(1), history.get(0).getValidTo());
    assertEquals(bureau, history.get(1).getOrgUnit());
    assertEquals(StaffStatus.ON_LEAVE, history.get(1).getStatus());
    assertEquals(APRIL_2025.minusDays(1), history.get(1).getValidTo());
    assertEquals(ward, history.get(2).getOrgUnit(), "April on stays as it was");
    assertEquals(APRIL_2025, history.get(2).getValidFrom());
    assertNull(history.get(2).getValidTo());
  }

  @Test
  void aPastSpanInsideOneAssignmentSplitsItAndTheRestContinuesUnchanged() {
    Staff staff = hired();
    List<Assignment> history = staff.history();
    LocalDate october = LocalDate.of(2024, 10, 1);
    staff.absent(history, october, APRIL_2025.minusDays(1));
    history.sort(Comparator.comparing(Assignment::getValidFrom));
    assertEquals(2, history.size());
    assertEquals(october.minusDays(1), history.get(0).getValidTo());
    assertEquals(APRIL_2025, history.get(1).getValidFrom());
    assertEquals(personnel, history.get(1).getOrgUnit());
    assertEquals("係員", history.get(1).getPosition());
    staff.showAsOf(october, history);
    assertEquals(StaffStatus.LEFT, staff.getStatus());
    staff.showAsOf(APRIL_2025, history);
    assertEquals(StaffStatus.ACTIVE, staff.getStatus());
  }

  @Test
  void aCorrectionForTheSameDateReplacesTheAssignmentInPlace() {
    Staff staff = hired();
    List<Assignment> history = staff.history();
    staff.assign(history, SINCE, null, ward, "主査", null, StaffStatus.ACTIVE);
    assertEquals(1, history.size());
    assertEquals(ward, history.get(0).getOrgUnit());
    assertEquals("主査", history.get(0).getPosition());
  }

  @Test
  void anAssignmentIsForPeopleWhoWorkHere() {
    Staff staff = hired();
    assertThrows(
        IllegalArgumentException.class,
        () -> staff.assign(staff.history(), APRIL_2025, null, ward, "係員", null, StaffStatus.LEFT));
  }
}
