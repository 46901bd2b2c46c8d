package jp.city.lms.notice.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import jp.city.lms.platform.boundary.CityClock;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The calendar file (iCalendar, RFC 5545) of one enrolment: one event in the city's time zone, with
 * a UID that stays the same for the enrolment, so that a calendar that imports the file again
 * updates the event (its SEQUENCE grows with each change told), and marks it cancelled when the
 * offering or the place was cancelled.
 */
public final class CalendarFiles {

  static final String PRODUCT = "-//DX Talent Development LMS//Enrolments//JA";

  private CalendarFiles() {}

  /** What the event says. */
  public record Event(
      long enrolmentId,
      String courseCode,
      String titleJa,
      String titleEn,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String venue,
      String onlineUrl,
      boolean tentative,
      boolean cancelled,
      int sequence) {}

  /** The stable UID of an enrolment's event. */
  public static String uid(long enrolmentId) {
    return "enrolment-" + enrolmentId + "@lms.dx-talent";
  }

  /** The .ics file, UTF-8. */
  public static byte[] ics(Event e, Instant stamp) {
    TimeZone tokyo =
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(CityClock.ZONE.getId());
    // local times with the zone named: ical4j 4.2.5 writes a ZonedDateTime in Asia/Tokyo an hour
    // late (14:30 for 13:30), reading the zone's DST of 1948-1951 as still in force
    ParameterList zone = new ParameterList(List.of(new TzId(CityClock.ZONE.getId())));
    VEvent event = new VEvent(false);
    event.add(new DtStart<>(zone, e.startsAt()));
    event.add(new DtEnd<>(zone, e.endsAt()));
    event.add(new Summary(e.titleJa() + " / " + e.titleEn()));
    event.add(new DtStamp(stamp));
    event.add(new Uid(uid(e.enrolmentId())));
    event.add(new Sequence(e.sequence()));
    String where = e.venue() != null ? e.venue() : e.onlineUrl();
    if (where != null) {
      event.add(new Location(where));
    }
    if (e.onlineUrl() != null) {
      try {
        event.add(new Url(new URI(e.onlineUrl())));
      } catch (URISyntaxException notALink) {
        // the link stays in the description
      }
    }
    StringBuilder description = new StringBuilder(e.courseCode());
    if (e.onlineUrl() != null) {
      description.append("\nオンライン / Online: ").append(e.onlineUrl());
    }
    event.add(new Description(description.toString()));
    event.add(
        new Status(
            e.cancelled()
                ? Status.VALUE_CANCELLED
                : e.tentative() ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(tokyo.getVTimeZone());
    calendar.add(event);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new CalendarOutputter().output(calendar, out);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (ValidationException ex) {
      throw new IllegalStateException("not a valid calendar: " + ex.getMessage(), ex);
    }
    return out.toByteArray();
  }
}
