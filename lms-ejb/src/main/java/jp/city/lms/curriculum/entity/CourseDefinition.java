package jp.city.lms.curriculum.entity;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A course of the programme, identified by a stable code that learning records refer to. It belongs
 * to a tier, or to no tier when it is part of position-based training (階層別研修). {@link #skills()}
 * maps each skill code the course develops to the level a participant should reach by it; {@link
 * #outline()} lists its steps in order (e.g. the five steps of the 240-minute BPR workshop).
 *
 * <p>This is the course as the content defines it; {@link Course} is its row in the database, which
 * offerings refer to and which outlives the definition when the course is retired.
 */
public record CourseDefinition(
    String code,
    LocalizedText title,
    LocalizedText description,
    Optional<String> tier,
    CourseFormat format,
    int minutes,
    Map<String, Integer> skills,
    Optional<URI> url,
    Optional<String> provider,
    List<LocalizedText> outline) {

  /**
   * The longest values the LMS stores for a course; the loader refuses longer ones with their line,
   * so a long title is an error the training office sees, not a failed database write.
   */
  public static final int CODE_MAX = 64;

  public static final int TITLE_MAX = 300;
  public static final int URL_MAX = 500;
  public static final int PROVIDER_MAX = 200;

  public CourseDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(provider, "provider");
    skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
    outline = List.copyOf(outline);
  }

  public boolean belongsTo(String tierCode) {
    return tier.filter(tierCode::equals).isPresent();
  }
}
