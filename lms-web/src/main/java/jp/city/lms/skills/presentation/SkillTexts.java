package jp.city.lms.skills.presentation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.city.lms.skills.entity.AssessmentRefusedException;

/** The skills feature's texts in a language, for pages and REST alike. */
public final class SkillTexts {

  public static final String BUNDLE = "jp.city.lms.web.skills";

  private SkillTexts() {}

  /** Why an assessment was not recorded. */
  public static String reason(AssessmentRefusedException refused, Locale locale) {
    return text("refused." + refused.reason().name(), locale, refused.arguments());
  }

  public static String text(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, SkillTexts.class.getClassLoader());
    // always through MessageFormat, so that the bundles' quotes ('') read the same everywhere
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
