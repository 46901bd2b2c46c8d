package jp.city.lms.platform.presentation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Text bound for a spreadsheet (a CSV or Excel export) that no spreadsheet may take for a formula:
 * a cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe (OWASP's
 * CSV injection advice), since exports hold text that anyone could type or send, such as a cell of
 * an uploaded file. Pages name it for a column's export: {@code
 * exportValue="#{spreadsheetCells.of(row.name)}"}.
 */
@Named
@ApplicationScoped
public class SpreadsheetCells {

  /** The text as a spreadsheet must show it; null and empty stay as they are. */
  public static String defuse(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** Any value as a defused text; empty for null. */
  public String of(Object value) {
    return value == null ? "" : defuse(value.toString());
  }
}
