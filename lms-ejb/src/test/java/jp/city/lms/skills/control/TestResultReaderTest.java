package jp.city.lms.skills.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.SkillLevel;
import jp.city.lms.platform.control.CsvRefusedException;
import jp.city.lms.skills.control.TestResultReader.Person;
import jp.city.lms.skills.control.TestResultReader.Read;
import jp.city.lms.skills.control.TestResultReader.Rejection;
import org.junit.jupiter.api.Test;

/** How {@code test-results.csv} is read: its rows, their rejections and refused files. */
class TestResultReaderTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
  private static final LocalizedText NAME = LocalizedText.ofJapanese("名");

  private static final SkillFramework FRAMEWORK =
      new SkillFramework(
          "T",
          NAME,
          null,
          List.of(
              new SkillLevel(0, NAME, null),
              new SkillLevel(1, NAME, null),
              new SkillLevel(2, NAME, null),
              new SkillLevel(3, NAME, null),
              new SkillLevel(4, NAME, null)),
          List.of(
              new SkillCategory(
                  "L",
                  SkillCategory.Standard.LITERACY,
                  NAME,
                  null,
                  List.of(new Skill("L-01", "L", NAME, null), new Skill("L-02", "L", NAME, null)))),
          List.of());

  private static final Map<String, Person> PEOPLE =
      Map.of(
          "0001", new Person(1, LocalDate.of(2010, 4, 1), null),
          "0002", new Person(2, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)));

  private Set<String> askedFor;

  private Read read(String text) throws CsvRefusedException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private Read read(byte[] bytes) throws CsvRefusedException {
    return new TestResultReader(
            TODAY,
            FRAMEWORK,
            numbers -> {
              askedFor = numbers;
              return PEOPLE.entrySet().stream()
                  .filter(e -> numbers.contains(e.getKey()))
                  .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            })
        .read("tests.csv", bytes);
  }

  @Test
  void readsJapaneseHeadersInAnyOrderWithFullWidthDigitsAndBothDateForms() throws Exception {
    Read read =
        read(
            "レベル,評価日,備考,職員番号,スキルコード\n"
                + "３,2025/06/01,memo,０００１,L-01\n"
                + "2,2024-06-01,,0002,L-02\n");
    assertEquals(List.of(), read.rejections());
    assertEquals(2, read.results().size());
    assertEquals(
        new TestResultReader.Result(2, 1, "L-01", 3, LocalDate.of(2025, 6, 1)),
        read.results().get(0));
    assertEquals(3, read.results().get(1).line());
    assertEquals(Set.of("0001", "0002"), askedFor, "people looked up once for the file");
  }

  @Test
  void readsTheAliasesAndWindows31J() throws Exception {
    Read read =
        read(
            "employee_no,SKILL_CODE,level,assessed_on\r\n0001,L-01,1,2025-06-01\r\n"
                .getBytes(Charset.forName("windows-31j")));
    assertEquals(1, read.results().size());
  }

  @Test
  void rejectsEachRuleWithTheLineTheFieldAsWrittenAndAReasonInBothLanguages() throws Exception {
    Read read =
        read(
            "職員番号,スキルコード,レベル,評価日\n"
                + "0001,L-01,,2025-06-01\n"
                + "9999,L-01,1,2025-06-01\n"
                + "0001,X-99,1,2025-06-01\n"
                + "0001,L-01,5,2025-06-01\n"
                + "0001,L-01,two,2025-06-01\n"
                + "0001,L-01,1,2025-02-30\n"
                + "0001,L-01,1,2025-07-01\n"
                + "0002,L-01,1,2024-03-01\n"
                + "0002,L-01,1,2025-03-31\n"
                + "0001,L-02,2,2025-05-01\n"
                + "0001,L-02,2,2025-05-01\n"
                + "0001,L-02,3,2025-05-01\n");
    assertEquals(1, read.results().size(), "only line 11 is recorded");
    assertEquals(11, read.results().get(0).line());
    List<Rejection> r = read.rejections();
    assertEquals(
        List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13), r.stream().map(Rejection::line).toList());
    assertEquals(
        List.of(
            "rejected.blank",
            "rejected.unknownPerson",
            "rejected.unknownSkill",
            "rejected.level",
            "rejected.level",
            "rejected.date",
            "rejected.future",
            "rejected.beforeHire",
            "rejected.afterLeaving",
            "rejected.duplicate",
            "rejected.conflict"),
        r.stream().map(Rejection::messageKey).toList());
    assertEquals("レベル", r.get(3).field());
    assertEquals("5", r.get(3).value());
    assertEquals("tests.csv", r.get(3).file());
    assertEquals("レベル \"5\" は 0〜4 の整数ではありません", r.get(3).reason(Locale.JAPANESE));
    assertEquals("level \"5\" is not a whole number from 0 to 4", r.get(3).reason(Locale.ENGLISH));
    assertEquals("評価日", r.get(6).field());
    assertTrue(r.get(6).reason(Locale.JAPANESE).contains("今日は 2025-06-30"));
    assertTrue(r.get(10).reason(Locale.ENGLISH).contains("line 11"));
  }

  @Test
  void refusesAFileWithoutARequiredColumnOrWithoutRows() {
    CsvRefusedException missing =
        assertThrows(
            CsvRefusedException.class, () -> read("職員番号,スキルコード,評価日\n0001,L-01,2025-06-01\n"));
    assertEquals(CsvRefusedException.Kind.MISSING_COLUMN, missing.kind());
    assertEquals(List.of("tests.csv", "レベル", "level"), missing.args());
    assertEquals(
        CsvRefusedException.Kind.EMPTY,
        assertThrows(CsvRefusedException.class, () -> read("職員番号,スキルコード,レベル,評価日\n")).kind());
  }
}
