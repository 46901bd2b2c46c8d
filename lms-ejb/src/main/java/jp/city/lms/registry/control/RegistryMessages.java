package jp.city.lms.registry.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders the import's refusals and rejections from the {@code RegistryMessages} bundles. Japanese
 * is the base bundle, so a language without its own file falls back to Japanese rather than to
 * whatever language the server happens to run in.
 */
final class RegistryMessages {

  static final Locale DEFAULT_LOCALE = Locale.JAPANESE;
  static final String BUNDLE = "jp.city.lms.registry.control.RegistryMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private RegistryMessages() {}

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale == null ? DEFAULT_LOCALE : locale,
        RegistryMessages.class.getClassLoader(),
        NO_FALLBACK);
  }

  static String format(Locale locale, String key, List<Object> args) {
    ResourceBundle bundle = bundle(locale);
    Locale formatLocale =
        bundle.getLocale().getLanguage().isEmpty() ? Locale.JAPAN : bundle.getLocale();
    return new MessageFormat(bundle.getString(key), formatLocale).format(args.toArray());
  }
}
