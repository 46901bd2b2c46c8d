package jp.city.lms.enrolment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.curriculum.entity.OfferingRuleException;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException.Reason;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/** The enrolment rules the entities keep: seats, waitlist order, deadlines, outcomes. */
class EnrolmentTest {

  private static final LocalDateTime START = LocalDateTime.of(2025, 6, 10, 13, 30);
  private static final LocalDate DEADLINE = LocalDate.of(2025, 5, 30);
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 5, 1, 9, 0);
  private static final OrgUnit UNIT =
      new OrgUnit("111", "人事課", "課", null, LocalDate.of(2023, 4, 1));

  private static Offering offering(int capacity) {
    Course course = new Course("SV-BPR");
    course.describe(
        new LocalizedText("BPRワークショップ", "BPR workshop"),
        null,
        "silver",
        CourseFormat.WORKSHOP,
        240,
        null,
        null);
    return new Offering(
        course,
        new OfferingPlan(START, START.plusHours(4), DEADLINE, "会議室A", null, capacity, null),
        "office",
        NOW.minusDays(30));
  }

  private static Staff person(String no, StaffStatus status) {
    // someone who left worked until the end of the last fiscal year
    LocalDate until = status == StaffStatus.LEFT ? LocalDate.of(2025, 3, 31) : null;
    Staff staff =
        Staff.hire(
            no,
            "職員 " + no,
            null,
            UNIT,
            "係員",
            null,
            StaffStatus.ACTIVE,
            LocalDate.of(2023, 4, 1),
            until);
    staff.showAsOf(LocalDate.of(2025, 5, 1));
    return staff;
  }

  private static Enrolment ask(Offering offering, String no, LocalDateTime at) {
    return Enrolment.request(offering, person(no, StaffStatus.ACTIVE), no, at, false);
  }

  @Test
  void seatsGoInOrderOfArrivalThenTheWaitlist() {
    Offering offering = offering(2);

    Enrolment first = ask(offering, "1", NOW);
    Enrolment second = ask(offering, "2", NOW);
    Enrolment third = ask(offering, "3", NOW);
    Enrolment fourth = ask(offering, "4", NOW);

    assertEquals(EnrolmentStatus.ENROLLED, first.getStatus());
    assertEquals(EnrolmentStatus.ENROLLED, second.getStatus());
    assertEquals(EnrolmentStatus.WAITLISTED, third.getStatus());
    assertEquals(EnrolmentStatus.WAITLISTED, fourth.getStatus());
    assertEquals(3, third.getArrival());
    assertEquals(4, fourth.getArrival());
    assertEquals(0, offering.getSeatsLeft());
    assertEquals(2, offering.getWaitlisted());
  }

  @Test
  void aWithdrawalFreesTheSeatForTheWaitlist() {
    Offering offering = offering(1);
    Enrolment seated = ask(offering, "1", NOW);
    Enrolment waiting = ask(offering, "2", NOW);

    seated.withdraw("1", NOW, false);
    assertEquals(EnrolmentStatus.WITHDRAWN, seated.getStatus());
    assertEquals(true, offering.hasFreeSeatAndWaitlist());
    waiting.promote(NOW);

    assertEquals(EnrolmentStatus.ENROLLED, waiting.getStatus());
    assertEquals(0, offering.getSeatsLeft());
    assertEquals(0, offering.getWaitlisted());
  }

  @Test
  void staffWithdrawUntilTheDeadlineTheOfficeAfterIt() {
    Offering offering = offering(5);
    Enrolment mine = ask(offering, "1", NOW);
    LocalDateTime afterDeadline = DEADLINE.plusDays(1).atTime(9, 0);

    EnrolmentRefusedException late =
        assertThrows(
            EnrolmentRefusedException.class, () -> mine.withdraw("1", afterDeadline, false));
    assertEquals(Reason.DEADLINE_PASSED, late.reason());

    mine.withdraw("office", afterDeadline, true);
    assertEquals(EnrolmentStatus.WITHDRAWN, mine.getStatus());
    assertEquals(5, offering.getSeatsLeft());
  }

  @Test
  void registrationClosesAfterTheDeadlineForStaffAndAtTheStartForTheOffice() {
    Offering offering = offering(5);
    LocalDateTime afterDeadline = DEADLINE.plusDays(1).atStartOfDay();

    assertEquals(
        Reason.REGISTRATION_CLOSED,
        assertThrows(EnrolmentRefusedException.class, () -> ask(offering, "1", afterDeadline))
            .reason());
    assertEquals(
        EnrolmentStatus.ENROLLED,
        Enrolment.request(offering, person("2", StaffStatus.ACTIVE), "office", afterDeadline, true)
            .getStatus());
    assertEquals(
        Reason.OFFERING_PAST,
        assertThrows(
                EnrolmentRefusedException.class,
                () ->
                    Enrolment.request(
                        offering, person("3", StaffStatus.ACTIVE), "office", START, true))
            .reason());
  }

  @Test
  void someoneWhoLeftCannotEnrol() {
    assertEquals(
        Reason.PERSON_LEFT,
        assertThrows(
                EnrolmentRefusedException.class,
                () ->
                    Enrolment.request(
                        offering(5), person("1", StaffStatus.LEFT), "office", NOW, true))
            .reason());
  }

  @Test
  void aCancelledOfferingTakesNoOne() {
    Offering offering = offering(5);
    offering.cancel("講師の都合", NOW);

    assertEquals(
        Reason.OFFERING_CANCELLED,
        assertThrows(EnrolmentRefusedException.class, () -> ask(offering, "1", NOW)).reason());
  }

  @Test
  void theCapacityCannotGoBelowTheSeatsTaken() {
    Offering offering = offering(3);
    ask(offering, "1", NOW);
    ask(offering, "2", NOW);
    OfferingPlan smaller = offering.plan();
    smaller.setCapacity(1);

    assertEquals(
        "belowEnrolled",
        assertThrows(OfferingRuleException.class, () -> offering.change(smaller))
            .violations()
            .get(0)
            .rule());
  }

  @Test
  void outcomesAreTakenFromTheStartForSeatedPeopleOnly() {
    Offering offering = offering(1);
    Enrolment seated = ask(offering, "1", NOW);
    Enrolment waiting = ask(offering, "2", NOW);

    assertEquals(
        Reason.NOT_STARTED,
        assertThrows(
                EnrolmentRefusedException.class,
                () -> seated.outcome(EnrolmentStatus.COMPLETED, "office", NOW))
            .reason());
    assertEquals(
        Reason.NOT_SEATED,
        assertThrows(
                EnrolmentRefusedException.class,
                () -> waiting.outcome(EnrolmentStatus.COMPLETED, "office", START))
            .reason());

    seated.outcome(EnrolmentStatus.COMPLETED, "office", START.plusHours(4));
    seated.outcome(EnrolmentStatus.NO_SHOW, "office", START.plusHours(5));
    assertEquals(EnrolmentStatus.NO_SHOW, seated.getStatus());
    assertEquals(LocalDate.of(2025, 6, 10), seated.completedOn(LocalDate.of(2025, 6, 12)));
  }

  @Test
  void aSessionPastMidnightMarkedBeforeItEndsIsCompletedTodayNotTomorrow() {
    Course course = offering(1).getCourse();
    LocalDateTime late = LocalDateTime.of(2025, 6, 10, 23, 0);
    Offering night =
        new Offering(
            course,
            new OfferingPlan(late, late.plusHours(2), DEADLINE, "会議室A", null, 5, null),
            "office",
            NOW.minusDays(30));
    Enrolment seated = ask(night, "2", NOW);
    seated.outcome(EnrolmentStatus.COMPLETED, "office", late.plusMinutes(50));

    assertEquals(LocalDate.of(2025, 6, 10), seated.completedOn(LocalDate.of(2025, 6, 10)));
    assertEquals(LocalDate.of(2025, 6, 11), seated.completedOn(LocalDate.of(2025, 6, 11)));
    assertEquals(LocalDate.of(2025, 6, 11), seated.completedOn(LocalDate.of(2025, 7, 1)));
  }
}
