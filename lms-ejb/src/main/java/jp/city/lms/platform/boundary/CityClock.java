package jp.city.lms.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * The city's clock: "today" is the date in Asia/Tokyo whatever zone the server runs in, and every
 * feature asks this clock, never the system's, so that deadlines, fiscal-year roll-over and
 * snapshots dated ahead behave the same everywhere.
 *
 * <p>Tests move it to another day ({@link #setToday}) to see a future-dated change take effect
 * without waiting. That is refused unless the server was started with {@value #ADJUSTABLE}{@code
 * =true}, which only the integration tests do.
 */
@ApplicationScoped
public class CityClock {

  /** The city's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  /** The system property that lets tests move the clock. */
  public static final String ADJUSTABLE = "lms.clock.adjustable";

  private static final Clock SYSTEM = Clock.system(ZONE);

  private volatile Clock clock = SYSTEM;

  /** Today's date in the city. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The city's local date and time. */
  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  public Instant instant() {
    return clock.instant();
  }

  /** The fiscal year today falls in. */
  public FiscalYear fiscalYear() {
    return FiscalYear.of(today());
  }

  /**
   * Moves the clock to the same time of day on another date; it keeps ticking from there.
   *
   * @throws IllegalStateException unless the server allows it ({@value #ADJUSTABLE})
   */
  public void setToday(LocalDate date) {
    if (!Boolean.getBoolean(ADJUSTABLE)) {
      throw new IllegalStateException("the city clock can be moved in tests only");
    }
    LocalDateTime real = LocalDateTime.now(SYSTEM);
    clock = Clock.offset(SYSTEM, Duration.between(real, date.atTime(real.toLocalTime())));
  }

  /** Back to the real date. */
  public void reset() {
    clock = SYSTEM;
  }

  /**
   * The real date in the city, for code that runs outside the server (the generator's command line,
   * test clients). Inside the server, inject the clock instead.
   */
  public static LocalDate systemToday() {
    return LocalDate.now(SYSTEM);
  }
}
