package jp.city.lms.curriculum.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An offering keeps its rules whatever changes it, and a cancelled one stays on record. */
class OfferingTest {

  private static final LocalDateTime START = LocalDateTime.of(2025, 6, 10, 13, 30);
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 4, 1, 9, 0);

  private static Course course(CourseFormat format) {
    Course course = new Course("SV-BPR");
    course.describe(
        new LocalizedText("BPRワークショップ", "BPR workshop"), null, "silver", format, 240, null, null);
    return course;
  }

  private static OfferingPlan plan() {
    return new OfferingPlan(
        START, START.plusHours(4), LocalDate.of(2025, 5, 30), "本庁舎 会議室A", null, 30, "講師 太郎");
  }

  private static List<OfferingPlan.Violation> violations(Runnable action) {
    return assertThrows(OfferingRuleException.class, action::run).violations();
  }

  private static OfferingPlan.Violation violation(String field, String rule) {
    return new OfferingPlan.Violation(field, rule);
  }

  @Test
  void aValidPlanIsScheduledInTheFiscalYearOfItsStart() {
    Offering offering = new Offering(course(CourseFormat.WORKSHOP), plan(), "office", NOW);

    assertEquals(OfferingStatus.SCHEDULED, offering.getStatus());
    assertEquals(2025, offering.getFiscalYear());
    assertEquals(30, offering.getCapacity());
    assertEquals("本庁舎 会議室A", offering.getVenue());
  }

  @Test
  void marchBelongsToTheFiscalYearBefore() {
    OfferingPlan march = plan();
    march.setStartsAt(LocalDateTime.of(2026, 3, 10, 9, 0));
    march.setEndsAt(LocalDateTime.of(2026, 3, 10, 12, 0));
    march.setRegistrationDeadline(LocalDate.of(2026, 3, 1));

    assertEquals(
        2025, new Offering(course(CourseFormat.CLASSROOM), march, "o", NOW).getFiscalYear());
  }

  @Test
  void endMustBeAfterStart() {
    OfferingPlan plan = plan();
    plan.setEndsAt(START);

    assertEquals(
        List.of(violation("endsAt", "endNotAfterStart")),
        violations(() -> new Offering(course(CourseFormat.WORKSHOP), plan, "o", NOW)));
  }

  @Test
  void registrationClosesBeforeTheDayItStarts() {
    OfferingPlan plan = plan();
    plan.setRegistrationDeadline(START.toLocalDate());

    assertEquals(
        List.of(violation("registrationDeadline", "deadlineNotBeforeStart")),
        violations(() -> new Offering(course(CourseFormat.WORKSHOP), plan, "o", NOW)));
  }

  @Test
  void atLeastOneSeat() {
    OfferingPlan plan = plan();
    plan.setCapacity(0);

    assertEquals(
        List.of(violation("capacity", "capacityBelowOne")),
        violations(() -> new Offering(course(CourseFormat.WORKSHOP), plan, "o", NOW)));
  }

  @Test
  void aVenueOrAnOnlineLink() {
    OfferingPlan plan = plan();
    plan.setVenue("  ");

    assertEquals(List.of(violation("venue", "placeMissing")), plan.violations());
    plan.setOnlineUrl("teams meeting");
    assertEquals(List.of(violation("onlineUrl", "onlineUrlInvalid")), plan.violations());
    plan.setOnlineUrl("https://meet.example.jp/dx");
    assertEquals(List.of(), plan.violations());
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    OfferingPlan empty = new OfferingPlan();

    assertEquals(
        List.of(
            violation("startsAt", "required"),
            violation("endsAt", "required"),
            violation("registrationDeadline", "required"),
            violation("venue", "placeMissing"),
            violation("capacity", "required")),
        empty.violations());
  }

  @Test
  void changesKeepTheRulesAndMoveTheFiscalYear() {
    Offering offering = new Offering(course(CourseFormat.WORKSHOP), plan(), "o", NOW);
    OfferingPlan later = offering.plan();
    later.setStartsAt(LocalDateTime.of(2026, 5, 1, 9, 0));
    later.setEndsAt(LocalDateTime.of(2026, 5, 1, 17, 0));
    later.setRegistrationDeadline(LocalDate.of(2026, 4, 20));

    offering.change(later);
    assertEquals(2026, offering.getFiscalYear());

    OfferingPlan broken = offering.plan();
    broken.setCapacity(-3);
    assertEquals(
        List.of(violation("capacity", "capacityBelowOne")),
        violations(() -> offering.change(broken)));
    assertEquals(30, offering.getCapacity(), "a refused change changes nothing");
  }

  @Test
  void aCancelledOfferingStaysAndCannotChange() {
    Offering offering = new Offering(course(CourseFormat.WORKSHOP), plan(), "o", NOW);

    offering.cancel("講師の都合", NOW.plusDays(1));

    assertTrue(offering.isCancelled());
    assertEquals("講師の都合", offering.getCancelReason());
    assertEquals(
        List.of(violation("status", "cancelled")), violations(() -> offering.change(plan())));
    assertEquals(
        List.of(violation("status", "cancelled")), violations(() -> offering.cancel(null, NOW)));
  }

  @Test
  void noOfferingsOfRetiredOrELearningCourses() {
    Course retired = course(CourseFormat.WORKSHOP);
    retired.retire(NOW);

    assertEquals(
        List.of(violation("course", "courseRetired")),
        violations(() -> new Offering(retired, plan(), "o", NOW)));
    assertEquals(
        List.of(violation("course", "courseIsELearning")),
        violations(() -> new Offering(course(CourseFormat.E_LEARNING), plan(), "o", NOW)));
  }

  @Test
  void aRetiredCourseThatComesBackIsInUseAgain() {
    Course course = course(CourseFormat.WORKSHOP);
    course.retire(NOW);
    course.retire(NOW.plusDays(3));
    assertEquals(NOW, course.getRetiredAt(), "retiring twice keeps the first date");

    course.reinstate();

    assertEquals(false, course.isRetired());
  }
}
