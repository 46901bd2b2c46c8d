package jp.city.lms.platform.control;

import java.util.List;

/**
 * A CSV file that cannot be read as a whole: nothing of it may be used. The arguments say where
 * (the file, and the line or the missing column's Japanese header and alias); each feature words
 * the refusal in its own messages.
 */
public class CsvRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the file was refused. */
  public enum Kind {
    /** No data row: empty, or the header alone. Arguments: file. */
    EMPTY,
    /** A required column is missing. Arguments: file, Japanese header, alias. */
    MISSING_COLUMN,
    /** Neither UTF-8 nor Windows-31J. Arguments: file. */
    UNDECODABLE,
    /** Not RFC 4180 (e.g. an unclosed quote). Arguments: file, line. */
    MALFORMED
  }

  private final Kind kind;
  private final transient List<Object> args;

  public CsvRefusedException(Kind kind, Object... args) {
    super(kind + " " + List.of(args));
    this.kind = kind;
    this.args = List.of(args);
  }

  public Kind kind() {
    return kind;
  }

  public List<Object> args() {
    return args;
  }
}
