package jp.city.lms.curriculum.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The content folder cannot be used: it carries every error found in the load, not just the first,
 * so the training office can fix them all in one round.
 */
public class ContentInvalidException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<ContentError> errors;

  public ContentInvalidException(List<ContentError> errors) {
    super(errors.size() + " error(s) in the content files");
    this.errors = List.copyOf(errors);
  }

  public List<ContentError> errors() {
    return errors;
  }

  /** All errors, one per line, in the given language. */
  public String render(Locale locale) {
    return errors.stream().map(e -> e.render(locale)).collect(Collectors.joining("\n"));
  }

  @Override
  public String getMessage() {
    return super.getMessage() + ":\n" + render(Locale.ENGLISH);
  }
}
