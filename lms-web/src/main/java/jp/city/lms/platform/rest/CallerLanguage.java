package jp.city.lms.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of a REST answer's texts: English when the caller prefers it, else Japanese. */
public final class CallerLanguage {

  private CallerLanguage() {}

  public static Locale of(HttpHeaders headers) {
    return isEnglish(headers) ? Locale.ENGLISH : Locale.JAPANESE;
  }

  /** Whether the caller's first language is English. */
  public static boolean isEnglish(HttpHeaders headers) {
    return headers != null
        && headers.getAcceptableLanguages().stream()
            .findFirst()
            .map(l -> Locale.ENGLISH.getLanguage().equals(l.getLanguage()))
            .orElse(false);
  }
}
