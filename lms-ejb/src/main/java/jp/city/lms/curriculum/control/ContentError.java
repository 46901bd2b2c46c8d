package jp.city.lms.curriculum.control;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One mistake in the content files, located so the training office can go straight to it: the file
 * (relative to the content folder), the 1-based line (0 when unknown) and the field path (e.g.
 * {@code courses[3].skills.DSS-P-BA-01}, list indexes counted from 0; empty for the file as a
 * whole). The text comes from the {@code ContentMessages} bundles, Japanese by default and English
 * on request.
 */
public record ContentError(
    String file, int line, String field, String messageKey, List<String> args)
    implements Serializable {

  static final String BUNDLE = "jp.city.lms.curriculum.control.ContentMessages";

  public ContentError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageKey, "messageKey");
    args = List.copyOf(args);
  }

  static ContentError of(String file, int line, String field, String messageKey, Object... args) {
    return new ContentError(
        file, line, field, messageKey, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The message alone, without its location. */
  public String message(Locale locale) {
    return format(locale, messageKey, args.toArray());
  }

  /** The message with file, line and field, as shown to the training office. */
  public String render(Locale locale) {
    String message = message(locale);
    if (line > 0 && !field.isEmpty()) {
      return format(locale, "location.full", file, line, field, message);
    }
    if (line > 0) {
      return format(locale, "location.line", file, line, message);
    }
    if (!field.isEmpty()) {
      return format(locale, "location.field", file, field, message);
    }
    return format(locale, "location.file", file, message);
  }

  static String format(Locale locale, String key, Object... args) {
    ResourceBundle bundle = bundle(locale);
    Object[] plain = Arrays.stream(args).map(String::valueOf).toArray();
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(plain);
  }

  /** Japanese unless English is asked for; never the JVM's default locale. */
  static ResourceBundle bundle(Locale locale) {
    Locale wanted = locale == null ? Locale.JAPANESE : locale;
    return ResourceBundle.getBundle(
        BUNDLE,
        wanted,
        ContentError.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
