package jp.city.lms.curriculum.entity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the training office decides when it schedules an offering: when it runs, until when staff
 * may register, where (a venue, an online link, or both), how many seats and who teaches. The
 * schedule form edits one of these and {@link Offering} takes its values, so the rules are written
 * once, in {@link #violations()}, and the form shows every broken one at its field before anything
 * is saved.
 */
public class OfferingPlan implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int VENUE_MAX = 200;
  public static final int ONLINE_URL_MAX = 500;
  public static final int INSTRUCTOR_MAX = 200;

  /** A rule of the plan that does not hold, named by the field it is shown at. */
  public record Violation(String field, String rule) implements Serializable {}

  @NotNull private LocalDateTime startsAt;
  @NotNull private LocalDateTime endsAt;
  @NotNull private LocalDate registrationDeadline;

  @Size(max = VENUE_MAX)
  private String venue;

  @Size(max = ONLINE_URL_MAX)
  private String onlineUrl;

  @NotNull
  @Min(1)
  private Integer capacity;

  @Size(max = INSTRUCTOR_MAX)
  private String instructor;

  public OfferingPlan() {}

  public OfferingPlan(
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      LocalDate registrationDeadline,
      String venue,
      String onlineUrl,
      Integer capacity,
      String instructor) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.registrationDeadline = registrationDeadline;
    this.venue = venue;
    this.onlineUrl = onlineUrl;
    this.capacity = capacity;
    this.instructor = instructor;
  }

  /**
   * Every rule the plan breaks, in the order of the form: the times, registration deadline and
   * capacity are required; the offering ends after it starts; registration closes on a day before
   * the offering starts (the deadline day is open until its end); there is at least one seat; it
   * says where (a venue or an http(s) online link); and no text is longer than the LMS stores.
   */
  public List<Violation> violations() {
    List<Violation> violations = new ArrayList<>();
    required(violations, "startsAt", startsAt);
    required(violations, "endsAt", endsAt);
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
      violations.add(new Violation("endsAt", "endNotAfterStart"));
    }
    required(violations, "registrationDeadline", registrationDeadline);
    if (startsAt != null
        && registrationDeadline != null
        && !registrationDeadline.isBefore(startsAt.toLocalDate())) {
      violations.add(new Violation("registrationDeadline", "deadlineNotBeforeStart"));
    }
    if (isBlank(venue) && isBlank(onlineUrl)) {
      violations.add(new Violation("venue", "placeMissing"));
    }
    tooLong(violations, "venue", venue, VENUE_MAX);
    if (!isBlank(onlineUrl) && !isWebAddress(onlineUrl.strip())) {
      violations.add(new Violation("onlineUrl", "onlineUrlInvalid"));
    }
    tooLong(violations, "onlineUrl", onlineUrl, ONLINE_URL_MAX);
    required(violations, "capacity", capacity);
    if (capacity != null && capacity < 1) {
      violations.add(new Violation("capacity", "capacityBelowOne"));
    }
    tooLong(violations, "instructor", instructor, INSTRUCTOR_MAX);
    return violations;
  }

  private static void required(List<Violation> violations, String field, Object value) {
    if (value == null) {
      violations.add(new Violation(field, "required"));
    }
  }

  private static void tooLong(List<Violation> violations, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      violations.add(new Violation(field, "tooLong"));
    }
  }

  private static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static String stripToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public LocalDate getRegistrationDeadline() {
    return registrationDeadline;
  }

  public void setRegistrationDeadline(LocalDate registrationDeadline) {
    this.registrationDeadline = registrationDeadline;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getInstructor() {
    return instructor;
  }

  public void setInstructor(String instructor) {
    this.instructor = instructor;
  }
}
