package jp.city.lms.progress.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What the progress dashboard shows as of a date, for one scope: the progress toward the target,
 * the trained people month by month beside the target path, the coverage of the all-staff tier and
 * the forecast to the programme's end.
 */
public record Dashboard(
    Progress progress, List<MonthPoint> months, Coverage coverage, Forecast forecast)
    implements Serializable {

  public Dashboard {
    months = List.copyOf(months);
  }
}
