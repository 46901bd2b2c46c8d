package jp.city.lms.progress.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * The trained people cumulative to the end of a month (or the as-of date in its month), beside the
 * target path: the target reached in even monthly steps from the programme's first month to its
 * last (2,400 over 36 months is 66.7 a month), the assumption the dashboard states.
 */
public record MonthPoint(YearMonth month, long trained, double path) implements Serializable {

  /**
   * Every month from the programme's first to the as-of date's (or the programme's last).
   *
   * @param newly by month: the people whose first counting achievement fell in it
   */
  public static List<MonthPoint> of(
      Programme programme, LocalDate asOf, Map<YearMonth, Long> newly) {
    YearMonth first = YearMonth.from(FiscalYear.of(programme.fromFiscalYear()).getStart());
    YearMonth last = YearMonth.from(FiscalYear.of(programme.toFiscalYear()).getEnd());
    YearMonth until = YearMonth.from(asOf).isBefore(last) ? YearMonth.from(asOf) : last;
    long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    List<MonthPoint> points = new ArrayList<>();
    long trained = 0;
    int step = 0;
    for (YearMonth month = first; !month.isAfter(until); month = month.plusMonths(1)) {
      step++;
      trained += newly.getOrDefault(month, 0L);
      double path = Math.round(programme.targetDistinctPeople() * 10.0 * step / months) / 10.0;
      points.add(new MonthPoint(month, trained, path));
    }
    return points;
  }
}
