package jp.city.lms.registry.control;

import java.util.List;
import java.util.Locale;

/**
 * A row of the snapshot that was not imported, and why. The rest of the snapshot still goes on, and
 * the person or org unit on a rejected row keeps their previous state: a rejected row never makes
 * anyone "missing". The field is the column header as written in the file (所属コード or org_code), the
 * value is what the cell said (empty when blank), and the reason is kept as a message key and
 * arguments so it reads in Japanese (the default) or English.
 */
public record Rejection(
    String file, int line, String field, String value, String messageKey, List<Object> args) {

  public Rejection {
    value = value == null ? "" : value;
    args = List.copyOf(args);
  }

  Rejection(String file, int line, String field, String value, String messageKey, Object... args) {
    this(file, line, field, value, messageKey, List.of(args));
  }

  /** Why the row was rejected, in the given language (Japanese for languages without messages). */
  public String reason(Locale locale) {
    return RegistryMessages.format(locale, messageKey, args);
  }

  public String reason() {
    return reason(RegistryMessages.DEFAULT_LOCALE);
  }
}
