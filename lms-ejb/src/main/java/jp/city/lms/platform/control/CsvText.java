package jp.city.lms.platform.control;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the city's CSV files are read cell by cell: trimmed of ASCII and full-width spaces, codes and
 * numbers NFKC-normalised, dates written YYYY-MM-DD or YYYY/MM/DD.
 */
public final class CsvText {

  private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{2})\\2(\\d{2})");

  private CsvText() {}

  /**
   * NFKC; plain ASCII (most codes) is already normalised and is returned as it is, without the
   * cost.
   */
  public static String nfkc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /**
   * Trims ASCII spaces and tabs, stray line breaks and the full-width space (U+3000) at both ends.
   */
  public static String trim(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isPadding(text.charAt(start))) {
      start++;
    }
    while (end > start && isPadding(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPadding(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000';
  }

  /** A real date written YYYY-MM-DD or YYYY/MM/DD (after NFKC); null otherwise. */
  public static LocalDate date(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
