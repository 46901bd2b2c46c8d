package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.audit.boundary.AuditLog;
import jp.city.lms.audit.entity.AuditEntry;
import jp.city.lms.cohort.boundary.Cohorts;
import jp.city.lms.cohort.boundary.RequiredTraining;
import jp.city.lms.cohort.boundary.RequiredTraining.Placement;
import jp.city.lms.cohort.boundary.RequiredTraining.Required;
import jp.city.lms.cohort.entity.AssignmentRefusedException;
import jp.city.lms.cohort.entity.Cohort;
import jp.city.lms.cohort.entity.CohortAssignment.Overflow;
import jp.city.lms.cohort.entity.CohortRule;
import jp.city.lms.cohort.entity.Condition;
import jp.city.lms.cohort.entity.Condition.Field;
import jp.city.lms.cohort.entity.Requirement.State;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Place;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.notice.boundary.Notices;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cohort assigned to a course: every member required by the due date, placed in offerings filled
 * in date order with the overflow waitlisted on the first or spread; joiners required too, leavers
 * no more; overdue on the person's home page and on their manager's list.
 */
@ExtendWith(ArquillianExtension.class)
class RequiredTrainingIT {

  private static final String COURSE = "POS-NEW-UNIT-CHIEF";
  private static final String PASSWORD = "secret-9";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB Cohorts cohorts;
  @EJB RequiredTraining required;
  @EJB Offerings offerings;
  @EJB Enrolments enrolments;
  @EJB TestData data;
  @EJB AsTrainingOffice office;
  @EJB AsAdmin admin;
  @EJB Notices notices;
  @EJB AuditLog audit;
  @Inject CityClock clock;

  private String unit;
  private String otherUnit;
  private String chief;
  private List<String> clerks;
  private String neighbour;

  @BeforeEach
  void aUnitOfOurOwn() {
    String prefix = TestData.unique();
    unit = prefix + "U";
    otherUnit = prefix + "V";
    data.unit(unit, "指定課", "課", null);
    data.unit(otherUnit, "隣の課", "課", null);
    chief = prefix + "C";
    data.staff(chief, "課長　指定", null, unit, "課長", StaffStatus.ACTIVE);
    clerks = List.of(prefix + "1", prefix + "2", prefix + "3", prefix + "4", prefix + "5");
    for (String no : clerks) {
      data.staff(no, "受講　" + no, null, unit, "係員", StaffStatus.ACTIVE, chief);
    }
    neighbour = prefix + "9";
    data.staff(neighbour, "隣　九", null, otherUnit, "係員", StaffStatus.ACTIVE);
    data.account(chief, PASSWORD, Role.STAFF);
    data.account(clerks.get(0), PASSWORD, Role.STAFF);
  }

  @AfterEach
  void theClockIsTheCitysAgain() {
    clock.reset();
  }

  private Cohort clerksOfTheUnit() throws Exception {
    return office.call(
        () ->
            cohorts.create(
                "指定課の係員",
                CohortRule.allOf(
                    Condition.of(Field.UNIT, unit), Condition.of(Field.POSITION, "係員"))));
  }

  private long offering(int days, int capacity) throws Exception {
    LocalDateTime start = clock.today().plusDays(days).atTime(13, 30);
    return office
        .call(
            () ->
                offerings.schedule(
                    COURSE,
                    new OfferingPlan(
                        start,
                        start.plusHours(2),
                        start.toLocalDate().minusDays(5),
                        "本庁舎",
                        null,
                        capacity,
                        null)))
        .getId();
  }

  private long count(long offering, EnrolmentStatus status) throws Exception {
    return office.call(() -> enrolments.roster(offering)).stream()
        .filter(p -> p.enrolment().getStatus() == status)
        .count();
  }

