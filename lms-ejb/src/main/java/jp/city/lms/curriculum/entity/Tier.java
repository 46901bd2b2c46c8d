package jp.city.lms.curriculum.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * A stage of DX talent (ブロンズ（活用）/シルバー（実行）/ゴールド（戦略）人材). A tier is reached by completing its {@link
 * TierRequirement} after its prerequisite tier has been reached: silver builds on bronze, gold on
 * silver. Prerequisites never form a cycle (the loader refuses one).
 */
public record Tier(
    String code,
    LocalizedText name,
    LocalizedText description,
    Optional<String> prerequisite,
    TierRequirement requirement) {

  /** The longest tier code the LMS stores with a course. */
  public static final int CODE_MAX = 32;

  public Tier {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prerequisite, "prerequisite");
    Objects.requireNonNull(requirement, "requirement");
  }
}
