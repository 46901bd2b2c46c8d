package jp.city.lms.curriculum.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.EligibilityRule;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.PositionTraining;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.SkillLevel;
import jp.city.lms.curriculum.entity.TargetProfile;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.curriculum.entity.TierRequirement;
import jp.city.lms.curriculum.entity.YearlyTarget;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the composed YAML of one content folder into model elements and then checks what crosses
 * files: the courses tiers and position training name, the tiers the programme and courses name,
 * the skills and roles courses and profiles name, the level scale, the tier prerequisites and the
 * fiscal years. A reference is only checked when the file that defines its kind could be read, so a
 * broken file does not bury the real error under follow-up ones.
 */
final class ContentReader {

  static final String ALL_STAFF = "all-staff";
  static final String NO_TIER = "none";

  private record LevelUse(int level, Ref where) {}

  private record YearUse(int year, Ref where) {}

  private final ErrorSink errors;

  private final Map<String, Ref> tierDefs = new LinkedHashMap<>();
  private final Map<String, Ref> courseDefs = new LinkedHashMap<>();
  private final Map<String, Ref> positionDefs = new LinkedHashMap<>();
  private final Map<String, Ref> categoryDefs = new LinkedHashMap<>();
  private final Map<String, Ref> roleDefs = new LinkedHashMap<>();
  private final Map<String, Ref> skillDefs = new LinkedHashMap<>();
  private final Map<String, Ref> profileDefs = new LinkedHashMap<>();
  private final Map<String, Ref> prerequisites = new LinkedHashMap<>();

  private final List<Ref> tierRefs = new ArrayList<>();
  private final List<Ref> courseRefs = new ArrayList<>();
  private final List<Ref> skillRefs = new ArrayList<>();
  private final List<Ref> roleRefs = new ArrayList<>();
  private final List<LevelUse> levelUses = new ArrayList<>();
  private final List<YearUse> yearUses = new ArrayList<>();

  private boolean tiersRead;
  private boolean coursesRead;
  private boolean skillsRead;
  private Integer fromYear;
  private Integer toYear;
  private Integer minLevel;
  private Integer maxLevel;

  private Programme programme;
  private final List<Tier> tiers = new ArrayList<>();
  private final List<CourseDefinition> courses = new ArrayList<>();
  private final List<PositionTraining> positionTrainings = new ArrayList<>();
  private SkillFramework framework;

  ContentReader(ErrorSink errors) {
    this.errors = errors;
  }

  ProgrammeContent content(String digest, List<String> files) {
    return new ProgrammeContent(
        programme, tiers, courses, positionTrainings, framework, digest, files);
  }

  // ---- programme.yaml -------------------------------------------------------------------------

  void readProgramme(String file, Node root) {
    YamlMap top = YamlMap.of(file, "", root, errors);
    if (top == null) {
      return;
    }
    top.allowOnly("programme");
    YamlMap m = top.map("programme", true);
    if (m == null) {
      return;
    }
    int before = errors.count();
    m.allowOnly("code", "name", "fiscalYears", "target", "yearlyTargets", "managerPositions");
    String code = m.string("code");
    LocalizedText name = m.text("name", true, true);

    YamlMap years = m.map("fiscalYears", true);
    if (years != null) {
      years.allowOnly("from", "to");
      Integer from = years.integer("from");
      Integer to = years.integer("to");
      if (from != null && to != null) {
        if (from > to) {
          errors.add(file, years.lineOf("from"), years.path(), "fiscalYears.reversed", from, to);
        } else {
          fromYear = from;
          toYear = to;
        }
      }
    }

    Integer target = null;
    List<String> countingTiers = new ArrayList<>();
    YamlMap t = m.map("target", true);
    if (t != null) {
      t.allowOnly("distinctPeople", "countingTiers");
      target = positive(t, "distinctPeople");
      List<Ref> counting = t.codes("countingTiers", true);
      tierRefs.addAll(counting);
      counting.forEach(r -> countingTiers.add(r.value()));
    }

    List<YearlyTarget> yearly = yearlyTargets(m.map("yearlyTargets", true));
    List<String> managerPositions =
        m.codes("managerPositions", false).stream().map(Ref::value).toList();
    if (errors.count() == before) {
      programme =
          new Programme(
              code, name, fromYear, toYear, target, countingTiers, yearly, managerPositions);
    }
  }

