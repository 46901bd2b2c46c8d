package jp.city.lms.curriculum.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.OfferingSeats;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.PositionTraining;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.SkillLevel;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * A course's page ({@code course.xhtml?code=SV-BPR}): what it is, the skills it develops, which
 * tiers and position-based training need it, and its upcoming offerings with the seats left. A
 * retired course still has a page, marked retired, because offerings and records point to it.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A skill the course develops, with the level it brings a participant to. */
  public static final class SkillLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final String category;
    private final int level;
    private final String levelName;

    SkillLine(String code, String name, String category, int level, String levelName) {
      this.code = code;
      this.name = name;
      this.category = category;
      this.level = level;
      this.levelName = levelName;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getCategory() {
      return category;
    }

    public int getLevel() {
      return level;
    }

    public String getLevelName() {
      return levelName;
    }
  }

  @EJB Catalogue catalogue;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private String code;
  private CourseDefinition course;
  private Course retired;
  private List<OfferingSeats> upcoming = List.of();

  @PostConstruct
  void load() {
    code = faces.getExternalContext().getRequestParameterMap().get("code");
    if (code == null || code.isBlank()) {
      return;
    }
    Optional<CourseDefinition> inProgramme = catalogue.course(code);
    if (inProgramme.isPresent()) {
      course = inProgramme.get();
    } else {
      retired = catalogue.retiredCourse(code).orElse(null);
    }
    reloadOfferings();
  }

  /** Reads the offerings and their seats again, after someone took or gave up a place. */
  public void reloadOfferings() {
    if (isFound()) {
      upcoming = catalogue.upcomingOfferings(code);
    }
  }

  public boolean isFound() {
    return course != null || retired != null;
  }

  public boolean isRetired() {
    return retired != null;
  }

  public String getTitle() {
    if (course != null) {
      return course.title().in(locale());
    }
    return retired != null ? retired.title(locale()) : code;
  }

  public String getDescription() {
    if (course != null) {
      return course.description() == null ? null : course.description().in(locale());
    }
    return retired != null ? retired.description(locale()) : null;
  }

  public String getTierCode() {
    if (course != null) {
      return course.tier().orElse(null);
    }
    return retired != null ? retired.getTier() : null;
  }

  public String getTierName() {
    String tier = getTierCode();
    return tier == null
        ? null
        : catalogue.content().tier(tier).map(t -> t.name().in(locale())).orElse(tier);
  }

  public CourseFormat getFormat() {
    if (course != null) {
      return course.format();
    }
    return retired != null ? retired.getFormat() : null;
  }

  public int getMinutes() {
    if (course != null) {
      return course.minutes();
    }
    return retired != null ? retired.getMinutes() : 0;
  }

  public String getProvider() {
    if (course != null) {
      return course.provider().orElse(null);
    }
    return retired != null ? retired.getProvider() : null;
  }

  public String getUrl() {
    if (course != null) {
      return course.url().map(Object::toString).orElse(null);
    }
    return null;
  }

  public boolean isOpenAllYear() {
    return getFormat() == CourseFormat.E_LEARNING;
  }

  public List<String> getOutline() {
    return course == null
        ? List.of()
        : course.outline().stream().map(step -> step.in(locale())).toList();
  }

  public List<SkillLine> getSkills() {
    if (course == null) {
      return List.of();
    }
    SkillFramework framework = catalogue.content().skills();
    Locale locale = locale();
    List<SkillLine> lines = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : course.skills().entrySet()) {
      framework
          .skill(entry.getKey())
          .ifPresent(
              skill ->
                  lines.add(
                      new SkillLine(
                          skill.code(),
                          skill.name().in(locale),
                          framework.categories().stream()
                              .filter(c -> c.code().equals(skill.category()))
                              .findFirst()
                              .map(c -> c.name().in(locale))
                              .orElse(skill.category()),
                          entry.getValue(),
                          framework.levels().stream()
                              .filter(l -> l.level() == entry.getValue())
                              .findFirst()
                              .map(SkillLevel::name)
                              .map(n -> n.in(locale))
                              .orElse(""))));
    }
    return lines;
  }

  /** The tiers that require the course, or offer it as an elective. */
  public List<Tier> getRequiredBy() {
    if (course == null) {
      return List.of();
    }
    return catalogue.content().tiersInOrder().stream()
        .filter(
            t ->
                t.requirement().required().contains(code)
                    || t.requirement().electives().stream().anyMatch(g -> g.from().contains(code)))
        .toList();
  }

  public boolean isElectiveIn(Tier tier) {
    return !tier.requirement().required().contains(code);
  }

  /** The position-based training (階層別研修) held with this course. */
  public List<PositionTraining> getPositionTrainings() {
    ProgrammeContent content = catalogue.content();
    return course == null
        ? List.of()
        : content.positionTrainings().stream().filter(p -> p.course().equals(code)).toList();
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public String getCode() {
    return code;
  }

  /**
   * The course code as a view parameter, so the language switch keeps it; the course itself is read
   * once, when the page opens.
   */
  public void setCode(String code) {
    if (this.code == null) {
      this.code = code;
    }
  }

  public List<OfferingSeats> getUpcoming() {
    return upcoming;
  }
}
