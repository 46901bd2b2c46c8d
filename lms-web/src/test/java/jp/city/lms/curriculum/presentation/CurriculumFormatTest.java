package jp.city.lms.curriculum.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates as Japanese staff write them, and as English readers expect them. */
class CurriculumFormatTest {

  private final CurriculumFormat format = new CurriculumFormat();
  private final LocalDateTime start = LocalDateTime.of(2025, 6, 10, 13, 30);

  @Test
  void anOfferingOnOneDay() {
    assertEquals(
        "2025年6月10日(火) 13:30-17:30", format.period(start, start.plusHours(4), Locale.JAPANESE));
    assertEquals(
        "Tue 10 Jun 2025, 13:30-17:30", format.period(start, start.plusHours(4), Locale.ENGLISH));
  }

  @Test
  void anOfferingOverTwoDays() {
    assertEquals(
        "2025年6月10日(火) 13:30 - 2025年6月11日(水) 12:00",
        format.period(start, LocalDateTime.of(2025, 6, 11, 12, 0), Locale.JAPANESE));
  }

  @Test
  void fiscalYearsDatesAndDurations() {
    assertEquals("令和7年度", format.fiscalYear(2025, Locale.JAPANESE));
    assertEquals("FY2025", format.fiscalYear(2025, Locale.ENGLISH));
    assertEquals("2025年5月30日(金)", format.date(LocalDate.of(2025, 5, 30), Locale.JAPANESE));
    assertEquals("240分（4時間）", format.minutes(240, Locale.JAPANESE));
    assertEquals("90分（1時間30分）", format.minutes(90, Locale.JAPANESE));
    assertEquals("60分（1時間）", format.minutes(60, Locale.JAPANESE));
    assertEquals("45分", format.minutes(45, Locale.JAPANESE));
    assertEquals("90 min (1 h 30 min)", format.minutes(90, Locale.ENGLISH));
    assertEquals("60 min (1 h)", format.minutes(60, Locale.ENGLISH));
  }
}