  private List<YearlyTarget> yearlyTargets(YamlMap m) {
    List<YearlyTarget> targets = new ArrayList<>();
    if (m == null) {
      return targets;
    }
    for (YamlMap.Entry tierEntry : m.entries()) {
      String tier = tierEntry.key();
      tierRefs.add(
          new Ref(tier, m.file(), ErrorSink.lineOf(tierEntry.keyNode()), tierEntry.path()));
      YamlMap perYear = YamlMap.of(m.file(), tierEntry.path(), tierEntry.value(), errors);
      if (perYear == null) {
        continue;
      }
      for (YamlMap.Entry yearEntry : perYear.entries()) {
        Integer year =
            YamlMap.scalarInteger(yearEntry.keyNode(), m.file(), yearEntry.path(), errors);
        YearlyTarget target = yearlyTarget(tier, year, yearEntry, m.file());
        if (year != null && target != null) {
          yearUses.add(
              new YearUse(
                  year,
                  new Ref(
                      tier, m.file(), ErrorSink.lineOf(yearEntry.keyNode()), yearEntry.path())));
          targets.add(target);
        }
      }
    }
    return targets;
  }

  private YearlyTarget yearlyTarget(String tier, Integer year, YamlMap.Entry entry, String file) {
    Node value = entry.value();
    if (value instanceof ScalarNode scalar && ALL_STAFF.equals(scalar.getValue())) {
      return year == null ? null : YearlyTarget.allStaff(tier, year);
    }
    if (!(value instanceof ScalarNode scalar) || YamlMap.isNull(value)) {
      errors.add(file, value, entry.path(), "target.badValue", "…");
      return null;
    }
    Integer people;
    try {
      people = Integer.valueOf(scalar.getValue().replace("_", ""));
    } catch (NumberFormatException e) {
      errors.add(file, value, entry.path(), "target.badValue", scalar.getValue());
      return null;
    }
    if (people <= 0) {
      errors.add(file, value, entry.path(), "value.notPositive", people);
      return null;
    }
    return year == null ? null : YearlyTarget.ofPeople(tier, year, people);
  }

  // ---- tiers.yaml -----------------------------------------------------------------------------

  void readTiers(String file, Node root) {
    YamlMap top = YamlMap.of(file, "", root, errors);
    if (top == null) {
      return;
    }
    tiersRead = true;
    top.allowOnly("tiers");
    for (YamlMap m : top.maps("tiers", true)) {
      Tier tier = tier(m);
      if (tier != null) {
        tiers.add(tier);
      }
    }
  }

  private Tier tier(YamlMap m) {
    int before = errors.count();
    m.allowOnly("code", "name", "description", "prerequisite", "requirement");
    String code = define(tierDefs, m, "code");
    notLongerThan(m, "code", code, Tier.CODE_MAX);
    LocalizedText name = m.text("name", true, true);
    LocalizedText description = m.text("description", false, false);
    String prerequisite = m.optionalString("prerequisite");
    if (prerequisite != null) {
      Ref ref = new Ref(prerequisite, m.file(), m.lineOf("prerequisite"), m.pathOf("prerequisite"));
      tierRefs.add(ref);
      if (code != null) {
        prerequisites.put(code, ref);
      }
    }
    TierRequirement requirement = requirement(m.map("requirement", true));
    if (errors.count() > before) {
      return null;
    }
    return new Tier(code, name, description, Optional.ofNullable(prerequisite), requirement);
  }

