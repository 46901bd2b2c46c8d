package jp.city.lms.platform.rest;

/**
 * The body of every REST error the LMS answers itself, {@code {"error": "...", "reason": "..."}}:
 * what was wrong with the request, for the person who wrote the script.
 */
public record ErrorAnswer(String error, String reason) {

  /** An error whose reason is its own text. */
  public ErrorAnswer(String error) {
    this(error, error);
  }
}
