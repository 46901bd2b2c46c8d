package jp.city.lms.curriculum.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The skill framework the city assesses its staff on, after Japan's Digital Skill Standard (デジタル
 * スキル標準). It is versioned: every assessment records the {@link #version()} it was made against, so
 * a change of skills or levels must come with a new version.
 */
public record SkillFramework(
    String version,
    LocalizedText name,
    LocalizedText description,
    List<SkillLevel> levels,
    List<SkillCategory> categories,
    List<TargetProfile> profiles) {

  public SkillFramework {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    levels = List.copyOf(levels);
    categories = List.copyOf(categories);
    profiles = List.copyOf(profiles);
  }

  public int minLevel() {
    return levels.get(0).level();
  }

  public int maxLevel() {
    return levels.get(levels.size() - 1).level();
  }

  public List<SkillCategory> literacy() {
    return categories.stream().filter(c -> !c.isRole()).toList();
  }

  public List<SkillCategory> roles() {
    return categories.stream().filter(SkillCategory::isRole).toList();
  }

  public Optional<SkillCategory> role(String code) {
    return roles().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public Optional<Skill> skill(String code) {
    return categories.stream()
        .flatMap(c -> c.skills().stream())
        .filter(s -> s.code().equals(code))
        .findFirst();
  }

  public Optional<TargetProfile> profile(String tier, String role) {
    Optional<String> wanted = Optional.ofNullable(role);
    return profiles.stream()
        .filter(p -> p.tier().equals(tier) && p.role().equals(wanted))
        .findFirst();
  }

  /**
   * The levels a talent of that tier and role should reach: the tier's common profile with the
   * role's profile on top; where both name a skill, the higher level applies. {@code role} may be
   * null (bronze, or a talent who has not chosen a role yet).
   */
  public Map<String, Integer> targetFor(String tier, String role) {
    Map<String, Integer> target = new LinkedHashMap<>();
    profile(tier, null).ifPresent(p -> target.putAll(p.levels()));
    if (role != null) {
      profile(tier, role)
          .ifPresent(p -> p.levels().forEach((s, l) -> target.merge(s, l, Math::max)));
    }
    return Collections.unmodifiableMap(target);
  }
}
