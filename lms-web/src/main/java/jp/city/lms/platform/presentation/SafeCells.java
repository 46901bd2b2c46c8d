package jp.city.lms.platform.presentation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Cells that a spreadsheet never takes for a formula, for every table people export (Excel and
 * CSV): a text starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe
 * (OWASP's CSV injection advice), since names, venues and file contents are typed by people.
 */
@Named
@ApplicationScoped
public class SafeCells {

  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** For pages: {@code exportValue="#{safeCells.of(row.name)}"}. */
  public String of(Object value) {
    return text(value == null ? null : value.toString());
  }
}
