package jp.city.lms.platform.entity;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The Japanese fiscal year (年度), 1 April to 31 March, named by the calendar year it starts in:
 * FY2025 runs from 1 April 2025 to 31 March 2026. Staff know it by its era name (令和7年度), so that is
 * how Japanese pages show it; English pages say FY2025. The one place in the application that knows
 * where a fiscal year begins and ends.
 */
public final class FiscalYear implements Comparable<FiscalYear>, Serializable {

  private static final long serialVersionUID = 1L;

  private final int year;

  private FiscalYear(int year) {
    this.year = year;
  }

  /** The fiscal year that starts on 1 April of the given calendar year. */
  public static FiscalYear of(int year) {
    return new FiscalYear(year);
  }

  /** The fiscal year a date falls in: January to March belong to the year that began before. */
  public static FiscalYear of(LocalDate date) {
    return new FiscalYear(
        date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** The calendar year it starts in: 2025 for FY2025 (令和7年度). */
  public int getYear() {
    return year;
  }

  /** 1 April. */
  public LocalDate getStart() {
    return LocalDate.of(year, Month.APRIL, 1);
  }

  /** 31 March of the next calendar year. */
  public LocalDate getEnd() {
    return LocalDate.of(year + 1, Month.MARCH, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  public FiscalYear plus(int years) {
    return new FiscalYear(year + years);
  }

  public FiscalYear next() {
    return plus(1);
  }

  public FiscalYear previous() {
    return plus(-1);
  }

  public boolean isBefore(FiscalYear other) {
    return year < other.year;
  }

  public boolean isAfter(FiscalYear other) {
    return year > other.year;
  }

  /** 令和7年度 in Japanese (令和元年度 for an era's first year), FY2025 in English. */
  public String label(Locale locale) {
    if (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
      return "FY" + year;
    }
    return eraLabel();
  }

  /** Both names, as the city's documents write them: 令和7年度（2025年度）, or FY2025 in English. */
  public String longLabel(Locale locale) {
    String label = label(locale);
    return label.startsWith("FY") ? label : label + "（" + year + "年度）";
  }

  private String eraLabel() {
    JapaneseDate named;
    try {
      // 1 May, not 1 April: FY2019 is 令和元年度 although Reiwa began on 1 May 2019, and FY1989 is
      // 平成元年度 although Heisei began in January: a fiscal year takes the era of most of its days
      named = JapaneseDate.from(getStart().plusMonths(1));
    } catch (DateTimeException beforeTheJapaneseCalendar) {
      return year + "年度";
    }
    int yearOfEra = named.get(ChronoField.YEAR_OF_ERA);
    return named.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE)
        + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra))
        + "年度";
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FiscalYear other && year == other.year;
  }

  @Override
  public int hashCode() {
    return year;
  }

  /** FY2025: for logs and messages that are not shown to people in Japanese. */
  @Override
  public String toString() {
    return "FY" + year;
  }
}