  @Test
  void offeringsFillInDateOrderAndTheOverflowWaitsOnTheFirst() throws Exception {
    Cohort cohort = clerksOfTheUnit();
    long later = offering(40, 1);
    long first = offering(30, 2);
    office.call(() -> enrolments.enrol(first, clerks.get(4)));
    Placement placed = place(cohort, 60, Overflow.WAITLIST, later, first);
    assertEquals(5, placed.required());
    assertEquals(1, placed.already(), "a member with a place keeps it");
    assertEquals(2, placed.seated());
    assertEquals(2, placed.waitlisted());
    assertEquals(2, count(first, EnrolmentStatus.ENROLLED), "the earlier offering first");
    assertEquals(2, count(first, EnrolmentStatus.WAITLISTED), "the overflow waits there");
    assertEquals(1, count(later, EnrolmentStatus.ENROLLED));
    assertEquals(0, count(later, EnrolmentStatus.WAITLISTED));
  }

  /**
   * The office assigns the cohort to the course, due in so many days, placed in these offerings.
   */
  private Placement place(Cohort cohort, int dueInDays, Overflow overflow, Long... offerings)
      throws Exception {
    return office.call(
        () ->
            required.assign(
                cohort.getId(),
                COURSE,
                clock.today().plusDays(dueInDays),
                List.of(offerings),
                overflow));
  }

  @Test
  void theOverflowCanBeSpreadOverTheOfferings() throws Exception {
    Cohort cohort = clerksOfTheUnit();
    long first = offering(30, 1);
    long later = offering(40, 1);
    Placement placed = place(cohort, 60, Overflow.SPREAD, first, later);
    assertEquals(2, placed.seated());
    assertEquals(3, placed.waitlisted());
    assertEquals(2, count(first, EnrolmentStatus.WAITLISTED));
    assertEquals(1, count(later, EnrolmentStatus.WAITLISTED));
  }

  @Test
  void everyPlacedMemberIsToldOnceWithTheirWaitlistPositionAndEveryPlaceIsAudited()
      throws Exception {
    Cohort cohort = clerksOfTheUnit();
    long first = offering(30, 1);
    long later = offering(40, 2);
    // the first offering's seat is taken and one person waits there before the cohort comes
    office.call(() -> enrolments.enrol(first, neighbour));
    office.call(() -> enrolments.enrol(first, chief));
    Placement placed = place(cohort, 60, Overflow.WAITLIST, first, later);
    assertEquals(2, placed.seated());
    assertEquals(3, placed.waitlisted());

    Map<String, Place> places = new HashMap<>();
    for (long offering : List.of(first, later)) {
      for (Place p : office.call(() -> enrolments.roster(offering))) {
        places.put(p.enrolment().getStaff().getEmployeeNo(), p);
      }
    }
    List<Integer> positions = new ArrayList<>();
    for (String clerk : clerks) {
      Place place = places.get(clerk);
      List<Notice> told = office.call(() -> notices.ofEnrolment(place.enrolment().getId()));
      assertEquals(1, told.size(), clerk + " is told once: " + told);
      Notice notice = told.get(0);
      if (place.enrolment().getStatus() == EnrolmentStatus.ENROLLED) {
        assertEquals(NoticeKind.ENROLLED, notice.getKind());
        assertFalse(notice.getBody().contains("キャンセル待ち"), notice.getBody());
      } else {
        assertEquals(NoticeKind.WAITLISTED, notice.getKind());
        int position = place.waitlistPosition();
        positions.add(position);
        assertTrue(
            notice.getBody().contains("キャンセル待ち：" + position + "番目"),
            "told the position the roster shows: " + notice.getBody());
        assertTrue(notice.getBody().contains("Waitlist position: " + position));
      }
      assertTrue(notice.getBody().contains("受講　" + clerk + " 様"), "in their name");
    }
    assertEquals(List.of(2, 3, 4), positions.stream().sorted().toList(), "after the one waiting");

    // one audit entry per place, naming the person and what they got
    List<String> audited = new ArrayList<>();
    for (long offering : List.of(first, later)) {
      for (AuditEntry e :
          admin.call(
              () ->
                  audit.find(
                      new AuditLog.Search("offering " + offering, null, null, null), 0, 100))) {
        if (e.getKind().startsWith("enrolment.")) {
          audited.add(e.getKind() + " " + e.getDetail());
        }
      }
    }
    for (String clerk : clerks) {
      Place place = places.get(clerk);
      String kind =
          place.enrolment().getStatus() == EnrolmentStatus.ENROLLED
              ? "enrolment.enrolled "
              : "enrolment.waitlisted ";
      assertEquals(
          1,
          audited.stream()
              .filter((kind + clerk + " " + place.enrolment().getStatus())::equals)
              .count(),
          clerk + " audited once: " + audited);
    }

    // assigned again: everybody has a place already, nobody is told or audited twice
    Placement again = place(cohort, 90, Overflow.SPREAD, first, later);
    assertEquals(5, again.already());
    assertEquals(0, again.seated() + again.waitlisted());
    for (String clerk : clerks) {
      assertEquals(
          1, office.call(() -> notices.ofEnrolment(places.get(clerk).enrolment().getId())).size());
    }
  }

