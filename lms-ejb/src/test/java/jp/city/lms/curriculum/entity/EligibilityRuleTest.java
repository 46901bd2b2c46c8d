package jp.city.lms.curriculum.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Who must attend a position-based training in a fiscal year, from registry facts. */
class EligibilityRuleTest {

  private static final EligibilityRule NEW_DIRECTOR =
      new EligibilityRule(
          List.of("部長"), Optional.of(EligibilityRule.FISCAL_YEAR_START), OptionalInt.empty());
  private static final EligibilityRule THIRD_YEAR =
      new EligibilityRule(List.of(), Optional.empty(), OptionalInt.of(-2));

  @Test
  void newDirectorIsSomeonePromotedIntoThePositionThisFiscalYear() {
    assertTrue(NEW_DIRECTOR.appliesTo("部長", LocalDate.of(2025, 4, 1), null, 2025));
    assertTrue(NEW_DIRECTOR.appliesTo("部長", LocalDate.of(2026, 3, 31), null, 2025));
    assertFalse(NEW_DIRECTOR.appliesTo("部長", LocalDate.of(2025, 3, 31), null, 2025));
    assertFalse(NEW_DIRECTOR.appliesTo("部長", LocalDate.of(2026, 4, 1), null, 2025));
    assertFalse(NEW_DIRECTOR.appliesTo("課長", LocalDate.of(2025, 4, 1), null, 2025));
    assertFalse(NEW_DIRECTOR.appliesTo("部長", null, null, 2025));
  }

  @Test
  void thirdYearStaffWereHiredTwoFiscalYearsEarlier() {
    assertTrue(THIRD_YEAR.appliesTo("係員", null, LocalDate.of(2023, 4, 1), 2025));
    assertTrue(THIRD_YEAR.appliesTo("係員", null, LocalDate.of(2024, 3, 31), 2025));
    assertFalse(THIRD_YEAR.appliesTo("係員", null, LocalDate.of(2024, 4, 1), 2025));
    assertFalse(THIRD_YEAR.appliesTo("係員", null, null, 2025));
  }
}
