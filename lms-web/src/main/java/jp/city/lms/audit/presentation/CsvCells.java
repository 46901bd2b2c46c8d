package jp.city.lms.audit.presentation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.city.lms.platform.presentation.SpreadsheetCells;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Japanese), RFC 4180 quoting,
 * and no cell that a spreadsheet would take for a formula ({@link SpreadsheetCells}), since the log
 * holds text that anyone could type, such as a user name tried at the login.
 */
final class CsvCells {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvCells() {}

  static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (String cell : cells) {
      if (!line.isEmpty()) {
        line.append(',');
      }
      line.append(cell(cell));
    }
    return line.append("\r\n").toString();
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = SpreadsheetCells.defuse(value);
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
