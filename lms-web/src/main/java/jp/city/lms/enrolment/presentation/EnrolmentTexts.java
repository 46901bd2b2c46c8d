package jp.city.lms.enrolment.presentation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException.Reason;
import jp.city.lms.enrolment.entity.EnrolmentStatus;

/** Enrolment's texts in a language, for pages and REST alike. */
public final class EnrolmentTexts {

  public static final String BUNDLE = "jp.city.lms.web.enrolment";

  private EnrolmentTexts() {}

  /** Why an enrolment rule said no, naming a tier by its name in the content. */
  public static String reason(
      EnrolmentRefusedException refused, Locale locale, ProgrammeContent content) {
    Object[] arguments = refused.arguments();
    if (refused.reason() == Reason.PREREQUISITE_MISSING && arguments.length == 1) {
      String tier = String.valueOf(arguments[0]);
      arguments = new Object[] {content.tier(tier).map(t -> t.name().in(locale)).orElse(tier)};
    }
    return text("refused." + refused.reason().name(), locale, arguments);
  }

  public static String status(EnrolmentStatus status, Locale locale) {
    return text("status." + status.name(), locale);
  }

  public static String text(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, EnrolmentTexts.class.getClassLoader());
    // always through MessageFormat, so that the bundles' quotes ('') read the same everywhere
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