  private TierRequirement requirement(YamlMap m) {
    if (m == null) {
      return null;
    }
    m.allowOnly("required", "electives");
    List<Ref> required = m.codes("required", false);
    courseRefs.addAll(required);
    List<TierRequirement.ElectiveGroup> groups = new ArrayList<>();
    for (YamlMap g : m.maps("electives", false)) {
      g.allowOnly("choose", "from");
      Integer choose = positive(g, "choose");
      List<Ref> from = g.codes("from", true);
      courseRefs.addAll(from);
      if (choose != null && !from.isEmpty() && choose > from.size()) {
        errors.add(
            g.file(),
            g.lineOf("choose"),
            g.pathOf("choose"),
            "electives.tooMany",
            choose,
            from.size());
      } else if (choose != null && !from.isEmpty()) {
        groups.add(
            new TierRequirement.ElectiveGroup(choose, from.stream().map(Ref::value).toList()));
      }
    }
    if (required.isEmpty() && groups.isEmpty()) {
      errors.add(m.file(), m.line(), m.path(), "requirement.empty");
      return null;
    }
    return new TierRequirement(required.stream().map(Ref::value).toList(), groups);
  }

  // ---- courses.yaml, courses/*.yaml -----------------------------------------------------------

  void readCourses(String file, Node root) {
    YamlMap top = YamlMap.of(file, "", root, errors);
    if (top == null) {
      return;
    }
    coursesRead = true;
    top.allowOnly("courses");
    for (YamlMap m : top.maps("courses", true)) {
      CourseDefinition course = course(m);
      if (course != null) {
        courses.add(course);
      }
    }
  }

  private CourseDefinition course(YamlMap m) {
    int before = errors.count();
    m.allowOnly(
        "code",
        "title",
        "description",
        "tier",
        "format",
        "minutes",
        "skills",
        "url",
        "provider",
        "outline");
    String code = define(courseDefs, m, "code");
    notLongerThan(m, "code", code, CourseDefinition.CODE_MAX);
    LocalizedText title = m.text("title", true, true);
    if (title != null) {
      notLongerThan(m, "title", title.ja(), CourseDefinition.TITLE_MAX);
      notLongerThan(m, "title", title.en(), CourseDefinition.TITLE_MAX);
    }
    LocalizedText description = m.text("description", false, false);

    String tierValue = m.string("tier");
    Optional<String> tier = Optional.empty();
    if (tierValue != null && !NO_TIER.equals(tierValue)) {
      tierRefs.add(new Ref(tierValue, m.file(), m.lineOf("tier"), m.pathOf("tier")));
      tier = Optional.of(tierValue);
    }

    String formatValue = m.string("format");
    CourseFormat format = null;
    if (formatValue != null) {
      format = CourseFormat.ofCode(formatValue).orElse(null);
      if (format == null) {
        errors.add(
            m.file(),
            m.lineOf("format"),
            m.pathOf("format"),
            "field.enum",
            formatValue,
            "e-learning, classroom, hands-on, workshop");
      }
    }

    Integer minutes = positive(m, "minutes");
    Map<String, Integer> skills = skillLevels(m.map("skills", false));
    Optional<URI> url = url(m);
    if (format == CourseFormat.E_LEARNING && !m.has("url")) {
      errors.add(m.file(), m.line(), m.pathOf("url"), "course.urlMissing");
    }
    String provider = m.optionalString("provider");
    notLongerThan(m, "provider", provider, CourseDefinition.PROVIDER_MAX);
    List<LocalizedText> outline = outline(m);
    if (errors.count() > before) {
      return null;
    }
    return new CourseDefinition(
        code,
        title,
        description,
        tier,
        format,
        minutes,
        skills,
        url,
        Optional.ofNullable(provider),
        outline);
  }

  private Optional<URI> url(YamlMap m) {
    String value = m.optionalString("url");
    if (value == null || !notLongerThan(m, "url", value, CourseDefinition.URL_MAX)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value);
      if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    errors.add(m.file(), m.lineOf("url"), m.pathOf("url"), "field.notUrl", value);
    return Optional.empty();
  }

