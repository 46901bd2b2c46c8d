package jp.city.lms.curriculum.presentation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * Dates, times, fiscal years and durations of the curriculum pages as staff read them: in Japanese
 * {@code 2025年6月10日(火) 13:30-17:30} and {@code 令和7年度}, in English {@code Tue 10 Jun 2025,
 * 13:30-17:30} and {@code FY2025}.
 */
@Named("curFormat")
@ApplicationScoped
public class CurriculumFormat {

  private static final DateTimeFormatter JA_DATE =
      DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE);
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** When an offering runs: one day with its hours, or from one day and hour to another. */
  public String when(Offering offering, Locale locale) {
    return period(offering.getStartsAt(), offering.getEndsAt(), locale);
  }

  public String period(LocalDateTime start, LocalDateTime end, Locale locale) {
    if (start == null || end == null) {
      return "";
    }
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return date(start.toLocalDate(), locale)
          + separator(locale)
          + TIME.format(start)
          + "-"
          + TIME.format(end);
    }
    return dateTime(start, locale) + " - " + dateTime(end, locale);
  }

  public String date(LocalDate date, Locale locale) {
    return date == null ? "" : (english(locale) ? EN_DATE : JA_DATE).format(date);
  }

  public String dateTime(LocalDateTime dateTime, Locale locale) {
    return dateTime == null
        ? ""
        : date(dateTime.toLocalDate(), locale) + separator(locale) + TIME.format(dateTime);
  }

  public String fiscalYear(int fiscalYear, Locale locale) {
    return FiscalYear.of(fiscalYear).label(locale);
  }

  /**
   * Minutes, with hours and minutes for an hour or more, the same way for every course: 45分,
   * 60分（1時間）, 90分（1時間30分）; in English 45 min, 60 min (1 h), 90 min (1 h 30 min).
   */
  public String minutes(int minutes, Locale locale) {
    boolean en = english(locale);
    String text = minutes + (en ? " min" : "分");
    if (minutes < 60) {
      return text;
    }
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (en) {
      return text + " (" + hours + " h" + (rest == 0 ? "" : " " + rest + " min") + ")";
    }
    return text + "（" + hours + "時間" + (rest == 0 ? "" : rest + "分") + "）";
  }

  private static String separator(Locale locale) {
    return english(locale) ? ", " : " ";
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
