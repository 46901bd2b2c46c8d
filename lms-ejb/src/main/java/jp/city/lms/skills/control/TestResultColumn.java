package jp.city.lms.skills.control;

import java.util.List;
import jp.city.lms.platform.control.CsvColumn;

/** The columns of {@code test-results.csv}, by Japanese header and English alias. */
public enum TestResultColumn implements CsvColumn {
  EMPLOYEE_NO("職員番号", "employee_no", true, true),
  SKILL_CODE("スキルコード", "skill_code", true, true),
  LEVEL("レベル", "level", true, true),
  ASSESSED_ON("評価日", "assessed_on", true, true);

  static final List<TestResultColumn> ALL = List.of(values());

  private final String japanese;
  private final String alias;
  private final boolean required;
  private final boolean normalised;

  TestResultColumn(String japanese, String alias, boolean required, boolean normalised) {
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
