package jp.city.lms.progress.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 行政評価 indicators (目標 / 実績 / 達成率 per fiscal year) and the cumulative line by month. */
class IndicatorSheetTest {

  private static Achievement a(String person, String tier, String on) {
    return new Achievement(person, tier, LocalDate.parse(on));
  }

  private static IndicatorSheet sheet(LocalDate asOf, List<Achievement> achievements) {
    Progress progress =
        Progress.of(
            TallyTest.PROGRAMME,
            TallyTest.TIERS,
            asOf,
            Tally.count(TallyTest.PROGRAMME, asOf, achievements),
            date -> 10L);
    return IndicatorSheet.of(TallyTest.PROGRAMME, progress, "bronze", Map.of(2023, 4L, 2024, 5L));
  }

  @Test
  void targetsActualsAndRatesPerYear() {
    List<Achievement> achievements = new ArrayList<>();
    for (int i = 0; i < 560; i++) {
      achievements.add(a("p" + i, "silver", "2023-09-01"));
    }
    for (int i = 0; i < 30; i++) {
      achievements.add(a("p" + i, "gold", "2024-09-01"));
    }
    achievements.add(a("q", "silver", "2024-05-01"));
    IndicatorSheet sheet = sheet(LocalDate.of(2024, 12, 1), achievements);
    assertEquals(List.of(2023, 2024, 2025), sheet.fiscalYears());
    assertEquals(4, sheet.indicators().size(), "trained, silver, gold, bronze coverage");

    IndicatorSheet.Indicator trained = sheet.indicators().get(0);
    assertEquals(Map.of(2023, 800.0, 2024, 1600.0, 2025, 2400.0), trained.targets());
    assertEquals(Map.of(2023, 560.0, 2024, 561.0), trained.actuals(), "cumulative, distinct");
    assertEquals(0.7, trained.rate(2023).getAsDouble(), 1e-9);
    assertFalse(trained.rate(2025).isPresent(), "FY2025 has not begun");
    assertEquals(2400.0, trained.midTerm());

    IndicatorSheet.Indicator silver = sheet.indicators().get(1);
    assertEquals("silver", silver.key());
    assertEquals(0.8, silver.rate(2023).getAsDouble(), 1e-9);
    assertEquals(1.0, silver.actuals().get(2024));
    IndicatorSheet.Indicator gold = sheet.indicators().get(2);
    assertFalse(gold.targets().containsKey(2023), "gold from FY2024");
    assertFalse(gold.rate(2023).isPresent());
    assertEquals(0.5, gold.rate(2024).getAsDouble(), 1e-9);
    assertEquals(60.0, gold.midTerm());

    IndicatorSheet.Indicator coverage = sheet.indicators().get(3);
    assertEquals(IndicatorSheet.Measure.SHARE, coverage.measure());
    assertEquals(0.4, coverage.actuals().get(2023), 1e-9, "4 of 10 staff");
    assertEquals(0.5, coverage.rate(2024).getAsDouble(), 1e-9);
    assertEquals(1.0, coverage.targets().get(2025));
  }

  @Test
  void theCumulativeLineAddsMonthsUpToTheAsOfDateBesideAnEvenPath() {
    Map<YearMonth, Long> newly =
        Map.of(YearMonth.of(2023, 4), 3L, YearMonth.of(2023, 6), 2L, YearMonth.of(2024, 1), 5L);
    List<MonthPoint> points = MonthPoint.of(TallyTest.PROGRAMME, LocalDate.of(2024, 1, 15), newly);
    assertEquals(10, points.size(), "April 2023 to January 2024");
    assertEquals(YearMonth.of(2023, 4), points.get(0).month());
    assertEquals(3, points.get(0).trained());
    assertEquals(3, points.get(1).trained());
    assertEquals(5, points.get(2).trained());
    assertEquals(10, points.get(9).trained());
    assertEquals(66.7, points.get(0).path(), 1e-9, "2,400 over 36 months");
    List<MonthPoint> all = MonthPoint.of(TallyTest.PROGRAMME, LocalDate.of(2030, 1, 1), newly);
    assertEquals(36, all.size(), "the programme's months, no more");
    assertEquals(2400.0, all.get(35).path(), 1e-9);
    assertTrue(MonthPoint.of(TallyTest.PROGRAMME, LocalDate.of(2023, 3, 1), newly).isEmpty());
  }
}
