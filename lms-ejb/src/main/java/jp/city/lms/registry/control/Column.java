package jp.city.lms.registry.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the HR registry feed (contract v1). A header matches by its Japanese name or its
 * English alias (the alias case-insensitively), after trimming and NFKC normalisation, so {@code
 * ＯＲＧ＿ＣＯＤＥ} and {@code org_code} are the same column. Codes and numbers are NFKC-normalised as
 * values too, because HR staff type full-width digits; names are kept as written. The length limits
 * are those the registry can store: a longer value rejects its row instead of failing the whole
 * import when it is saved.
 */
enum Column {
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

  boolean matchesHeader(String header) {
    String key = nfkc(trim(header));
    return key.equals(japanese) || key.toLowerCase(Locale.ROOT).equals(alias);
  }

  /**
   * The cell as the registry keeps it: trimmed, NFKC-normalised for codes and numbers, null when
   * blank.
   */
  String value(String cell) {
    String value = trim(cell);
    if (normalised && !value.isEmpty()) {
      value = trim(nfkc(value));
    }
    return value.isEmpty() ? null : value;
  }

  /**
   * NFKC; plain ASCII (most codes) is already normalised and is returned as it is, without the
   * cost.
   */
  static String nfkc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /**
   * Trims ASCII spaces and tabs, stray line breaks and the full-width space (U+3000) at both ends.
   */
  static String trim(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isPadding(text.charAt(start))) {
      start++;
    }
    while (end > start && isPadding(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPadding(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000';
  }
}
