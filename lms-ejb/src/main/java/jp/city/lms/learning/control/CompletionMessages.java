package jp.city.lms.learning.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders the completions import's refusals and rejections from the {@code CompletionMessages}
 * bundles: Japanese is the base bundle, so a language without its own file reads Japanese.
 */
public final class CompletionMessages {

  static final String BUNDLE = "jp.city.lms.learning.control.CompletionMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private CompletionMessages() {}

  public static String format(Locale locale, String key, List<Object> args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale == null ? Locale.JAPANESE : locale,
            CompletionMessages.class.getClassLoader(),
            NO_FALLBACK);
    Locale formatLocale =
        bundle.getLocale().getLanguage().isEmpty() ? Locale.JAPAN : bundle.getLocale();
    return new MessageFormat(bundle.getString(key), formatLocale).format(args.toArray());
  }
}
