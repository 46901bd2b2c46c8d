package jp.city.lms.learning.control;

import java.util.List;
import java.util.Locale;

/**
 * A row of {@code completions.csv} that was not recorded, and why: the file, the line an editor
 * shows it on, the column header as written in the file (講座コード or course_code), what the cell said,
 * and the reason as a message key and arguments, so that it reads in Japanese or English.
 */
public record RowRejection(
    String file, int line, String field, String value, String messageKey, List<Object> args) {

  public RowRejection {
    value = value == null ? "" : value;
    args = List.copyOf(args);
  }

  RowRejection(String file, int line, String field, String value, String key, Object... args) {
    this(file, line, field, value, key, List.of(args));
  }

  public String reason(Locale locale) {
    return CompletionMessages.format(locale, messageKey, args);
  }
}
