package jp.city.lms.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.city.lms.learning.control.CompletionReader.Person;
import jp.city.lms.learning.control.CompletionReader.Result;
import jp.city.lms.learning.control.CompletionReader.Row;
import jp.city.lms.platform.control.CsvRefusedException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionReaderTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
  private static final String HEADER = "職員番号,講座コード,修了日,結果,得点,提供元\r\n";

  /** 0000001 works, 0000002 left on 2024-04-01; BR-OLD is a retired course, still a course. */
  private final AtomicInteger lookups = new AtomicInteger();

  private final CompletionReader.Directory directory =
      new CompletionReader.Directory() {
        @Override
        public Map<String, Person> people(Set<String> numbers) {
          lookups.incrementAndGet();
          Map<String, Person> known = new HashMap<>();
          known.put("0000001", new Person(1, null));
          known.put("0000002", new Person(2, LocalDate.of(2024, 4, 1)));
          known.keySet().retainAll(numbers);
          return known;
        }

        @Override
        public Map<String, Long> courses(Set<String> codes) {
          lookups.incrementAndGet();
          Map<String, Long> known = new HashMap<>(Map.of("BR-SECURITY", 10L, "BR-OLD", 11L));
          known.keySet().retainAll(codes);
          return known;
        }
      };

  private Result read(String csv) throws CompletionsRefusedException {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  private Result read(byte[] bytes) throws CompletionsRefusedException {
    return new CompletionReader(TODAY, directory).read("elearn.csv", bytes);
  }

  private RowRejection onlyRejection(String rows) throws CompletionsRefusedException {
    Result result = read(HEADER + rows);
    assertEquals(1, result.rejections().size(), result.rejections()::toString);
    assertTrue(result.rows().isEmpty(), result.rows()::toString);
    return result.rejections().get(0);
  }

  @Test
  void aGoodRowIsACompletionWithDefaultsForTheOptionalColumns() throws Exception {
    Result result =
        read(
            HEADER
                + "0000001,BR-SECURITY,2025-06-01,修了,85,LMS-X\r\n0000001,BR-OLD,2025/05/02,,,\r\n");
    assertEquals(2, result.rowCount());
    assertTrue(result.rejections().isEmpty());
    assertEquals(
        new Row(2, 1, 10, LocalDate.of(2025, 6, 1), true, 85, "LMS-X"), result.rows().get(0));
    assertEquals(
        new Row(3, 1, 11, LocalDate.of(2025, 5, 2), true, null, null), result.rows().get(1));
    assertEquals(2, lookups.get(), "people and courses are looked up once per file");
  }

  @Test
  void headersAreJapaneseOrAliasesInAnyOrderAndUnknownColumnsAreIgnored() throws Exception {
    Result result =
        read(
            "\uFEFFmemo,ＣＯＵＲＳＥ＿ＣＯＤＥ,result,employee_no,completed_on\r\n"
                + "x,ＢＲ－ＳＥＣＵＲＩＴＹ,未修了,　００００００１ ,２０２５－０６－０１\r\n");
    assertTrue(result.rejections().isEmpty(), result.rejections()::toString);
    Row row = result.rows().get(0);
    assertEquals(1, row.staffId());
    assertEquals(10, row.courseId());
    assertFalse(row.passed());
  }

  @Test
  void windows31jIsReadAndQuotedFieldsKeepCommasAndLineBreaks() throws Exception {
    String csv =
        HEADER
            + "0000001,BR-SECURITY,2025-06-01,未修了,,\"e-ラーニング,\r\n第2期\"\r\n"
            + "9999999,BR-SECURITY,2025-06-01,,,\r\n";
    Result result = read(csv.getBytes(Charset.forName("windows-31j")));
    assertEquals("e-ラーニング,\r\n第2期", result.rows().get(0).source());
    assertEquals(4, result.rejections().get(0).line(), "a line break inside quotes is a line");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown person      | 0000009,BR-SECURITY,2025-06-01,,,       | 職員番号   | 0000009     | rejected.unknownPerson",
        "unknown course      | 0000001,XX-NONE,2025-06-01,,,         | 講座コード | XX-NONE     | rejected.unknownCourse",
        "blank person        | ,BR-SECURITY,2025-06-01,,,            | 職員番号   | ''          | rejected.blank",
        "blank course        | 0000001,,2025-06-01,,,                | 講座コード | ''          | rejected.blank",
        "blank date          | 0000001,BR-SECURITY,,,,               | 修了日     | ''          | rejected.blank",
        "date format         | 0000001,BR-SECURITY,2025.06.01,,,     | 修了日     | 2025.06.01  | rejected.date",
        "no such day         | 0000001,BR-SECURITY,2025-02-30,,,     | 修了日     | 2025-02-30  | rejected.date",
        "future              | 0000001,BR-SECURITY,2025-07-01,,,     | 修了日     | 2025-07-01  | rejected.future",
        "on leaving day      | 0000002,BR-SECURITY,2024-04-01,,,     | 修了日     | 2024-04-01  | rejected.afterLeaving",
        "after leaving       | 0000002,BR-SECURITY,2025-01-10,,,     | 修了日     | 2025-01-10  | rejected.afterLeaving",
        "result              | 0000001,BR-SECURITY,2025-06-01,合格,, | 結果       | 合格        | rejected.result",
        "score not a number  | 0000001,BR-SECURITY,2025-06-01,,A,    | 得点       | A           | rejected.score",
        "score decimal       | 0000001,BR-SECURITY,2025-06-01,,85.5, | 得点       | 85.5        | rejected.score",
        "score above 100     | 0000001,BR-SECURITY,2025-06-01,,101,  | 得点       | 101         | rejected.score",
        "score negative      | 0000001,BR-SECURITY,2025-06-01,,-1,   | 得点       | -1          | rejected.score",
      })
  void everyRuleRejectsItsRowNamingTheField(
      String rule, String row, String field, String value, String key) throws Exception {
    RowRejection rejection = onlyRejection(row + "\r\n");
    assertEquals("elearn.csv", rejection.file());
    assertEquals(2, rejection.line());
    assertEquals(field, rejection.field());
    assertEquals(value, rejection.value());
    assertEquals(key, rejection.messageKey());
    assertFalse(rejection.reason(Locale.JAPANESE).isBlank());
    String english = rejection.reason(Locale.ENGLISH);
    assertFalse(english.equals(rejection.reason(Locale.JAPANESE)), english);
  }

  @Test
  void aSourceLongerThanTheRecordKeepsIsRejected() throws Exception {
    RowRejection rejection =
        onlyRejection("0000001,BR-SECURITY,2025-06-01,,,\"" + "x".repeat(201) + "\"\r\n");
    assertEquals("提供元", rejection.field());
    assertEquals("rejected.tooLong", rejection.messageKey());
  }

  @Test
  void aLeaversCompletionBeforeTheyLeftIsAccepted() throws Exception {
    Result result = read(HEADER + "0000002,BR-SECURITY,2024-03-31,,,\r\n");
    assertTrue(result.rejections().isEmpty());
    assertEquals(2, result.rows().get(0).staffId());
  }

  @Test
  void todayIsNotInTheFuture() throws Exception {
    assertTrue(read(HEADER + "0000001,BR-SECURITY,2025-06-30,,,\r\n").rejections().isEmpty());
  }

  @Test
  void theFieldIsTheHeaderAsWrittenInTheFile() throws Exception {
    Result result = read("employee_no,course_code,completed_on\r\n0000001,NOPE,2025-06-01\r\n");
    RowRejection rejection = result.rejections().get(0);
    assertEquals("course_code", rejection.field());
    assertTrue(rejection.reason(Locale.ENGLISH).contains("NOPE"), rejection.reason(Locale.ENGLISH));
  }

  @Test
  void englishResultsAreAcceptedToo() throws Exception {
    Result result =
        read(
            HEADER
                + "0000001,BR-SECURITY,2025-06-01,Completed,,\r\n"
                + "0000001,BR-SECURITY,2025-06-02,not completed,,\r\n"
                + "0000001,BR-SECURITY,2025-06-03,NOT_COMPLETED,,\r\n");
    assertEquals(List.of(true, false, false), result.rows().stream().map(Row::passed).toList());
  }

  @Test
  void theSameCompletionTwiceInAFileIsRecordedOnceAndTheRepeatReported() throws Exception {
    Result result =
        read(
            HEADER
                + "0000001,BR-SECURITY,2025-06-01,修了,80,\r\n"
                + "0000001,BR-SECURITY,2025/06/01,修了,80,\r\n"
                + "0000001,BR-SECURITY,2025-06-01,未修了,80,\r\n"
                + "0000001,BR-SECURITY,2025-06-02,修了,80,\r\n");
    assertEquals(List.of(2, 5), result.rows().stream().map(Row::line).toList());
    assertEquals(
        List.of("rejected.duplicate", "rejected.conflict"),
        result.rejections().stream().map(RowRejection::messageKey).toList());
    assertEquals(List.of(2), result.rejections().get(0).args());
    assertTrue(result.rejections().get(1).reason(Locale.JAPANESE).contains("2 行目"));
  }

  @Test
  void wholeFileRefusals() {
    assertEquals(Kind.EMPTY, refusal(new byte[0]));
    assertEquals(Kind.EMPTY, refusal(HEADER.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Kind.EMPTY, refusal((HEADER + ",,,,,\r\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Kind.MISSING_COLUMN,
        refusal("職員番号,修了日\r\n0000001,2025-06-01\r\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Kind.UNDECODABLE, refusal(new byte[] {'a', (byte) 0x82, (byte) 0xFF, '\n'}));
    assertEquals(
        Kind.MALFORMED,
        refusal(
            (HEADER + "0000001,\"BR-SECURITY,2025-06-01\r\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aRefusalSaysWhichColumnIsMissingInBothLanguages() {
    CompletionsRefusedException refused =
        assertThrows(
            CompletionsRefusedException.class, () -> read("職員番号,修了日\r\n0000001,2025-06-01\r\n"));
    assertTrue(refused.getMessage(Locale.JAPANESE).contains("講座コード"));
    assertTrue(refused.getMessage(Locale.ENGLISH).contains("course_code"));
  }

  @Test
  void scoresAndResults() {
    assertEquals(0, CompletionReader.score("0"));
    assertEquals(100, CompletionReader.score("100"));
    assertNull(CompletionReader.score("1000"));
    assertNull(CompletionReader.score(""));
    assertNull(CompletionReader.passed("pass"));
  }

  private Kind refusal(byte[] bytes) {
    return assertThrows(CompletionsRefusedException.class, () -> read(bytes)).kind();
  }
}