  private List<LocalizedText> outline(YamlMap m) {
    List<LocalizedText> outline = new ArrayList<>();
    Node value = m.value("outline");
    if (value == null) {
      return outline;
    }
    if (!(value instanceof SequenceNode sequence)) {
      errors.add(m.file(), value, m.pathOf("outline"), "field.notList");
      return outline;
    }
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      LocalizedText step =
          YamlMap.text(items.get(i), m.file(), m.pathOf("outline") + "[" + i + "]", false, errors);
      if (step != null) {
        outline.add(step);
      }
    }
    return outline;
  }

  /** A mapping of skill code to level, as written by courses and target profiles. */
  private Map<String, Integer> skillLevels(YamlMap m) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    if (m == null) {
      return levels;
    }
    for (YamlMap.Entry entry : m.entries()) {
      Ref where = new Ref(entry.key(), m.file(), ErrorSink.lineOf(entry.keyNode()), entry.path());
      skillRefs.add(where);
      Integer level = YamlMap.scalarInteger(entry.value(), m.file(), entry.path(), errors);
      if (level != null) {
        levelUses.add(new LevelUse(level, where));
        levels.put(entry.key(), level);
      }
    }
    return levels;
  }

  // ---- position-training.yaml -----------------------------------------------------------------

  void readPositionTrainings(String file, Node root) {
    YamlMap top = YamlMap.of(file, "", root, errors);
    if (top == null) {
      return;
    }
    top.allowOnly("positionTrainings");
    for (YamlMap m : top.maps("positionTrainings", true)) {
      PositionTraining training = positionTraining(m);
      if (training != null) {
        positionTrainings.add(training);
      }
    }
  }

  private PositionTraining positionTraining(YamlMap m) {
    int before = errors.count();
    m.allowOnly("code", "name", "course", "expectedPerYear", "rule");
    String code = define(positionDefs, m, "code");
    LocalizedText name = m.text("name", true, true);
    String course = m.string("course");
    if (course != null) {
      courseRefs.add(new Ref(course, m.file(), m.lineOf("course"), m.pathOf("course")));
    }
    Integer expected = positive(m, "expectedPerYear");
    EligibilityRule rule = rule(m.map("rule", true));
    if (errors.count() > before) {
      return null;
    }
    return new PositionTraining(code, name, course, expected, rule);
  }

  private EligibilityRule rule(YamlMap m) {
    if (m == null) {
      return null;
    }
    int before = errors.count();
    m.allowOnly("position", "newInPositionSince", "hiredInFiscalYear");
    List<String> positions = m.codes("position", false).stream().map(Ref::value).toList();
    String since = m.optionalString("newInPositionSince");
    Integer hired = m.optionalInteger("hiredInFiscalYear");
    if (errors.count() > before) {
      return null;
    }
    if (positions.isEmpty() && hired == null) {
      errors.add(m.file(), m.line(), m.path(), "rule.empty");
      return null;
    }
    if (since != null && positions.isEmpty()) {
      errors.add(
          m.file(),
          m.lineOf("newInPositionSince"),
          m.pathOf("newInPositionSince"),
          "rule.sinceWithoutPosition");
      return null;
    }
    if (since != null && !isSinceValue(since)) {
      errors.add(
          m.file(),
          m.lineOf("newInPositionSince"),
          m.pathOf("newInPositionSince"),
          "rule.badSince",
          since);
      return null;
    }
    if (hired != null && hired > 0) {
      errors.add(
          m.file(),
          m.lineOf("hiredInFiscalYear"),
          m.pathOf("hiredInFiscalYear"),
          "rule.badHiredOffset",
          hired);
      return null;
    }
    return new EligibilityRule(
        positions,
        Optional.ofNullable(since),
        hired == null ? OptionalInt.empty() : OptionalInt.of(hired));
  }

  private static boolean isSinceValue(String since) {
    if (EligibilityRule.FISCAL_YEAR_START.equals(since)
        || EligibilityRule.PREVIOUS_FISCAL_YEAR_START.equals(since)) {
      return true;
    }
    try {
      LocalDate.parse(since);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  // ---- skills.yaml ----------------------------------------------------------------------------

  void readSkills(String file, Node root) {
    YamlMap top = YamlMap.of(file, "", root, errors);
    if (top == null) {
      return;
    }
    skillsRead = true;
    int before = errors.count();
    top.allowOnly("framework", "levels", "literacy", "roles", "profiles");
    String version = null;
    LocalizedText name = null;
    LocalizedText description = null;
    YamlMap f = top.map("framework", true);
    if (f != null) {
      f.allowOnly("version", "name", "description");
      version = f.string("version");
      name = f.text("name", true, true);
      description = f.text("description", false, false);
    }
    List<SkillLevel> levels = levels(top);
    List<SkillCategory> categories = new ArrayList<>();
    for (YamlMap m : top.maps("literacy", true)) {
      addIfPresent(categories, category(m, "category", SkillCategory.Standard.LITERACY));
    }
    for (YamlMap m : top.maps("roles", true)) {
      addIfPresent(categories, category(m, "role", SkillCategory.Standard.PROMOTION));
    }
    List<TargetProfile> profiles = new ArrayList<>();
    Map<String, Ref> tierRoles = new HashMap<>();
    for (YamlMap m : top.maps("profiles", true)) {
      addIfPresent(profiles, profile(m, tierRoles));
    }
    if (errors.count() == before) {
      framework = new SkillFramework(version, name, description, levels, categories, profiles);
    }
  }

  private List<SkillLevel> levels(YamlMap top) {
    List<SkillLevel> levels = new ArrayList<>();
    List<YamlMap> items = top.maps("levels", true);
    int before = errors.count();
    for (YamlMap m : items) {
      m.allowOnly("level", "name", "description");
      Integer level = m.integer("level");
      LocalizedText name = m.text("name", true, true);
      LocalizedText description = m.text("description", false, false);
      if (level == null || name == null) {
        continue;
      }
      if (!levels.isEmpty() && level != levels.get(levels.size() - 1).level() + 1) {
        int previous = levels.get(levels.size() - 1).level();
        errors.add(
            m.file(),
            m.lineOf("level"),
            m.pathOf("level"),
            "levels.notConsecutive",
            previous,
            previous + 1,
            level);
        continue;
      }
      levels.add(new SkillLevel(level, name, description));
    }
    if (errors.count() == before && levels.size() < 2) {
      errors.add(top.file(), top.lineOf("levels"), top.pathOf("levels"), "levels.tooFew");
    }
    if (errors.count() == before) {
      minLevel = levels.get(0).level();
      maxLevel = levels.get(levels.size() - 1).level();
    }
    return levels;
  }

  private SkillCategory category(YamlMap m, String codeKey, SkillCategory.Standard standard) {
    int before = errors.count();
    m.allowOnly(codeKey, "name", "description", "skills");
    String code = define(categoryDefs, m, codeKey);
    if (code != null && standard == SkillCategory.Standard.PROMOTION) {
      roleDefs.putIfAbsent(code, new Ref(code, m.file(), m.lineOf(codeKey), m.pathOf(codeKey)));
    }
    LocalizedText name = m.text("name", true, true);
    LocalizedText description = m.text("description", false, false);
    List<Skill> skills = new ArrayList<>();
    for (YamlMap s : m.maps("skills", true)) {
      int skillBefore = errors.count();
      s.allowOnly("code", "name", "description");
      String skillCode = define(skillDefs, s, "code");
      LocalizedText skillName = s.text("name", true, true);
      LocalizedText skillDescription = s.text("description", false, false);
      if (errors.count() == skillBefore && code != null) {
        skills.add(new Skill(skillCode, code, skillName, skillDescription));
      }
    }
    if (errors.count() > before) {
      return null;
    }
    return new SkillCategory(code, standard, name, description, skills);
  }

  private TargetProfile profile(YamlMap m, Map<String, Ref> tierRoles) {
    int before = errors.count();
    m.allowOnly("code", "tier", "role", "name", "levels");
    String code = define(profileDefs, m, "code");
    String tier = m.string("tier");
    if (tier != null) {
      tierRefs.add(new Ref(tier, m.file(), m.lineOf("tier"), m.pathOf("tier")));
    }
    String role = m.optionalString("role");
    if (role != null) {
      roleRefs.add(new Ref(role, m.file(), m.lineOf("role"), m.pathOf("role")));
    }
    if (tier != null) {
      Ref here = new Ref(tier, m.file(), m.line(), m.path());
      Ref earlier = tierRoles.putIfAbsent(tier + "\u0000" + (role == null ? "" : role), here);
      if (earlier != null) {
        errors.add(
            m.file(),
            m.line(),
            m.path(),
            role == null ? "profile.duplicateCommon" : "profile.duplicate",
            tier,
            earlier.line(),
            role == null ? "" : role);
      }
    }
    LocalizedText name = m.text("name", true, true);
    Map<String, Integer> levels = skillLevels(m.map("levels", true));
    if (errors.count() > before) {
      return null;
    }
    return new TargetProfile(code, tier, Optional.ofNullable(role), name, levels);
  }

  // ---- checks across files --------------------------------------------------------------------

  void crossCheck() {
    if (tiersRead) {
      checkRefs(tierRefs, tierDefs, "tier.unknown", true);
      checkPrerequisiteCycles();
    }
    if (coursesRead) {
      checkRefs(courseRefs, courseDefs, "course.unknown", false);
    }
    if (skillsRead) {
      checkRefs(skillRefs, skillDefs, "skill.unknown", false);
      checkRefs(roleRefs, roleDefs, "role.unknown", true);
    }
    if (minLevel != null) {
      for (LevelUse use : levelUses) {
        if (use.level() < minLevel || use.level() > maxLevel) {
          Ref where = use.where();
          errors.add(
              where.file(),
              where.line(),
              where.field(),
              "level.outOfScale",
              use.level(),
              minLevel,
              maxLevel);
        }
      }
    }
    if (fromYear != null) {
      for (YearUse use : yearUses) {
        if (use.year() < fromYear || use.year() > toYear) {
          Ref where = use.where();
          errors.add(
              where.file(),
              where.line(),
              where.field(),
              "fiscalYear.outsideProgramme",
              use.year(),
              fromYear,
              toYear);
        }
      }
    }
  }

  private void checkRefs(List<Ref> refs, Map<String, Ref> defs, String key, boolean listKnown) {
    String known = String.join(", ", defs.keySet());
    for (Ref ref : refs) {
      if (!defs.containsKey(ref.value())) {
        if (listKnown) {
          errors.add(ref.file(), ref.line(), ref.field(), key, ref.value(), known);
        } else {
          errors.add(ref.file(), ref.line(), ref.field(), key, ref.value());
        }
      }
    }
  }

  /** Reports each cycle once, at the tier of the cycle written first. */
  private void checkPrerequisiteCycles() {
    Set<String> reported = new LinkedHashSet<>();
    for (String start : prerequisites.keySet()) {
      List<String> path = new ArrayList<>();
      String current = start;
      while (current != null && !path.contains(current)) {
        path.add(current);
        Ref next = prerequisites.get(current);
        current = next == null ? null : next.value();
      }
      if (current == null || !current.equals(start) || reported.contains(start)) {
        continue;
      }
      reported.addAll(path);
      List<String> cycle = new ArrayList<>(path);
      cycle.add(start);
      Ref where = prerequisites.get(start);
      errors.add(
          where.file(), where.line(), where.field(), "tier.cycle", String.join(" → ", cycle));
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** Reads a code and records it as defined, reporting a second definition anywhere. */
  private String define(Map<String, Ref> defs, YamlMap m, String key) {
    String code = m.string(key);
    if (code == null) {
      return null;
    }
    Ref here = new Ref(code, m.file(), m.lineOf(key), m.pathOf(key));
    Ref earlier = defs.putIfAbsent(code, here);
    if (earlier != null) {
      errors.add(
          here.file(),
          here.line(),
          here.field(),
          "code.duplicate",
          code,
          earlier.file(),
          earlier.line());
    }
    return code;
  }

  private Integer positive(YamlMap m, String key) {
    Integer value = m.integer(key);
    if (value != null && value <= 0) {
      errors.add(m.file(), m.lineOf(key), m.pathOf(key), "value.notPositive", value);
      return null;
    }
    return value;
  }

  /** Reports a value longer than the LMS stores; true when it fits (or is absent). */
  private boolean notLongerThan(YamlMap m, String key, String value, int max) {
    if (value == null || value.codePointCount(0, value.length()) <= max) {
      return true;
    }
    errors.add(
        m.file(),
        m.lineOf(key),
        m.pathOf(key),
        "value.tooLong",
        max,
        value.codePointCount(0, value.length()));
    return false;
  }

  private static <T> void addIfPresent(List<T> list, T item) {
    if (item != null) {
      list.add(item);
    }
  }
}
