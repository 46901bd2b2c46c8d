package jp.city.lms.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void hiraganaHalfWidthAndSpacesMeetTheStoredKatakana() {
    String stored = SearchText.normalise("ヤマダ　タロウ");
    assertEquals(stored, SearchText.normalise("やまだ たろう"));
    assertEquals(stored, SearchText.normalise("ﾔﾏﾀﾞ ﾀﾛｳ"));
  }

  @Test
  void fullWidthDigitsAndLettersBecomeAscii() {
    assertEquals("1000123", SearchText.normalise("１０００１２３"));
    assertEquals("abc", SearchText.normalise("ＡＢＣ"));
    assertEquals("", SearchText.normalise(null));
  }

  @Test
  void likeWildcardsAndTheEscapeCharacterAreTakenLiterally() {
    assertEquals("100!%!_off!!", SearchText.escapeLike("100%_off!"));
    assertEquals("/10/20/", SearchText.escapeLike("/10/20/"));
  }
}
