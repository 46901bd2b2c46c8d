package jp.city.lms.curriculum.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a course is delivered. E-learning runs on an external platform (so it needs a URL and its
 * completions are imported); the others are held by the training office as offerings with dates,
 * rooms and capacity.
 */
public enum CourseFormat {
  E_LEARNING("e-learning"),
  CLASSROOM("classroom"),
  HANDS_ON("hands-on"),
  WORKSHOP("workshop");

  private final String code;

  CourseFormat(String code) {
    this.code = code;
  }

  /** The word used in the content files. */
  public String code() {
    return code;
  }

  public static Optional<CourseFormat> ofCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
  }
}
