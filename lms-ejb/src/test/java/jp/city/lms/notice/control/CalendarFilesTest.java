package jp.city.lms.notice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

  private static final LocalDateTime START = LocalDateTime.of(2026, 7, 1, 13, 30);

  private static CalendarFiles.Event event(String venue, String url, boolean cancelled) {
    return new CalendarFiles.Event(
        42,
        "SV-BPR",
        "BPR研修",
        "BPR workshop",
        START,
        START.plusHours(4),
        venue,
        url,
        false,
        cancelled,
        cancelled ? 1 : 0);
  }

  static VEvent parse(byte[] ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
    return calendar.<VEvent>getComponents("VEVENT").get(0);
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void theEventIsInTokyoTimeWithTheCourseThePlaceAndAStableUid() throws Exception {
    byte[] ics = CalendarFiles.ics(event("本庁舎 3階 研修室", null, false), Instant.EPOCH);
    String text = new String(ics, StandardCharsets.UTF_8);
    assertTrue(text.contains("DTSTART;TZID=Asia/Tokyo:20260701T133000"), text);
    assertTrue(text.contains("BEGIN:VTIMEZONE"), text);
    VEvent event = parse(ics);
    assertEquals("20260701T133000", value(event, "DTSTART"));
    assertEquals("20260701T173000", value(event, "DTEND"));
    assertEquals(
        "Asia/Tokyo",
        event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
    assertEquals("BPR研修 / BPR workshop", value(event, "SUMMARY"));
    assertEquals("本庁舎 3階 研修室", value(event, "LOCATION"));
    assertEquals("enrolment-42@lms.dx-talent", value(event, "UID"));
    assertEquals("CONFIRMED", value(event, "STATUS"));
    assertEquals(
        value(event, "UID"),
        value(parse(CalendarFiles.ics(event("別館", null, false), Instant.now())), "UID"));
  }

  @Test
  void anOnlineOfferingHasItsLinkAndACancelledOneSaysSo() throws Exception {
    VEvent online =
        parse(CalendarFiles.ics(event(null, "https://meet.example/bpr", false), Instant.EPOCH));
    assertEquals("https://meet.example/bpr", value(online, "LOCATION"));
    assertEquals("https://meet.example/bpr", value(online, "URL"));
    VEvent cancelled = parse(CalendarFiles.ics(event("本庁舎", null, true), Instant.EPOCH));
    assertEquals("CANCELLED", value(cancelled, "STATUS"));
    assertEquals("1", value(cancelled, "SEQUENCE"));
  }
}
