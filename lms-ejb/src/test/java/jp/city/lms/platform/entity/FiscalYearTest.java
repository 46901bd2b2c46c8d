package jp.city.lms.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fiscal years run April to March and are named by era in Japanese. */
class FiscalYearTest {

  @Test
  void aprilStartsTheYearAndMarchEndsIt() {
    assertEquals(FiscalYear.of(2025), FiscalYear.of(LocalDate.of(2025, 4, 1)));
    assertEquals(FiscalYear.of(2025), FiscalYear.of(LocalDate.of(2026, 3, 31)));
    assertEquals(FiscalYear.of(2024), FiscalYear.of(LocalDate.of(2025, 3, 31)));
    assertEquals(FiscalYear.of(2023), FiscalYear.of(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void startEndAndContainsAreInclusive() {
    FiscalYear fy = FiscalYear.of(2024);
    assertEquals(LocalDate.of(2024, 4, 1), fy.getStart());
    assertEquals(LocalDate.of(2025, 3, 31), fy.getEnd());
    assertTrue(fy.contains(LocalDate.of(2024, 4, 1)));
    assertTrue(fy.contains(LocalDate.of(2025, 3, 31)), "31 March of a leap-year spring");
    assertTrue(fy.contains(LocalDate.of(2025, 2, 28)));
    assertFalse(fy.contains(LocalDate.of(2024, 3, 31)));
    assertFalse(fy.contains(LocalDate.of(2025, 4, 1)));
  }

  @Test
  void yearsFollowEachOtherAndCompare() {
    assertEquals(FiscalYear.of(2026), FiscalYear.of(2025).next());
    assertEquals(FiscalYear.of(2023), FiscalYear.of(2025).plus(-2));
    assertEquals(FiscalYear.of(2024), FiscalYear.of(2025).previous());
    assertTrue(FiscalYear.of(2023).isBefore(FiscalYear.of(2024)));
    assertTrue(FiscalYear.of(2023).compareTo(FiscalYear.of(2022)) > 0);
    assertEquals(FiscalYear.of(2025).next().getStart(), FiscalYear.of(2025).getEnd().plusDays(1));
  }

  @Test
  void namedByEraInJapaneseAndAsFyInEnglish() {
    assertEquals("令和5年度", FiscalYear.of(2023).label(Locale.JAPANESE));
    assertEquals("令和7年度", FiscalYear.of(2025).label(Locale.JAPANESE));
    assertEquals("FY2025", FiscalYear.of(2025).label(Locale.ENGLISH));
    assertEquals("令和7年度（2025年度）", FiscalYear.of(2025).longLabel(Locale.JAPANESE));
    assertEquals("FY2025", FiscalYear.of(2025).longLabel(Locale.ENGLISH));
  }

  @Test
  void theFirstYearOfAnEraIsGanNen() {
    // Reiwa began on 1 May 2019: FY2019 (from 1 April) is still 令和元年度, never 平成31年度
    assertEquals("令和元年度", FiscalYear.of(2019).label(Locale.JAPANESE));
    assertEquals("令和2年度", FiscalYear.of(2020).label(Locale.JAPANESE));
    assertEquals("平成元年度", FiscalYear.of(1989).label(Locale.JAPANESE));
  }

  @Test
  void yearsBefore2019AreHeiseiAndShowa() {
    assertEquals("平成30年度", FiscalYear.of(2018).label(Locale.JAPANESE));
    assertEquals("平成2年度", FiscalYear.of(1990).label(Locale.JAPANESE));
    assertEquals("昭和63年度", FiscalYear.of(1988).label(Locale.JAPANESE));
    assertEquals("FY1988", FiscalYear.of(1988).label(Locale.ENGLISH));
  }

  @Test
  void aDefaultLocaleOrNoneMeansJapanese() {
    assertEquals("令和6年度", FiscalYear.of(2024).label(null));
    assertEquals("令和6年度", FiscalYear.of(2024).label(Locale.JAPAN));
  }
}
