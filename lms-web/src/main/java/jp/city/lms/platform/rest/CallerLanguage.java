package jp.city.lms.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of a REST answer's texts: English when the caller prefers it, else Japanese. */
public final class CallerLanguage {

  private CallerLanguage() {}

  public static Locale of(HttpHeaders headers) {
    boolean english =
        headers != null
            && headers.getAcceptableLanguages().stream()
                .findFirst()
                .map(l -> Locale.ENGLISH.getLanguage().equals(l.getLanguage()))
                .orElse(false);
    return english ? Locale.ENGLISH : Locale.JAPANESE;
  }
}
