package jp.city.lms.registry.control;

import java.util.List;
import jp.city.lms.platform.control.CsvColumn;

/**
 * The columns of the HR registry feed (contract v1), read as every CSV file of the city is ({@link
 * CsvColumn}: headers by Japanese name or alias, codes and numbers NFKC-normalised, names kept as
 * written). The length limits are those the registry can store: a longer value rejects its row
 * instead of failing the whole import when it is saved.
 */
enum Column implements CsvColumn {
  ORG_CODE("所属コード", "org_code", true, true, 32),
  ORG_NAME("所属名", "org_name", true, false, 200),
  PARENT_CODE("上位所属コード", "parent_code", false, true, 32),
  KIND("種別", "kind", false, false, 32),

  EMPLOYEE_NO("職員番号", "employee_no", true, true, 32),
  NAME("氏名", "name", true, false, 200),
  NAME_KANA("氏名カナ", "name_kana", false, false, 200),
  STAFF_ORG_CODE("所属コード", "org_code", true, true, 32),
  POSITION("職位", "position", true, false, 64),
  JOB_CATEGORY("職種", "job_category", false, false, 64),
  HIRED_ON("採用年月日", "hired_on", false, true, 0),
  STATUS("在職区分", "status", true, true, 0),
  EMAIL("メール", "email", false, false, 254),
  MANAGER_NO("上長職員番号", "manager_no", false, true, 32);

  static final List<Column> ORGS = List.of(ORG_CODE, ORG_NAME, PARENT_CODE, KIND);
  static final List<Column> STAFF =
      List.of(
          EMPLOYEE_NO,
          NAME,
          NAME_KANA,
          STAFF_ORG_CODE,
          POSITION,
          JOB_CATEGORY,
          HIRED_ON,
          STATUS,
          EMAIL,
          MANAGER_NO);

  final String japanese;
  final String alias;
  final boolean required;
  final boolean normalised;
  final int maxLength;

  Column(String japanese, String alias, boolean required, boolean normalised, int maxLength) {
    this.japanese = japanese;
    this.alias = alias;
    this.required = required;
    this.normalised = normalised;
    this.maxLength = maxLength;
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
