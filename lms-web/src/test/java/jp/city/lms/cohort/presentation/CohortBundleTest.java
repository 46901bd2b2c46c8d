package jp.city.lms.cohort.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.city.lms.cohort.entity.CohortRule;
import jp.city.lms.cohort.entity.CohortRuleException;
import jp.city.lms.cohort.entity.Condition;
import jp.city.lms.cohort.entity.Condition.Field;
import org.junit.jupiter.api.Test;

/**
 * Every text of the cohort pages, every field and every reason a rule is refused exists in Japanese
 * and English; rules read as words and values are typed as people type them.
 */
class CohortBundleTest {

  private static final Pattern PAGE_KEY = Pattern.compile("coh\\['([A-Za-z0-9.]+)'\\]");

  private final ResourceBundle ja = ResourceBundle.getBundle(CohortTexts.BUNDLE, Locale.JAPANESE);
  private final ResourceBundle en = ResourceBundle.getBundle(CohortTexts.BUNDLE, Locale.ENGLISH);

  @Test
  void japaneseAndEnglishHaveTheSameKeys() {
    assertEquals(new TreeSet<>(ja.keySet()), new TreeSet<>(en.keySet()));
    assertEquals("対象者グループ", ja.getString("nav.cohorts"));
    assertEquals("Cohorts", en.getString("nav.cohorts"));
  }

  @Test
  void everyFieldAndReasonHasItsText() {
    for (Field field : Field.values()) {
      assertTrue(ja.containsKey("field." + field.name()), field.name());
    }
    for (CohortRuleException.Reason reason : CohortRuleException.Reason.values()) {
      assertTrue(ja.containsKey("rule." + reason.name()), reason.name());
    }
    assertEquals(
        "The unit 999 did not exist on the date.",
        CohortTexts.reason(
            new CohortRuleException(CohortRuleException.Reason.UNKNOWN_UNIT, "999"),
            Locale.ENGLISH));
  }

  @Test
  void aRuleReadsAsWords() {
    CohortRule rule =
        CohortRule.allOf(
                Condition.of(Field.POSITION, "係長", "主査"), Condition.not(Field.TIER, "silver"))
            .or(Condition.of(Field.STATUS, "ON_LEAVE"));
    assertEquals(
        "(Position is 係長, 主査 and Tier held is not silver) or (Status is on leave)",
        CohortTexts.describe(rule, Locale.ENGLISH));
    assertEquals(
        "(職位が 係長, 主査　かつ　認定済みのティアが silver 以外)　または　(在職区分が 休職)",
        CohortTexts.describe(rule, Locale.JAPANESE));
  }

  @Test
  void valuesAsPeopleTypeThem() {
    assertEquals(List.of("係長", "主査", "課長"), CohortTexts.values(Field.POSITION, "係長、主査， 課長"));
    assertEquals(List.of("ACTIVE", "ON_LEAVE"), CohortTexts.values(Field.STATUS, "在職,休職"));
    assertEquals(List.of(), CohortTexts.values(Field.UNIT, null));
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
