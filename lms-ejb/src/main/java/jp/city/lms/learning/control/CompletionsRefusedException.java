package jp.city.lms.learning.control;

import java.util.List;
import java.util.Locale;
import jp.city.lms.platform.control.CsvRefusedException;

/**
 * A {@code completions.csv} that is not read at all (empty, header only, a required column missing,
 * undecodable, not CSV): nothing of it is recorded.
 */
public class CompletionsRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final CsvRefusedException.Kind kind;
  private final String messageKey;
  private final transient List<Object> args;

  public CompletionsRefusedException(CsvRefusedException cause) {
    super(cause.getMessage(), cause);
    this.kind = cause.kind();
    this.messageKey =
        switch (cause.kind()) {
          case EMPTY -> "refused.empty";
          case MISSING_COLUMN -> "refused.missingColumn";
          case UNDECODABLE -> "refused.undecodable";
          case MALFORMED -> "refused.malformed";
        };
    this.args = cause.args();
  }

  public CsvRefusedException.Kind kind() {
    return kind;
  }

  public String getMessage(Locale locale) {
    return CompletionMessages.format(locale, messageKey, args);
  }
}
