package jp.city.lms.curriculum.entity;

import java.util.Objects;

/**
 * A skill of the framework, identified by a code that assessments and course records keep across
 * framework versions (e.g. {@code DSS-P-BA-01}). {@link #category()} is the DSS-L category or the
 * DSS-P role it belongs to.
 */
public record Skill(String code, String category, LocalizedText name, LocalizedText description) {

  public Skill {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(name, "name");
  }
}
