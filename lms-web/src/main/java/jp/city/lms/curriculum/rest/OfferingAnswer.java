package jp.city.lms.curriculum.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.format.DateTimeFormatter;
import jp.city.lms.curriculum.entity.Offering;

/** An offering as the contract answers it, with its seats as the offering counts them. */
@JsonbNillable
public record OfferingAnswer(
    long id,
    String course,
    String start,
    String end,
    String venue,
    String onlineUrl,
    String deadline,
    int capacity,
    int enrolled,
    int waitlisted,
    int seatsLeft,
    String status) {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  static OfferingAnswer of(Offering o) {
    return new OfferingAnswer(
        o.getId(),
        o.getCourse().getCode(),
        MINUTES.format(o.getStartsAt()),
        MINUTES.format(o.getEndsAt()),
        o.getVenue(),
        o.getOnlineUrl(),
        o.getRegistrationDeadline().toString(),
        o.getCapacity(),
        o.getEnrolled(),
        o.getWaitlisted(),
        o.getSeatsLeft(),
        o.getStatus().name());
  }
}
