package jp.city.lms.registry.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How people type a name into a search box is not how HR wrote it: full-width or half-width, with
 * or without the space between family and given name, in hiragana or katakana. Both the stored
 * search text and the query go through this one normalisation so that they meet.
 */
public final class SearchText {

  private SearchText() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && cp != '\u3000')
        .map(cp -> cp >= 'ぁ' && cp <= 'ゖ' ? cp + ('ァ' - 'ぁ') : cp)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Text for a {@code LIKE ... ESCAPE '!'} pattern: people type % and _ too, and paths may hold
   * them; they mean the characters, not wildcards.
   */
  public static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
