package jp.city.lms.nomination.presentation;

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
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.nomination.entity.NominationRefusedException;
import jp.city.lms.nomination.entity.NominationRound;
import org.junit.jupiter.api.Test;

/** Every text of the nomination pages and every reason a rule says no exists in both languages. */
class NominationBundleTest {

  private static final Pattern PAGE_KEY = Pattern.compile("nom\\['([A-Za-z0-9.]+)'\\]");

  private final ResourceBundle ja =
      ResourceBundle.getBundle(NominationTexts.BUNDLE, Locale.JAPANESE);
  private final ResourceBundle en =
      ResourceBundle.getBundle(NominationTexts.BUNDLE, Locale.ENGLISH);

  @Test
  void japaneseAndEnglishHaveTheSameKeys() {
    assertEquals(new TreeSet<>(ja.keySet()), new TreeSet<>(en.keySet()));
    assertEquals("所属長推薦", ja.getString("nav.rounds"));
  }

  @Test
  void everyReasonAndStatusHasItsText() {
    for (NominationRefusedException.Reason reason : NominationRefusedException.Reason.values()) {
      assertTrue(ja.containsKey("refused." + reason.name()), reason.name());
    }
    for (Nomination.Status status : Nomination.Status.values()) {
      assertTrue(ja.containsKey("status." + status.name()), status.name());
    }
    for (NominationRound.Status status : NominationRound.Status.values()) {
      assertTrue(ja.containsKey("roundStatus." + status.name()), status.name());
    }
    assertEquals(
        "The quota (3) is used up.",
        NominationTexts.reason(
            new NominationRefusedException(NominationRefusedException.Reason.QUOTA_EXHAUSTED, 3),
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
