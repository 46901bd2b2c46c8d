package jp.city.lms.learning.control;

import static jp.city.lms.learning.control.CompletionColumn.COMPLETED_ON;
import static jp.city.lms.learning.control.CompletionColumn.COURSE_CODE;
import static jp.city.lms.learning.control.CompletionColumn.EMPLOYEE_NO;
import static jp.city.lms.learning.control.CompletionColumn.RESULT;
import static jp.city.lms.learning.control.CompletionColumn.SCORE;
import static jp.city.lms.learning.control.CompletionColumn.SOURCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.city.lms.learning.entity.Completion;
import jp.city.lms.platform.control.CsvRefusedException;
import jp.city.lms.platform.control.CsvTable;
import jp.city.lms.platform.control.CsvText;

/**
 * Reads {@code completions.csv} (contract v1) from an e-learning platform into the completions that
 * can be recorded and the rows that cannot. The file is read like the registry's ({@link
 * CsvTable}). A row is rejected, with its line, the header as written and the reason, when the
 * employee number is unknown to the registry (people who left stay in it and are accepted), the
 * course code has no course (retired courses are accepted: their learning records are kept), the
 * date is not a real YYYY-MM-DD or YYYY/MM/DD date, lies in the future or on or after the day the
 * person left, the result is not 修了/未修了 (the English {@code completed}/{@code not completed} are
 * accepted too, as platforms made abroad write them; blank means 修了), the score is not a whole
 * number 0-100, or the source is longer than the record keeps. The same completion (person, course,
 * date) twice in a file is recorded once: the first row counts and a later one is rejected, saying
 * whether it repeats or contradicts the first.
 *
 * <p>People and courses are looked up once for the whole file ({@link Directory}), never per row.
 */
public final class CompletionReader {

  public static final String FILE = "completions.csv";

  /** Who and what the rows may name, asked once per file. */
  public interface Directory {

    /** The people among these employee numbers whom the registry knows, now or in the past. */
    Map<String, Person> people(Set<String> employeeNos);

    /** The course ids among these codes, retired courses included. */
    Map<String, Long> courses(Set<String> codes);
  }

  /** Someone in the registry: their id, and the day they left (null while working). */
  public record Person(long staffId, LocalDate leftOn) {}

  /** A completion to record, from the row on {@code line}. */
  public record Row(
      int line,
      long staffId,
      long courseId,
      LocalDate completedOn,
      boolean passed,
      Integer score,
      String source) {

    /** The same completion: person, course and day. */
    public Key key() {
      return new Key(staffId, courseId, completedOn);
    }

    boolean sameValues(Row other) {
      return passed == other.passed
          && Objects.equals(score, other.score)
          && Objects.equals(source, other.source);
    }
  }

  /** What makes two completions the same one. */
  public record Key(long staffId, long courseId, LocalDate completedOn) {}

  /** The file as read: the completions to record, in file order, and the rejected rows. */
  public record Result(String file, int rowCount, List<Row> rows, List<RowRejection> rejections) {}

  private final LocalDate today;
  private final Directory directory;

