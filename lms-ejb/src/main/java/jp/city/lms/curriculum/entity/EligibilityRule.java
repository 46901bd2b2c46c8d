package jp.city.lms.curriculum.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * Who a position-based training is for, stated on registry facts. Every condition present must
 * hold:
 *
 * <ul>
 *   <li>{@code position}: the person's current position (職位) is one of these;
 *   <li>{@code newInPositionSince}: they have held that position since this date or later, up to
 *       the end of the fiscal year in question ({@code fiscal-year-start}, {@code
 *       previous-fiscal-year-start} or an ISO date); it is the date of promotion into the position,
 *       not of a transfer between units in the same position;
 *   <li>{@code hiredInFiscalYear}: they were hired in the fiscal year in question plus this offset
 *       (0 = hired this year, -2 = in their third year).
 * </ul>
 *
 * <p>Only active staff (在職) are eligible; the caller filters on status.
 */
public record EligibilityRule(
    List<String> positions, Optional<String> newInPositionSince, OptionalInt hiredInFiscalYear) {

  public static final String FISCAL_YEAR_START = "fiscal-year-start";
  public static final String PREVIOUS_FISCAL_YEAR_START = "previous-fiscal-year-start";

  public EligibilityRule {
    positions = List.copyOf(positions);
    Objects.requireNonNull(newInPositionSince, "newInPositionSince");
    Objects.requireNonNull(hiredInFiscalYear, "hiredInFiscalYear");
  }

  /**
   * Whether someone with these registry facts must attend in the given fiscal year. {@code
   * positionHeldSince} and {@code hiredOn} may be null when the registry does not know them; a
   * condition on an unknown fact does not hold.
   */
  public boolean appliesTo(
      String position, LocalDate positionHeldSince, LocalDate hiredOn, int fiscalYear) {
    if (!positions.isEmpty() && !positions.contains(position)) {
      return false;
    }
    if (newInPositionSince.isPresent()) {
      LocalDate since = sinceDate(fiscalYear);
      if (positionHeldSince == null
          || positionHeldSince.isBefore(since)
          || positionHeldSince.isAfter(FiscalYear.of(fiscalYear).getEnd())) {
        return false;
      }
    }
    if (hiredInFiscalYear.isPresent()) {
      return hiredOn != null
          && FiscalYear.of(hiredOn).getYear() == fiscalYear + hiredInFiscalYear.getAsInt();
    }
    return true;
  }

  /** The first day of promotion that counts as "new in position" for that fiscal year. */
  public LocalDate sinceDate(int fiscalYear) {
    String since = newInPositionSince.orElse(FISCAL_YEAR_START);
    if (FISCAL_YEAR_START.equals(since)) {
      return FiscalYear.of(fiscalYear).getStart();
    }
    if (PREVIOUS_FISCAL_YEAR_START.equals(since)) {
      return FiscalYear.of(fiscalYear).previous().getStart();
    }
    return LocalDate.parse(since);
  }
}
