package jp.city.lms.learning.control;

import java.util.List;
import jp.city.lms.platform.control.CsvColumn;

/** The columns of {@code completions.csv} (contract v1), by Japanese header and English alias. */
public enum CompletionColumn implements CsvColumn {
  EMPLOYEE_NO("職員番号", "employee_no", true, true),
  COURSE_CODE("講座コード", "course_code", true, true),
  COMPLETED_ON("修了日", "completed_on", true, true),
  RESULT("結果", "result", false, true),
  SCORE("得点", "score", false, true),
  SOURCE("提供元", "source", false, false);

  static final List<CompletionColumn> ALL = List.of(values());

  private final String japanese;
  private final String alias;
  private final boolean required;
  private final boolean normalised;

  CompletionColumn(String japanese, String alias, boolean required, boolean normalised) {
    this.japanese = japanese;
    this.alias = alias;
    this.required = required;
    this.normalised = normalised;
  }

  @Override
  public String japanese() {
    return japanese;
  }

  @Override
  public String alias() {
    return alias;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public boolean normalised() {
    return normalised;
  }
}
