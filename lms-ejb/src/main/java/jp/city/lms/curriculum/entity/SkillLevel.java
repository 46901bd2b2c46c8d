package jp.city.lms.curriculum.entity;

import java.util.Objects;

/**
 * One step of the ordinal scale every skill is assessed on (e.g. 0 未習得 to 4 指導・牽引できる). Levels are
 * consecutive integers starting at the lowest; assessments and targets use the number.
 */
public record SkillLevel(int level, LocalizedText name, LocalizedText description) {

  public SkillLevel {
    Objects.requireNonNull(name, "name");
  }
}
