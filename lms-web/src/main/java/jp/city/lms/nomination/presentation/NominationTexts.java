package jp.city.lms.nomination.presentation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.city.lms.nomination.entity.NominationRefusedException;

/** The nomination feature's texts in a language. */
public final class NominationTexts {

  public static final String BUNDLE = "jp.city.lms.web.nomination";

  private NominationTexts() {}

  public static String text(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, NominationTexts.class.getClassLoader());
    // always through MessageFormat, so that the bundles' quotes ('') read the same everywhere
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** Why a nomination rule said no. */
  public static String reason(NominationRefusedException refused, Locale locale) {
    return text("refused." + refused.reason().name(), locale, refused.arguments());
  }
}
