package jp.city.lms.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.city.lms.cohort.entity.Requirement.State;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/** Requirements: due, overdue or done, and what counts as done. */
class RequirementTest {

  private static final LocalDate ASSIGNED = LocalDate.of(2025, 6, 10);
  private final Cohort cohort =
      new Cohort(
          "新任係長",
          CohortRule.allOf(Condition.of(Condition.Field.POSITION, "係長")),
          ASSIGNED,
          "office",
          ASSIGNED.atTime(9, 0));
  private final Course course = new Course("SV-BPR");
  private final Staff staff =
      Staff.hire(
          "0001",
          "市役　太郎",
          null,
          new OrgUnit("100", "総務局", "局", null, ASSIGNED),
          "係長",
          null,
          StaffStatus.ACTIVE,
          ASSIGNED,
          null);

  @Test
  void dueUntilTheDueDateThenOverdueUnlessDone() {
    CohortAssignment a =
        new CohortAssignment(
            cohort,
            course,
            LocalDate.of(2025, 9, 30),
            null,
            "office",
            LocalDateTime.of(2025, 6, 10, 9, 0));
    assertEquals(CohortAssignment.Mode.DUE_DATE, a.getMode());
    Requirement r = a.require(staff, ASSIGNED);
    assertEquals(State.DUE, r.state(null, LocalDate.of(2025, 9, 30)));
    assertEquals(State.OVERDUE, r.state(null, LocalDate.of(2025, 10, 1)));
    assertEquals(State.DONE, r.state(LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 6)));
    assertEquals(
        State.DONE,
        r.state(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 10, 6)),
        "done earlier in the same fiscal year counts");
    assertEquals(
        State.OVERDUE,
        r.state(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 10, 6)),
        "done the year before does not");
  }

  @Test
  void positionTrainingIsDueByTheEndOfItsFiscalYear() {
    Requirement r =
        Requirement.ofPositionTraining(
            "new-unit-chief", course, staff, FiscalYear.of(2025), LocalDate.of(2025, 4, 1));
    assertEquals(LocalDate.of(2026, 3, 31), r.getDueOn());
    assertEquals("position:new-unit-chief:2025", r.getSourceKey());
    assertEquals(State.DUE, r.state(null, LocalDate.of(2026, 3, 31)));
  }

  @Test
  void aDueDateBeforeTheAssignmentIsRefusedAndEndingKeepsTheFirstDay() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CohortAssignment(
                cohort, course, ASSIGNED.minusDays(1), null, "office", ASSIGNED.atTime(9, 0)));
    Requirement r =
        new CohortAssignment(
                cohort,
                course,
                ASSIGNED,
                CohortAssignment.Overflow.SPREAD,
                "office",
                ASSIGNED.atTime(9, 0))
            .require(staff, ASSIGNED);
    r.end(LocalDate.of(2025, 7, 1));
    r.end(LocalDate.of(2025, 8, 1));
    assertEquals(LocalDate.of(2025, 7, 1), r.getEndedOn());
  }
}
