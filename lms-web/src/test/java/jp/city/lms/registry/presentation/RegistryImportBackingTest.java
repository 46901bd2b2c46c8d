package jp.city.lms.registry.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Locale;
import jp.city.lms.platform.entity.FiscalYear;
import org.junit.jupiter.api.Test;

class RegistryImportBackingTest {

  @Test
  void theEffectiveDateIsShownWithItsFiscalYearInTheJapaneseEra() {
    RegistryImportBacking page = new RegistryImportBacking();
    assertNull(page.getFiscalYear(), "no date, no year");
    page.setEffective(LocalDate.of(2026, 3, 31));
    assertEquals(FiscalYear.of(2025), page.getFiscalYear());
    assertEquals("令和7年度（2025年度）", page.getFiscalYear().longLabel(Locale.JAPANESE));
    page.setEffective(LocalDate.of(2026, 4, 1));
    assertEquals("FY2026", page.getFiscalYear().longLabel(Locale.ENGLISH));
  }
}
