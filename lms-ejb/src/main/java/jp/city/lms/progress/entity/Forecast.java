package jp.city.lms.progress.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * Where the trained people will stand at the end of the programme (FY2025 ends 31 March 2026), as
 * seen on the as-of date, from the two things a training office knows on that day:
 *
 * <ul>
 *   <li><b>the pace</b>: the people newly trained in the last 365 days (or since the programme
 *       began, when that is shorter) continue at the same daily rate until the programme's last
 *       day. That is the forecast: {@link #byPace()}, and the assumption the dashboard states.
 *   <li><b>the pipeline</b>: people not trained yet who hold a place (seated or waitlisted) in an
 *       offering of a counting tier's course that had not ended by the date and starts before the
 *       programme ends. It is what is already on its way, shown beside the forecast ({@link
 *       #withPipeline()} is the trained people if all of them finish their tier), not added to it:
 *       a place is one course, a tier is several, and the pace already contains the people who came
 *       through the pipeline before.
 * </ul>
 *
 * @param recent the people whose first counting achievement fell in the pace's window
 * @param windowDays the days of that window, as of date included (0 before the programme began)
 * @param daysLeft the days after the as-of date up to the programme's last day (0 once it is over)
 * @param pipeline the people not trained yet holding a place in a counting tier's course
 * @param seated of them, the people with a seat (the others are on waitlists only)
 */
public record Forecast(
    LocalDate asOf,
    LocalDate end,
    int target,
    long trained,
    long recent,
    long windowDays,
    long daysLeft,
    long pipeline,
    long seated)
    implements Serializable {

  /** The pace's window: a year, the as-of date included. */
  static final int WINDOW_DAYS = 365;

  /** An average month in days, for the paces people read per month. */
  private static final double MONTH_DAYS = 365.25 / 12;

  public Forecast {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(end, "end");
  }

  /** The first day of the pace's window as of the date: a year back, not before the programme. */
  public static LocalDate windowStart(Programme programme, LocalDate asOf) {
    LocalDate start = FiscalYear.of(programme.fromFiscalYear()).getStart();
    LocalDate yearBack = asOf.minusDays(WINDOW_DAYS - 1L);
    return yearBack.isBefore(start) ? start : yearBack;
  }

  /**
   * The forecast from the counts.
   *
   * @param recent the people newly trained from {@link #windowStart} to the as-of date
   */
  public static Forecast of(
      Programme programme, LocalDate asOf, long trained, long recent, long pipeline, long seated) {
    LocalDate end = FiscalYear.of(programme.toFiscalYear()).getEnd();
    LocalDate until = asOf.isAfter(end) ? end : asOf;
    long window = Math.max(0, ChronoUnit.DAYS.between(windowStart(programme, asOf), until) + 1);
    long left = Math.max(0, ChronoUnit.DAYS.between(asOf, end));
    return new Forecast(
        asOf,
        end,
        programme.targetDistinctPeople(),
        trained,
        recent,
        window,
        left,
        pipeline,
        seated);
  }

  /** The people newly trained per month at the pace of the window. */
  public double monthlyPace() {
    return windowDays == 0 ? 0 : recent * MONTH_DAYS / windowDays;
  }

  /** The trained people at the programme's end if the pace holds: the forecast. */
  public long byPace() {
    return windowDays == 0
        ? trained
        : trained + Math.round((double) recent * daysLeft / windowDays);
  }

  /** Whether the forecast reaches the target. */
  public boolean reachesTarget() {
    return byPace() >= target;
  }

  /** The trained people if everybody in the pipeline finished their tier. */
  public long withPipeline() {
    return trained + pipeline;
  }

  /** People on waitlists only, with no seat in any counting tier's course. */
  public long waitlisted() {
    return pipeline - seated;
  }

  /**
   * The people a month it takes from now to reach the target, or 0 when it is reached; -1 when no
   * time is left to reach a target not reached.
   */
  public double neededMonthlyPace() {
    long missing = target - trained;
    if (missing <= 0) {
      return 0;
    }
    return daysLeft == 0 ? -1 : missing * MONTH_DAYS / daysLeft;
  }
}
