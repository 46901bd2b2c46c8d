package jp.city.lms.skills.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.city.lms.skills.entity.AssessmentRefusedException;
import jp.city.lms.skills.entity.AssessmentSource;
import org.junit.jupiter.api.Test;

/**
 * Every text of the skills pages and every reason an assessment is refused exists in Japanese and
 * English.
 */
class SkillsBundleTest {

  private static final Pattern PAGE_KEY = Pattern.compile("skl\\['([A-Za-z0-9.]+)'\\]");

  private final ResourceBundle ja = ResourceBundle.getBundle(SkillTexts.BUNDLE, Locale.JAPANESE);
  private final ResourceBundle en = ResourceBundle.getBundle(SkillTexts.BUNDLE, Locale.ENGLISH);

  @Test
  void japaneseAndEnglishHaveTheSameKeys() {
    assertEquals(new TreeSet<>(ja.keySet()), new TreeSet<>(en.keySet()));
    assertEquals("スキル", ja.getString("nav.skills"));
    assertEquals("Skills", en.getString("nav.skills"));
  }

  @Test
  void everyReasonAndSourceHasItsText() {
    for (AssessmentRefusedException.Reason reason : AssessmentRefusedException.Reason.values()) {
      assertTrue(ja.containsKey("refused." + reason.name()), reason.name());
    }
    for (AssessmentSource source : AssessmentSource.values()) {
      assertTrue(ja.containsKey("source." + source.name()), source.name());
    }
    assertEquals(
        "The level 7 is outside the scale (0 to 4).",
        SkillTexts.reason(
            new AssessmentRefusedException(
                AssessmentRefusedException.Reason.LEVEL_OUTSIDE_SCALE, 7, 0, 4),
            Locale.ENGLISH));
  }

  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = PAGE_KEY.matcher(Files.readString(page));
        while (m.find()) {
          if (!ja.containsKey(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }
}
