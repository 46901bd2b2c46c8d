package jp.city.lms.skills.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders the refusals and rejections of a test results file from the {@code TestResultMessages}
 * bundles: Japanese is the base bundle, so a language without its own file reads Japanese.
 */
public final class TestResultMessages {

  static final String BUNDLE = "jp.city.lms.skills.control.TestResultMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private TestResultMessages() {}

  public static String format(Locale locale, String key, List<Object> args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale == null ? Locale.JAPANESE : locale,
            TestResultMessages.class.getClassLoader(),
            NO_FALLBACK);
    Locale formatLocale =
        bundle.getLocale().getLanguage().isEmpty() ? Locale.JAPAN : bundle.getLocale();
    return new MessageFormat(bundle.getString(key), formatLocale).format(args.toArray());
  }
}
