package jp.city.lms.platform.control;

import java.util.Locale;

/**
 * A column of a CSV file the city sends (the HR registry's files, {@code completions.csv}): its
 * Japanese header and English alias, whether a file without it is refused, and whether its values
 * are codes or numbers, which are NFKC-normalised because people type full-width digits. A header
 * matches by its Japanese name or its alias (the alias case-insensitively), after trimming and NFKC
 * normalisation, so {@code ＯＲＧ＿ＣＯＤＥ} and {@code org_code} are the same column. Each feature lists
 * its columns as an enum implementing this.
 */
public interface CsvColumn {

  /** The header in Japanese, as the contract names it (所属コード). */
  String japanese();

  /** The English alias of the header (org_code). */
  String alias();

  /** Whether a file without this column is refused as a whole. */
  boolean required();

  /**
   * Whether values are codes or numbers, NFKC-normalised; names and free text are kept as written.
   */
  boolean normalised();

  /** The position of the column in its enum, to index the cells of a row. */
  int ordinal();

  default boolean matchesHeader(String header) {
    String key = CsvText.nfkc(CsvText.trim(header));
    return key.equals(japanese()) || key.toLowerCase(Locale.ROOT).equals(alias());
  }

  /** The cell as a feature keeps it: trimmed, NFKC-normalised if so, null when blank. */
  default String value(String cell) {
    String value = CsvText.trim(cell);
    if (normalised() && !value.isEmpty()) {
      value = CsvText.trim(CsvText.nfkc(value));
    }
    return value.isEmpty() ? null : value;
  }
}
