package jp.city.lms.skills.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.SkillLevel;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.platform.presentation.LocaleBacking;
import jp.city.lms.skills.boundary.Assessments;
import jp.city.lms.skills.boundary.Assessments.Profile;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.AssessmentRefusedException;
import jp.city.lms.skills.entity.SkillStanding;

/**
 * Someone's skill profile ({@code staff/skills.xhtml}, {@code ?no=} for someone else, {@code
 * ?asOf=} for another day): per category of the framework the latest self, manager and test levels
 * against the target of their tier, as a table and a bar chart, and an assessment form per category
 * that holds a skill of their target: the self-assessment for the person themself, the manager's
 * assessment (所属長評価) for their manager.
 */
@Named
@ViewScoped
public class SkillProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String SELF_COLOUR = "#94a3b8";
  private static final String MANAGER_COLOUR = "#0b4f8a";
  private static final String TEST_COLOUR = "#15803d";
  private static final String TARGET_COLOUR = "#c2410c";

  /** One skill's line of a category. */
  public record Line(
      String code,
      String name,
      String description,
      Integer self,
      Integer manager,
      Integer test,
      Integer evidence,
      Integer target,
      Integer gap,
      Integer before)
      implements Serializable {

    /** The level that counted as of the date compared with ({@code since}), if any. */
    public Integer getBefore() {
      return before;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getDescription() {
      return description;
    }

    public Integer getSelf() {
      return self;
    }

    public Integer getManager() {
      return manager;
    }

    public Integer getTest() {
      return test;
    }

    public Integer getTarget() {
      return target;
    }

    public Integer getEvidence() {
      return evidence;
    }

    public Integer getGap() {
      return gap;
    }

    /** The cell's colour class: short of the target, at or above it, or without one. */
    public String getGapClass() {
      return gap == null ? "gap-none" : gap < 0 ? "gap-short" : "gap-met";
    }
  }

  /** A category with its lines, its chart and the levels of its assessment form. */
  public static final class Group implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final List<Line> lines;
    private final List<Line> targeted;
    private final String chart;
    private final Map<String, Integer> chosen = new HashMap<>();

    /**
     * @param present the level the form starts from: the latest of the source it records
     */
    Group(
        String code,
        String name,
        List<Line> lines,
        String chart,
        java.util.function.Function<Line, Integer> present) {
      this.code = code;
      this.name = name;
      this.lines = List.copyOf(lines);
      this.targeted = lines.stream().filter(l -> l.target() != null).toList();
      this.chart = chart;
      targeted.forEach(
          l -> {
            if (present.apply(l) != null) {
              chosen.put(l.code(), present.apply(l));
            }
          });
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public List<Line> getLines() {
      return lines;
    }

    /** The skills of the person's target in this category: what the form asks about. */
    public List<Line> getTargeted() {
      return targeted;
    }

    public String getChart() {
      return chart;
    }

    /** The levels chosen in the form, by skill code. */
    public Map<String, Integer> getChosen() {
      return chosen;
    }
  }

  @EJB Assessments assessments;
  @EJB Curriculum curriculum;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  /** A tier achieved, with the day before it for the view of levels before and after. */
  public record Milestone(String tier, String on, String dayBefore) implements Serializable {

    public String getTier() {
      return tier;
    }

    public String getOn() {
      return on;
    }

    public String getDayBefore() {
      return dayBefore;
    }
  }

  private String no;
  private String asOf;
  private String since;
  private LocalDate sinceDate;
  private List<Milestone> milestones = List.of();
  private String skill;
  private List<Assessment> history = List.of();
  private boolean own;
  private boolean manages;
  private String name;
  private String tier;
  private List<Group> groups = List.of();

  /** Reads the view parameters and the profile; answers 403, 404 or 400 for what it cannot show. */
  public void load() throws IOException {
    String me = faces.getExternalContext().getRemoteUser();
    if (no == null || no.isBlank()) {
      no = me;
    }
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    try {
      sinceDate = since == null || since.isBlank() ? null : LocalDate.parse(since.strip());
    } catch (DateTimeParseException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    Profile profile;
    try {
      profile = assessments.profile(no, date).orElse(null);
    } catch (OutOfScopeException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    if (profile == null) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    asOf = date.toString();
    own = Objects.equals(no, me) && date.equals(clock.today());
    manages = !own && date.equals(clock.today()) && assessments.manages(no);
    show(profile);
    if (skill != null && !skill.isBlank()) {
      history = assessments.history(no, skill.strip());
    }
  }

  /**
   * Records the levels of a category's form that changed, dated today: the person's own, or their
   * manager's.
   */
  public String assess(Group group) {
    Map<String, Integer> changed = new LinkedHashMap<>();
    for (Line line : group.getTargeted()) {
      Integer level = group.getChosen().get(line.code());
      if (level != null && !level.equals(present(line))) {
        changed.put(line.code(), level);
      }
    }
    try {
      int recorded =
          own ? assessments.assessSelf(changed) : assessments.assessAsManager(no, changed);
      String key = recorded == 0 ? "self.unchanged" : own ? "self.recorded" : "manager.recorded";
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, group.getName(), text(key, recorded)));
    } catch (AssessmentRefusedException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, group.getName(), SkillTexts.reason(e, locale())));
    }
    assessments.profile(no, clock.today()).ifPresent(this::show);
    return null;
  }

  private void show(Profile profile) {
    Locale locale = locale();
    Map<String, Integer> before = new HashMap<>();
    if (sinceDate != null) {
      assessments
          .profile(no, sinceDate)
          .ifPresent(
              p ->
                  p.standings().stream()
                      .filter(s -> s.assessed() != null)
                      .forEach(s -> before.put(s.skill().code(), s.assessed())));
    }
    milestones =
        profile.achieved().entrySet().stream()
            .sorted(Map.Entry.comparingByValue())
            .map(
                e ->
                    new Milestone(
                        curriculum
                            .content()
                            .tier(e.getKey())
                            .map(t -> t.name().in(locale))
                            .orElse(e.getKey()),
                        e.getValue().toString(),
                        e.getValue().minusDays(1).toString()))
            .toList();
    SkillFramework framework = curriculum.content().skills();
    int lowest = framework.minLevel();
    name = profile.person().name();
    tier =
        profile.tier() == null
            ? null
            : curriculum.content().tier(profile.tier()).map(t -> t.name().in(locale)).orElse(null);
    Map<String, List<Line>> byCategory = new LinkedHashMap<>();
    for (SkillStanding s : profile.standings()) {
      byCategory
          .computeIfAbsent(s.skill().category(), k -> new ArrayList<>())
          .add(
              new Line(
                  s.skill().code(),
                  s.skill().name().in(locale),
                  s.skill().description() == null ? null : s.skill().description().in(locale),
                  s.self(),
                  s.manager(),
                  s.test(),
                  s.evidence(),
                  s.target(),
                  s.gap(lowest),
                  before.get(s.skill().code())));
    }
    List<Group> shown = new ArrayList<>();
    for (SkillCategory category : framework.categories()) {
      List<Line> lines = byCategory.getOrDefault(category.code(), List.of());
      boolean relevant =
          lines.stream()
              .anyMatch(
                  l ->
                      l.target() != null
                          || l.self() != null
                          || l.manager() != null
                          || l.test() != null);
      if (relevant) {
        shown.add(
            new Group(
                category.code(),
                category.name().in(locale),
                lines,
                chart(lines, framework, locale),
                this::present));
      }
    }
    groups = shown;
  }

  /** The latest level of the source the form records. */
  private Integer present(Line line) {
    return own ? line.self() : line.manager();
  }

  /** A bar chart of a category: the three sources and the target, side by side per skill. */
  private static String chart(List<Line> lines, SkillFramework framework, Locale locale) {
    JsonArrayBuilder labels = JsonBuilders.array();
    lines.forEach(l -> labels.add(l.name()));
    var datasets =
        JsonBuilders.array()
            .add(dataset(label("source.SELF", locale), SELF_COLOUR, lines, Line::self))
            .add(dataset(label("source.MANAGER", locale), MANAGER_COLOUR, lines, Line::manager))
            .add(dataset(label("source.TEST", locale), TEST_COLOUR, lines, Line::test))
            .add(dataset(label("profile.target", locale), TARGET_COLOUR, lines, Line::target));
    var y =
        JsonBuilders.object()
            .add("min", framework.minLevel())
            .add("max", framework.maxLevel())
            .add("ticks", JsonBuilders.object().add("stepSize", 1));
    return JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JsonBuilders.object()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", JsonBuilders.object().add("y", y)))
        .build()
        .toString();
  }

  private static JsonValue dataset(
      String label,
      String colour,
      List<Line> lines,
      java.util.function.Function<Line, Integer> level) {
    JsonArrayBuilder data = JsonBuilders.array();
    for (Line line : lines) {
      Integer value = level.apply(line);
      if (value == null) {
        data.addNull();
      } else {
        data.add(value);
      }
    }
    return JsonBuilders.object()
        .add("label", label)
        .add("backgroundColor", colour)
        .add("data", data)
        .build();
  }

  /** The level scale in the page's language, for the forms' choices and their descriptions. */
  public List<SkillLevel> getLevels() {
    return curriculum.content().skills().levels();
  }

  public String levelName(SkillLevel level) {
    return level.name().in(locale());
  }

  public String levelDescription(SkillLevel level) {
    return level.description() == null ? "" : level.description().in(locale());
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  private String text(String key, Object... arguments) {
    return SkillTexts.text(key, locale(), arguments);
  }

  private static String label(String key, Locale locale) {
    return SkillTexts.text(key, locale);
  }

  /** The name of the skill whose history is shown. */
  public String getSkillName() {
    return skill == null
        ? null
        : curriculum.content().skills().skill(skill).map(s -> s.name().in(locale())).orElse(skill);
  }

  public String sourceName(Assessment a) {
    return text("source." + a.getSource().name());
  }

  public List<Assessment> getHistory() {
    return history;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill;
  }

  public String getSince() {
    return since;
  }

  public void setSince(String since) {
    this.since = since;
  }

  public List<Milestone> getMilestones() {
    return milestones;
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  /** Whether the person looks at their own profile today: only then may they assess themself. */
  public boolean isOwn() {
    return own;
  }

  /** Whether the caller is the person's manager today: only then may they assess them so. */
  public boolean isManages() {
    return manages;
  }

  public String getName() {
    return name;
  }

  public String getTier() {
    return tier;
  }

  public List<Group> getGroups() {
    return groups;
  }
}
