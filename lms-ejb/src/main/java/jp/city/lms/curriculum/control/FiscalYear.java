package jp.city.lms.curriculum.control;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The Japanese fiscal year (年度), 1 April to 31 March, named by the calendar year it starts in
 * (FY2025 runs from 1 April 2025 to 31 March 2026). Staff know it by its era name (令和7年度), so that
 * is how Japanese pages show it; English pages say FY2025.
 */
public final class FiscalYear {

  private FiscalYear() {}

  public static int of(LocalDate date) {
    return Programme.fiscalYearOf(date);
  }

  /** 令和7年度 in Japanese (令和元年度 for its first year), FY2025 in English. */
  public static String label(int fiscalYear, Locale locale) {
    if (locale != null && "en".equals(locale.getLanguage())) {
      return "FY" + fiscalYear;
    }
    // 1 May, not 1 April: FY2019 is 令和元年度 although Reiwa began on 1 May 2019
    JapaneseDate named = JapaneseDate.from(Programme.fiscalYearStart(fiscalYear).plusMonths(1));
    JapaneseEra era = named.getEra();
    int yearOfEra = named.get(ChronoField.YEAR_OF_ERA);
    String eraName = era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    return eraName + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年度";
  }
}
