package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.StaffStatus;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar file of an enrolment over REST: the person, the office and admin get it, in the
 * city's time zone with the course and the place; anyone else 403, an unknown enrolment 404; a
 * cancelled offering's event says CANCELLED under the same UID.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB Enrolments enrolments;
  @EJB Offerings offerings;
  @EJB TestData data;
  @EJB AsTrainingOffice office;

  @Test
  void thePersonAndTheOfficeGetTheFileOthersDoNot() throws Exception {
    String prefix = TestData.unique();
    String unit = prefix + "U";
    data.unit(unit, "暦課", "課", null);
    String me = prefix + "M";
    String other = prefix + "O";
    String officer = prefix + "T";
    for (String no : new String[] {me, other, officer}) {
      data.staff(no, "暦 " + no, "コヨミ", unit, "係員", StaffStatus.ACTIVE);
    }
    data.account(me, "secret-me-1", "staff");
    data.account(other, "secret-ot-1", "staff");
    data.account(officer, "secret-of-1", "staff", "training-office");

    Course course =
        office.call(() -> offerings.schedulableCourses()).stream()
            .filter(c -> c.getTier() == null)
            .findFirst()
            .orElseThrow();
    LocalDate day = CityClock.systemToday().plusDays(20);
    Offering offering =
        office.call(
            () ->
                offerings.schedule(
                    course.getCode(),
                    new OfferingPlan(
                        day.atTime(LocalTime.of(13, 30)),
                        day.atTime(LocalTime.of(17, 0)),
                        day.minusDays(5),
                        "西部分庁舎 大会議室",
                        null,
                        10,
                        null)));
    long enrolment = office.call(() -> enrolments.enrol(offering.getId(), me)).enrolment().getId();
    String path = "api/enrolments/" + enrolment + "/calendar.ics";

    HttpResponse<String> mine = Servers.getWithBasic(path, me, "secret-me-1");
    assertEquals(200, mine.statusCode(), mine.body());
    assertTrue(
        mine.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        mine.headers().toString());
    String disposition = mine.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.contains("filename=\""), disposition);
    assertTrue(disposition.contains(".ics\""), disposition);
    VEvent event = event(mine.body());
    assertEquals(
        day.toString().replace("-", "") + "T133000", value(event, Property.DTSTART), mine.body());
    assertEquals(
        "Asia/Tokyo",
        event
            .getProperty(Property.DTSTART)
            .orElseThrow()
            .getParameter("TZID")
            .orElseThrow()
            .getValue());
    assertEquals(day.toString().replace("-", "") + "T170000", value(event, Property.DTEND));
    assertTrue(value(event, Property.SUMMARY).contains(course.getTitleJa()), mine.body());
    assertEquals("西部分庁舎 大会議室", value(event, Property.LOCATION));
    assertEquals("CONFIRMED", value(event, Property.STATUS));
    String uid = value(event, Property.UID);

    assertEquals(403, Servers.getWithBasic(path, other, "secret-ot-1").statusCode());
    HttpResponse<String> officeCopy = Servers.getWithBasic(path, officer, "secret-of-1");
    assertEquals(200, officeCopy.statusCode());
    assertEquals(uid, value(event(officeCopy.body()), Property.UID), "a stable UID");
    assertEquals(
        404,
        Servers.getWithBasic("api/enrolments/999999999/calendar.ics", officer, "secret-of-1")
            .statusCode());

    office.call(() -> offerings.cancel(offering.getId(), "台風のため"));
    HttpResponse<String> cancelled = Servers.getWithBasic(path, me, "secret-me-1");
    assertEquals(200, cancelled.statusCode());
    VEvent gone = event(cancelled.body());
    assertEquals("CANCELLED", value(gone, Property.STATUS), cancelled.body());
    assertEquals(uid, value(gone, Property.UID));
    assertTrue(Integer.parseInt(value(gone, Property.SEQUENCE)) > 0, "a newer version");
  }

  private static VEvent event(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.<VEvent>getComponents("VEVENT").get(0);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }
}
