package jp.city.lms.curriculum.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated version of the programme's content folder: the programme and its targets, tiers,
 * courses, position-based training and skill framework. {@link #digest()} (SHA-256 over the {@link
 * #files()}) identifies the version, so the LMS can record which content a curriculum was published
 * from and notice when the files change.
 */
public record ProgrammeContent(
    Programme programme,
    List<Tier> tiers,
    List<CourseDefinition> courses,
    List<PositionTraining> positionTrainings,
    SkillFramework skills,
    String digest,
    List<String> files) {

  public ProgrammeContent {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(skills, "skills");
    Objects.requireNonNull(digest, "digest");
    tiers = List.copyOf(tiers);
    courses = List.copyOf(courses);
    positionTrainings = List.copyOf(positionTrainings);
    files = List.copyOf(files);
  }

  public Optional<Tier> tier(String code) {
    return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<CourseDefinition> course(String code) {
    return courses.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<PositionTraining> positionTraining(String code) {
    return positionTrainings.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public List<CourseDefinition> coursesOf(String tier) {
    return courses.stream().filter(c -> c.belongsTo(tier)).toList();
  }

  /** Tiers from the first (no prerequisite) upward; tiers at the same depth keep file order. */
  public List<Tier> tiersInOrder() {
    Map<String, Integer> depth = new HashMap<>();
    for (Tier tier : tiers) {
      depth.put(tier.code(), depthOf(tier));
    }
    List<Tier> ordered = new ArrayList<>(tiers);
    ordered.sort(Comparator.comparing(t -> depth.get(t.code())));
    return List.copyOf(ordered);
  }

  private int depthOf(Tier tier) {
    int depth = 0;
    Optional<Tier> current = Optional.of(tier);
    while (current.isPresent() && current.get().prerequisite().isPresent()) {
      depth++;
      current = tier(current.get().prerequisite().get());
    }
    return depth;
  }
}
