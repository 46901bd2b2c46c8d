package jp.city.lms.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RegistryMessagesTest {

  private static final String PATH = "/jp/city/lms/registry/control/RegistryMessages";

  private static Properties load(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        RegistryMessagesTest.class.getResourceAsStream(PATH + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void theBaseBundleIsTheJapaneseOne() throws IOException {
    assertEquals(load("_ja"), load(""));
  }

  @Test
  void englishHasEveryMessageAndEveryPatternIsValid() throws IOException {
    Properties japanese = load("_ja");
    Properties english = load("_en");

    assertEquals(japanese.keySet(), english.keySet());
    for (Properties bundle : List.of(japanese, english)) {
      for (String key : bundle.stringPropertyNames()) {
        new MessageFormat(bundle.getProperty(key));
        assertFalse(bundle.getProperty(key).isBlank(), key);
      }
    }
  }

  private final Rejection rejection =
      new Rejection(
          "staff.csv", 12, "所属コード", "999999", "rejected.orgNotInFile", "999999", "orgs.csv");

  @Test
  void japaneseByDefaultAndForLanguagesWithoutMessages() {
    String japanese = "所属コード \"999999\" は orgs.csv にありません";

    assertEquals(japanese, rejection.reason());
    assertEquals(japanese, rejection.reason(Locale.JAPAN));
    assertEquals(japanese, rejection.reason(Locale.FRENCH));
    assertEquals(japanese, rejection.reason(null));
  }

  @Test
  void englishForAnyEnglishLocale() {
    assertEquals("org code \"999999\" is not in orgs.csv", rejection.reason(Locale.ENGLISH));
    assertEquals("org code \"999999\" is not in orgs.csv", rejection.reason(Locale.US));
  }

  @Test
  void lineNumbersAreWrittenWithoutGrouping() {
    SnapshotRefusedException refused =
        new SnapshotRefusedException(
            SnapshotRefusedException.Reason.DUPLICATE_EMPLOYEE_NO,
            "refused.duplicateEmployeeNo",
            "1001",
            "staff.csv",
            2,
            12345);

    assertEquals(
        "employee number \"1001\" appears twice in staff.csv, on lines 2 and 12345",
        refused.getMessage(Locale.ENGLISH));
  }
}
