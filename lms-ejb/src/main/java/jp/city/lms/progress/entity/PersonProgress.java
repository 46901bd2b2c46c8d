package jp.city.lms.progress.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * One person of a unit's drill-down as of a date: who they are, where they were (the unit they were
 * in on the date, or the one they left from), the tiers they held by then and whether the unit's
 * trained people count them.
 *
 * @param unitCode their unit on the date, or the unit they left from
 * @param present in the workforce on the date (在職 or 休職), so counted in the unit's staff
 * @param tiers the tiers they held by the date, with the day each was achieved, in tier order
 * @param firstCounted the day of their first counting achievement in the programme, or null when
 *     they are not trained (yet)
 * @param countedHere whether the unit's trained people count them, by the attribution chosen
 */
public record PersonProgress(
    String employeeNo,
    String name,
    String unitCode,
    boolean present,
    Map<String, LocalDate> tiers,
    LocalDate firstCounted,
    boolean countedHere)
    implements Serializable {

  public PersonProgress {
    Objects.requireNonNull(employeeNo, "employeeNo");
    tiers = new LinkedHashMap<>(tiers);
  }

  public boolean isTrained() {
    return firstCounted != null;
  }

  /** The fiscal year they were first counted in, or null. */
  public Integer trainedInFiscalYear() {
    return firstCounted == null ? null : FiscalYear.of(firstCounted).getYear();
  }
}
