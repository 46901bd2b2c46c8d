package jp.city.lms.registry.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistryImportBackingTest {

  @Test
  void theFiscalYearRunsFromAprilToMarch() {
    assertEquals(2025, RegistryImportBacking.fiscalYear(LocalDate.of(2025, 4, 1)));
    assertEquals(2025, RegistryImportBacking.fiscalYear(LocalDate.of(2026, 3, 31)));
    assertEquals(2026, RegistryImportBacking.fiscalYear(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void theFiscalYearReadsInTheJapaneseEraToo() {
    RegistryImportBacking page = new RegistryImportBacking();
    page.setEffective(LocalDate.of(2026, 3, 31));
    assertEquals(2025, page.getFiscalYear());
    assertEquals(7, page.getReiwaYear(), "FY2025 is 令和7年度");
  }
}
