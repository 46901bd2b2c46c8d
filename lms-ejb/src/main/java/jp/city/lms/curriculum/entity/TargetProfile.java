package jp.city.lms.curriculum.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The skill levels a tier aims for (skill code to required level). A profile without a role is the
 * tier's common profile; a profile with a DSS-P role applies on top of it to the silver and gold
 * talents who take that role.
 */
public record TargetProfile(
    String code,
    String tier,
    Optional<String> role,
    LocalizedText name,
    Map<String, Integer> levels) {

  public TargetProfile {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
  }
}
