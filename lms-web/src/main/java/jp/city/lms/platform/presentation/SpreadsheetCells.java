package jp.city.lms.platform.presentation;

/**
 * Text bound for a spreadsheet (a CSV or Excel export) that no spreadsheet may take for a formula:
 * a cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe (OWASP's
 * CSV injection advice), since exports hold text that anyone could type or send, such as a cell of
 * an uploaded file.
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /** The text as a spreadsheet must show it; null and empty stay as they are. */
  public static String defuse(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
