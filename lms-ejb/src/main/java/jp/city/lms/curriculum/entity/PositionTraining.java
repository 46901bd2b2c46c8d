package jp.city.lms.curriculum.entity;

import java.util.Objects;

/**
 * Compulsory position-based training (階層別研修) at a career step: new directors (新任部長), new section
 * chiefs (新任課長), new unit chiefs (新任係長), third-year staff (採用3年次) and new hires (新規採用職員). Who must
 * attend follows from the HR registry through the {@link EligibilityRule}, never from nomination;
 * {@link #expectedPerYear()} is the planning figure for rooms and trainers.
 */
public record PositionTraining(
    String code, LocalizedText name, String course, int expectedPerYear, EligibilityRule rule) {

  public PositionTraining {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(rule, "rule");
  }
}