  @Test
  void joinersAreRequiredLeaversNoMoreAndOverdueShowsToThePersonAndTheirManager() throws Exception {
    Cohort cohort = clerksOfTheUnit();
    LocalDate due = clock.today().plusDays(10);
    Placement placed =
        office.call(() -> required.assign(cohort.getId(), COURSE, due, List.of(), null));
    assertEquals(5, placed.required());
    assertEquals(0, placed.seated());
    assertThrows(
        AssignmentRefusedException.class,
        () ->
            office.call(
                () ->
                    required.assign(
                        cohort.getId(), COURSE, clock.today().minusDays(1), List.of(), null)));

    // the rule changes: the neighbour joins the cohort and is required from then on
    office.call(
        () ->
            cohorts.change(
                cohort.getId(),
                "指定課の係員",
                CohortRule.allOf(
                        Condition.of(Field.UNIT, unit),
                        Condition.of(Field.POSITION, "係員"),
                        Condition.not(Field.POSITION, "係長"))
                    .or(Condition.of(Field.UNIT, otherUnit))));
    var standing = office.call(() -> required.assignments(cohort.getId())).get(0);
    assertEquals(6, standing.required(), "the neighbour joined and is required too");

    clock.setToday(due.plusDays(1));
    List<Required> overdue =
        office.call(() -> required.inScope(true)).stream()
            .filter(r -> r.requirement().getSourceKey().equals(standing.assignment().sourceKey()))
            .toList();
    assertEquals(6, overdue.size());
    assertTrue(overdue.stream().allMatch(r -> r.state() == State.OVERDUE));

    WebSession clerk = WebSession.loggedIn(Servers.base(), clerks.get(0), PASSWORD);
    HttpResponse<String> home = clerk.get("index.xhtml");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("受講が必要な研修"), "the home page lists it");
    assertTrue(home.body().contains("期限超過"), "overdue to the person");

    WebSession manager = WebSession.loggedIn(Servers.base(), chief, PASSWORD);
    HttpResponse<String> list = manager.get("reports/required.xhtml");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains(clerks.get(0)), "overdue to their manager");
    assertFalse(list.body().contains(">" + clerks.get(0).replace("1", "9") + "<"), "not others");

    // the unit's clerks leave the cohort: their requirements end, the neighbour's stays
    office.call(
        () ->
            cohorts.change(
                cohort.getId(), "隣の課だけ", CohortRule.allOf(Condition.of(Field.UNIT, otherUnit))));
    assertEquals(1, office.call(() -> required.assignments(cohort.getId())).get(0).required());
    assertFalse(clerk.get("index.xhtml").body().contains("受講が必要な研修"));
  }
}