  /**
   * @param today the city's date: no completion can lie after it
   */
  public CompletionReader(LocalDate today, Directory directory) {
    this.today = Objects.requireNonNull(today, "today");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * Reads the file; its name (as uploaded) appears in refusals and rejections.
   *
   * @throws CompletionsRefusedException when the file cannot be read as a whole: nothing is
   *     recorded
   */
  public Result read(String file, byte[] bytes) throws CompletionsRefusedException {
    String name = file == null || file.isBlank() ? FILE : file;
    CsvTable<CompletionColumn> table;
    try {
      table = CsvTable.read(name, bytes, CompletionColumn.ALL);
    } catch (CsvRefusedException refused) {
      throw new CompletionsRefusedException(refused);
    }
    int n = table.rows.size();
    String[][] values = new String[n][];
    Set<String> numbers = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < n; i++) {
      values[i] = table.values(table.rows.get(i), CompletionColumn.ALL);
      addIfPresent(numbers, values[i][EMPLOYEE_NO.ordinal()]);
      addIfPresent(codes, values[i][COURSE_CODE.ordinal()]);
    }
    Map<String, Person> people = numbers.isEmpty() ? Map.of() : directory.people(numbers);
    Map<String, Long> courses = codes.isEmpty() ? Map.of() : directory.courses(codes);
    List<Row> rows = new ArrayList<>(n);
    List<RowRejection> rejections = new ArrayList<>();
    Map<Key, Row> seen = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      CsvTable.Row csv = table.rows.get(i);
      Checked checked = check(table, csv, values[i], people, courses);
      if (checked.rejection() != null) {
        rejections.add(checked.rejection());
        continue;
      }
      Row row = checked.row();
      Row first = seen.putIfAbsent(row.key(), row);
      if (first == null) {
        rows.add(row);
      } else {
        rejections.add(
            new RowRejection(
                table.file,
                csv.line(),
                table.header(COMPLETED_ON),
                table.raw(csv, COMPLETED_ON),
                row.sameValues(first) ? "rejected.duplicate" : "rejected.conflict",
                first.line()));
      }
    }
    return new Result(table.file, n, rows, rejections);
  }

  private record Checked(Row row, RowRejection rejection) {}

  private Checked check(
      CsvTable<CompletionColumn> table,
      CsvTable.Row csv,
      String[] values,
      Map<String, Person> people,
      Map<String, Long> courses) {
    for (CompletionColumn column : CompletionColumn.ALL) {
      if (column.required() && values[column.ordinal()] == null) {
        return reject(table, csv, column, "rejected.blank", table.header(column));
      }
    }
    String number = values[EMPLOYEE_NO.ordinal()];
    Person person = people.get(number);
    if (person == null) {
      return reject(table, csv, EMPLOYEE_NO, "rejected.unknownPerson", number);
    }
    String code = values[COURSE_CODE.ordinal()];
    Long course = courses.get(code);
    if (course == null) {
      return reject(table, csv, COURSE_CODE, "rejected.unknownCourse", code);
    }
    String dateText = values[COMPLETED_ON.ordinal()];
    LocalDate date = CsvText.date(dateText);
    if (date == null) {
      return reject(table, csv, COMPLETED_ON, "rejected.date", table.raw(csv, COMPLETED_ON));
    }
    if (date.isAfter(today)) {
      return reject(table, csv, COMPLETED_ON, "rejected.future", date.toString(), today.toString());
    }
    if (person.leftOn() != null && !date.isBefore(person.leftOn())) {
      return reject(
          table,
          csv,
          COMPLETED_ON,
          "rejected.afterLeaving",
          date.toString(),
          person.leftOn().toString());
    }
    String resultText = values[RESULT.ordinal()];
    Boolean passed = resultText == null ? Boolean.TRUE : passed(resultText);
    if (passed == null) {
      return reject(table, csv, RESULT, "rejected.result", table.raw(csv, RESULT));
    }
    String scoreText = values[SCORE.ordinal()];
    Integer score = scoreText == null ? null : score(scoreText);
    if (scoreText != null && score == null) {
      return reject(table, csv, SCORE, "rejected.score", table.raw(csv, SCORE));
    }
    String source = values[SOURCE.ordinal()];
    if (source != null && source.length() > Completion.SOURCE_MAX) {
      return reject(
          table,
          csv,
          SOURCE,
          "rejected.tooLong",
          table.header(SOURCE),
          source.length(),
          Completion.SOURCE_MAX);
    }
    return new Checked(
        new Row(csv.line(), person.staffId(), course, date, passed, score, source), null);
  }

  private static Checked reject(
      CsvTable<CompletionColumn> table,
      CsvTable.Row csv,
      CompletionColumn column,
      String key,
      Object... args) {
    return new Checked(
        null,
        new RowRejection(
            table.file, csv.line(), table.header(column), table.raw(csv, column), key, args));
  }

  /** 修了 / 未修了, or completed / not completed in any case; null for anything else. */
  static Boolean passed(String result) {
    return switch (result.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ")) {
      case "修了", "completed" -> Boolean.TRUE;
      case "未修了", "not completed" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** A whole number 0-100 (NFKC already made full-width digits plain); null otherwise. */
  static Integer score(String text) {
    if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int score = Integer.parseInt(text);
    return score <= 100 ? score : null;
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }
}
