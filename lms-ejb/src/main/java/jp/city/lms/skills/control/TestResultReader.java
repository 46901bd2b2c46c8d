package jp.city.lms.skills.control;

import static jp.city.lms.skills.control.TestResultColumn.ASSESSED_ON;
import static jp.city.lms.skills.control.TestResultColumn.EMPLOYEE_NO;
import static jp.city.lms.skills.control.TestResultColumn.LEVEL;
import static jp.city.lms.skills.control.TestResultColumn.SKILL_CODE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.platform.control.CsvRefusedException;
import jp.city.lms.platform.control.CsvTable;
import jp.city.lms.platform.control.CsvText;

/**
 * Reads {@code test-results.csv}, the training office's test results (TEST assessments, 試験結果), into
 * the results that can be recorded and the rows that cannot. The file is read like the registry's
 * and the completions' ({@link CsvTable}: UTF-8 with or without BOM or Windows-31J, headers in
 * Japanese or the aliases in any order, unknown columns ignored, trimming and NFKC). A row is
 * rejected, with its line, the header as written and the reason, when a required value is blank,
 * the employee number is unknown to the registry (people who left stay in it), the skill code is
 * not in the framework, the level is not a whole number on the framework's scale, the date is not a
 * real YYYY-MM-DD or YYYY/MM/DD date, lies in the future, before the person was hired or on or
 * after the day they left. The same person, skill and date twice in a file is rejected the second
 * time, saying whether it repeats or contradicts the first: a test has one result on its day.
 *
 * <p>People are looked up once for the whole file ({@link Directory}), never per row.
 */
public final class TestResultReader {

  public static final String FILE = "test-results.csv";

  /** Who the rows may name, asked once per file. */
  public interface Directory {

    /** The people among these employee numbers whom the registry knows, now or in the past. */
    Map<String, Person> people(Set<String> employeeNos);
  }

  /** Someone in the registry: their id, the day they were hired and the day they left (or null). */
  public record Person(long staffId, LocalDate hiredOn, LocalDate leftOn) {}

  /** A test result to record, from the row on {@code line}. */
  public record Result(int line, long staffId, String skill, int level, LocalDate assessedOn) {

    /** One result per person, skill and day. */
    public Key key() {
      return new Key(staffId, skill, assessedOn);
    }
  }

  /** What makes two results the same test. */
  public record Key(long staffId, String skill, LocalDate assessedOn) {}

  /**
   * A row that was not recorded: the file, the line an editor shows it on, the header as written,
   * what the cell said, and the reason as a message key and arguments, so that it reads in Japanese
   * or English.
   */
  public record Rejection(
      String file, int line, String field, String value, String messageKey, List<Object> args) {

    public Rejection {
      value = value == null ? "" : value;
      args = List.copyOf(args);
    }

    public String reason(Locale locale) {
      return TestResultMessages.format(locale, messageKey, args);
    }
  }

  /** The file as read: the results to record, in file order, and the rejected rows. */
  public record Read(String file, int rowCount, List<Result> results, List<Rejection> rejections) {}

  private final LocalDate today;
  private final SkillFramework framework;
  private final Directory directory;

  /**
   * @param today the city's date: no test lies after it
   */
  public TestResultReader(LocalDate today, SkillFramework framework, Directory directory) {
    this.today = Objects.requireNonNull(today, "today");
    this.framework = Objects.requireNonNull(framework, "framework");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * Reads the file; its name (as uploaded) appears in refusals and rejections.
   *
   * @throws CsvRefusedException when the file cannot be read as a whole
   */
  public Read read(String file, byte[] bytes) throws CsvRefusedException {
    String name = file == null || file.isBlank() ? FILE : file;
    CsvTable<TestResultColumn> table = CsvTable.read(name, bytes, TestResultColumn.ALL);
    int n = table.rows.size();
    String[][] values = new String[n][];
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < n; i++) {
      values[i] = table.values(table.rows.get(i), TestResultColumn.ALL);
      if (values[i][EMPLOYEE_NO.ordinal()] != null) {
        numbers.add(values[i][EMPLOYEE_NO.ordinal()]);
      }
    }
    Map<String, Person> people = numbers.isEmpty() ? Map.of() : directory.people(numbers);
    List<Result> results = new ArrayList<>(n);
    List<Rejection> rejections = new ArrayList<>();
    Map<Key, Result> seen = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      CsvTable.Row row = table.rows.get(i);
      Object checked = check(table, row, values[i], people);
      if (checked instanceof Rejection rejection) {
        rejections.add(rejection);
        continue;
      }
      Result result = (Result) checked;
      Result first = seen.putIfAbsent(result.key(), result);
      if (first == null) {
        results.add(result);
      } else {
        rejections.add(
            reject(
                table,
                row,
                LEVEL,
                first.level() == result.level() ? "rejected.duplicate" : "rejected.conflict",
                first.line()));
      }
    }
    return new Read(table.file, n, results, rejections);
  }

  /** A {@link Result} or a {@link Rejection}. */
  private Object check(
      CsvTable<TestResultColumn> table,
      CsvTable.Row row,
      String[] values,
      Map<String, Person> people) {
    for (TestResultColumn column : TestResultColumn.ALL) {
      if (column.required() && values[column.ordinal()] == null) {
        return reject(table, row, column, "rejected.blank", table.header(column));
      }
    }
    String number = values[EMPLOYEE_NO.ordinal()];
    Person person = people.get(number);
    if (person == null) {
      return reject(table, row, EMPLOYEE_NO, "rejected.unknownPerson", number);
    }
    String skill = values[SKILL_CODE.ordinal()];
    if (framework.skill(skill).isEmpty()) {
      return reject(table, row, SKILL_CODE, "rejected.unknownSkill", skill);
    }
    Integer level = level(values[LEVEL.ordinal()]);
    if (level == null || level < framework.minLevel() || level > framework.maxLevel()) {
      return reject(
          table,
          row,
          LEVEL,
          "rejected.level",
          table.raw(row, LEVEL),
          framework.minLevel(),
          framework.maxLevel());
    }
    LocalDate date = CsvText.date(values[ASSESSED_ON.ordinal()]);
    if (date == null) {
      return reject(table, row, ASSESSED_ON, "rejected.date", table.raw(row, ASSESSED_ON));
    }
    if (date.isAfter(today)) {
      return reject(table, row, ASSESSED_ON, "rejected.future", date.toString(), today.toString());
    }
    if (person.hiredOn() != null && date.isBefore(person.hiredOn())) {
      return reject(
          table,
          row,
          ASSESSED_ON,
          "rejected.beforeHire",
          date.toString(),
          person.hiredOn().toString());
    }
    if (person.leftOn() != null && !date.isBefore(person.leftOn())) {
      return reject(
          table,
          row,
          ASSESSED_ON,
          "rejected.afterLeaving",
          date.toString(),
          person.leftOn().toString());
    }
    return new Result(row.line(), person.staffId(), skill, level, date);
  }

  private static Rejection reject(
      CsvTable<TestResultColumn> table,
      CsvTable.Row row,
      TestResultColumn column,
      String key,
      Object... args) {
    return new Rejection(
        table.file, row.line(), table.header(column), table.raw(row, column), key, List.of(args));
  }

  /** A whole number of at most two digits (NFKC already made full-width digits plain). */
  static Integer level(String text) {
    if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Integer.parseInt(text);
  }
}
