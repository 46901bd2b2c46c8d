package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every message exists in Japanese (the default) and English, and errors render in both. */
class ContentMessagesTest {

  @Test
  void japaneseAndEnglishBundlesHaveTheSameKeys() {
    ResourceBundle ja = ContentError.bundle(Locale.JAPANESE);
    ResourceBundle en = ContentError.bundle(Locale.ENGLISH);

    assertEquals(Locale.JAPANESE, ja.getLocale());
    assertEquals(Locale.ENGLISH, en.getLocale());
    assertEquals(Set.copyOf(ja.keySet()), Set.copyOf(en.keySet()));
  }

  @Test
  void japaneseIsTheDefaultForOtherLanguages() {
    ContentError error =
        ContentError.of("tiers.yaml", 7, "tiers[1].code", "field.required", "code");

    assertEquals(error.render(Locale.JAPANESE), error.render(Locale.FRENCH));
    assertEquals(error.render(Locale.JAPANESE), error.render(null));
  }

  @Test
  void errorRendersWithLocationInBothLanguages() {
    ContentError error =
        new ContentError(
            "courses/silver.yaml",
            42,
            "courses[3].skills.DSS-P-BA-01",
            "level.outOfScale",
            List.of("7", "0", "4"));

    assertEquals(
        "courses/silver.yaml 42行目 courses[3].skills.DSS-P-BA-01: レベル 7 はレベル尺度（0〜4）の範囲外です。",
        error.render(Locale.JAPANESE));
    assertEquals(
        "courses/silver.yaml, line 42, courses[3].skills.DSS-P-BA-01: The level 7 is outside the"
            + " level scale (0 to 4).",
        error.render(Locale.ENGLISH));
    assertEquals(
        "position-training.yaml: 必要なファイル position-training.yaml がありません。",
        ContentError.of("position-training.yaml", 0, "", "file.missing", "position-training.yaml")
            .render(Locale.JAPANESE));
  }
}
