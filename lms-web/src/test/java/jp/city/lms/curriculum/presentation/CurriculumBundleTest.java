package jp.city.lms.curriculum.presentation;

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
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.OfferingStatus;
import org.junit.jupiter.api.Test;

/**
 * Every text of the curriculum pages exists in Japanese and English, and every key a page or a
 * backing bean asks for is in the bundle.
 */
class CurriculumBundleTest {

  private static final Pattern PAGE_KEY = Pattern.compile("cur\\['([A-Za-z0-9.]+)'\\]");

  private final ResourceBundle ja =
      ResourceBundle.getBundle(CurriculumTexts.BUNDLE, Locale.JAPANESE);
  private final ResourceBundle en =
      ResourceBundle.getBundle(CurriculumTexts.BUNDLE, Locale.ENGLISH);

  @Test
  void japaneseAndEnglishHaveTheSameKeys() {
    assertEquals(new TreeSet<>(ja.keySet()), new TreeSet<>(en.keySet()));
    assertEquals("研修一覧", ja.getString("nav.catalogue"));
    assertEquals("Catalogue", en.getString("nav.catalogue"));
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

  @Test
  void everyRuleFieldFormatAndStatusHasAText() {
    for (String rule :
        Set.of(
            "required",
            "endNotAfterStart",
            "deadlineNotBeforeStart",
            "capacityBelowOne",
            "placeMissing",
            "onlineUrlInvalid",
            "tooLong",
            "courseRetired",
            "courseIsELearning",
            "courseUnknown",
            "cancelled",
            "offeringUnknown")) {
      assertTrue(ja.containsKey("offering.rule." + rule), rule);
    }
    for (CourseFormat format : CourseFormat.values()) {
      assertTrue(ja.containsKey("format." + format.name()), format.name());
    }
    for (OfferingStatus status : OfferingStatus.values()) {
      assertTrue(ja.containsKey("offering.status." + status.name()), status.name());
    }
  }
}
