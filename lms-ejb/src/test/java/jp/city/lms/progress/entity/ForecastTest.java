package jp.city.lms.progress.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The forecast's assumption: the pace of the last year continues to the programme's last day. */
class ForecastTest {

  private static Forecast on(String asOf, long trained, long recent) {
    return Forecast.of(TallyTest.PROGRAMME, LocalDate.parse(asOf), trained, recent, 300, 120);
  }

  @Test
  void thePaceOfTheLastYearContinuesToTheEndOfTheProgramme() {
    // the last day of FY2024: the window is FY2024 (365 days), FY2025 is still to come
    Forecast forecast = on("2025-03-31", 1_500, 730);
    assertEquals(
        LocalDate.of(2024, 4, 1), Forecast.windowStart(TallyTest.PROGRAMME, forecast.asOf()));
    assertEquals(365, forecast.windowDays());
    assertEquals(365, forecast.daysLeft());
    assertEquals(1_500 + 730, forecast.byPace());
    assertEquals(730 * (365.25 / 12) / 365, forecast.monthlyPace(), 1e-9);
    assertFalse(forecast.reachesTarget());
    assertEquals(900 * (365.25 / 12) / 365, forecast.neededMonthlyPace(), 1e-9);
  }

  @Test
  void earlyInTheProgrammeTheWindowStartsWithIt() {
    Forecast forecast = on("2023-06-30", 90, 90);
    assertEquals(
        LocalDate.of(2023, 4, 1), Forecast.windowStart(TallyTest.PROGRAMME, forecast.asOf()));
    assertEquals(91, forecast.windowDays());
    assertEquals(90 + Math.round(90.0 * forecast.daysLeft() / 91), forecast.byPace());
  }

  @Test
  void theLastDayAndAfterForecastWhatIsThere() {
    Forecast last = on("2026-03-31", 2_450, 800);
    assertEquals(0, last.daysLeft());
    assertEquals(2_450, last.byPace());
    assertTrue(last.reachesTarget());
    assertEquals(0, last.neededMonthlyPace());
    Forecast after = on("2026-06-30", 2_300, 0);
    assertEquals(0, after.daysLeft());
    assertEquals(2_300, after.byPace());
    assertEquals(-1, after.neededMonthlyPace(), "no time is left for the 100 missing");
  }

  @Test
  void beforeTheProgrammeThereIsNoPace() {
    Forecast forecast = on("2023-03-01", 0, 0);
    assertEquals(0, forecast.windowDays());
    assertEquals(0, forecast.byPace());
    assertEquals(0, forecast.monthlyPace());
  }

  @Test
  void thePipelineIsShownBesideTheForecastNotAddedToIt() {
    Forecast forecast = on("2025-03-31", 1_500, 730);
    assertEquals(1_800, forecast.withPipeline());
    assertEquals(180, forecast.waitlisted());
    assertEquals(1_500 + 730, forecast.byPace());
  }
}
