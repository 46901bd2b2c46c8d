package jp.city.lms.curriculum.entity;

import java.util.Locale;
import java.util.Objects;

/**
 * A text the training office writes in Japanese and, where staff may read the English screens, in
 * English. Japanese is always present; English falls back to Japanese when it is not written.
 */
public record LocalizedText(String ja, String en) {

  public LocalizedText {
    Objects.requireNonNull(ja, "ja");
  }

  public static LocalizedText ofJapanese(String ja) {
    return new LocalizedText(ja, null);
  }

  /** The English text when the locale's language is English and it was written, else Japanese. */
  public String in(Locale locale) {
    if (en != null && locale != null && "en".equals(locale.getLanguage())) {
      return en;
    }
    return ja;
  }
}
