package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fiscal years run April to March and are named by era in Japanese. */
class FiscalYearTest {

  @Test
  void aprilStartsTheYearAndMarchEndsIt() {
    assertEquals(2025, FiscalYear.of(LocalDate.of(2025, 4, 1)));
    assertEquals(2025, FiscalYear.of(LocalDate.of(2026, 3, 31)));
    assertEquals(2024, FiscalYear.of(LocalDate.of(2025, 3, 31)));
  }

  @Test
  void namedByEraInJapaneseAndAsFyInEnglish() {
    assertEquals("令和5年度", FiscalYear.label(2023, Locale.JAPANESE));
    assertEquals("令和7年度", FiscalYear.label(2025, Locale.JAPANESE));
    assertEquals("令和元年度", FiscalYear.label(2019, Locale.JAPANESE));
    assertEquals("平成30年度", FiscalYear.label(2018, Locale.JAPANESE));
    assertEquals("FY2025", FiscalYear.label(2025, Locale.ENGLISH));
  }
}
