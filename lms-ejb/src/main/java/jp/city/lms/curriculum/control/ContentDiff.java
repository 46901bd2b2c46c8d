package jp.city.lms.curriculum.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.PositionTraining;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.Tier;

/**
 * What changed between two versions of the content folder, for whoever reviews and publishes a new
 * version: courses added, removed and changed (with the fields that changed), tiers added, removed
 * and changed, position-based training changed, the programme's targets changed, and the skill
 * framework's version. A framework whose skills, levels or profiles changed while its version
 * stayed the same is flagged, because assessments are recorded against the version.
 */
public record ContentDiff(
    List<String> coursesAdded,
    List<String> coursesRemoved,
    Map<String, List<String>> coursesChanged,
    List<String> tiersAdded,
    List<String> tiersRemoved,
    List<String> tiersChanged,
    List<String> positionTrainingsChanged,
    List<String> programmeChanged,
    String oldFrameworkVersion,
    String newFrameworkVersion,
    boolean frameworkContentChanged) {

  public ContentDiff {
    coursesAdded = List.copyOf(coursesAdded);
    coursesRemoved = List.copyOf(coursesRemoved);
    coursesChanged = Collections.unmodifiableMap(new LinkedHashMap<>(coursesChanged));
    tiersAdded = List.copyOf(tiersAdded);
    tiersRemoved = List.copyOf(tiersRemoved);
    tiersChanged = List.copyOf(tiersChanged);
    positionTrainingsChanged = List.copyOf(positionTrainingsChanged);
    programmeChanged = List.copyOf(programmeChanged);
    Objects.requireNonNull(oldFrameworkVersion, "oldFrameworkVersion");
    Objects.requireNonNull(newFrameworkVersion, "newFrameworkVersion");
  }

  public static ContentDiff between(ProgrammeContent old, ProgrammeContent neu) {
    Map<String, CourseDefinition> oldCourses = byCode(old.courses(), CourseDefinition::code);
    Map<String, CourseDefinition> newCourses = byCode(neu.courses(), CourseDefinition::code);
    Map<String, List<String>> coursesChanged = new LinkedHashMap<>();
    for (CourseDefinition course : neu.courses()) {
      CourseDefinition before = oldCourses.get(course.code());
      if (before != null && !before.equals(course)) {
        coursesChanged.put(course.code(), changedFields(before, course));
      }
    }
    Map<String, Tier> oldTiers = byCode(old.tiers(), Tier::code);
    Map<String, Tier> newTiers = byCode(neu.tiers(), Tier::code);
    Map<String, PositionTraining> oldPositions =
        byCode(old.positionTrainings(), PositionTraining::code);
    Map<String, PositionTraining> newPositions =
        byCode(neu.positionTrainings(), PositionTraining::code);
    SkillFramework oldSkills = old.skills();
    SkillFramework newSkills = neu.skills();
    boolean frameworkContentChanged =
        !(oldSkills.levels().equals(newSkills.levels())
            && oldSkills.categories().equals(newSkills.categories())
            && oldSkills.profiles().equals(newSkills.profiles()));
    return new ContentDiff(
        added(oldCourses, newCourses),
        added(newCourses, oldCourses),
        coursesChanged,
        added(oldTiers, newTiers),
        added(newTiers, oldTiers),
        changed(oldTiers, newTiers),
        differing(oldPositions, newPositions),
        programmeFields(old.programme(), neu.programme()),
        oldSkills.version(),
        newSkills.version(),
        frameworkContentChanged);
  }

  public boolean frameworkVersionChanged() {
    return !oldFrameworkVersion.equals(newFrameworkVersion);
  }

  public boolean isEmpty() {
    return coursesAdded.isEmpty()
        && coursesRemoved.isEmpty()
        && coursesChanged.isEmpty()
        && tiersAdded.isEmpty()
        && tiersRemoved.isEmpty()
        && tiersChanged.isEmpty()
        && positionTrainingsChanged.isEmpty()
        && programmeChanged.isEmpty()
        && !frameworkVersionChanged()
        && !frameworkContentChanged;
  }

  /** What is recorded for the first version the LMS loads, which has nothing to compare with. */
  public static String firstVersionSummary(ProgrammeContent content, Locale locale) {
    return ContentError.format(
        locale,
        "diff.first",
        content.courses().size(),
        content.tiers().size(),
        content.skills().version());
  }

  /** What is recorded when the previous version can no longer be read (say, a stricter loader). */
  public static String unavailableSummary(Locale locale) {
    return ContentError.format(locale, "diff.unavailable");
  }

  /** A few lines for a reviewer, in Japanese unless English is asked for. */
  public String summary(Locale locale) {
    if (isEmpty()) {
      return ContentError.format(locale, "diff.none");
    }
    List<String> lines = new ArrayList<>();
    line(lines, locale, "diff.coursesAdded", coursesAdded);
    line(lines, locale, "diff.coursesRemoved", coursesRemoved);
    if (!coursesChanged.isEmpty()) {
      String list =
          coursesChanged.entrySet().stream()
              .map(
                  e ->
                      ContentError.format(
                          locale, "diff.courseFields", e.getKey(), String.join(", ", e.getValue())))
              .collect(Collectors.joining(", "));
      lines.add(ContentError.format(locale, "diff.coursesChanged", list));
    }
    line(lines, locale, "diff.tiersAdded", tiersAdded);
    line(lines, locale, "diff.tiersRemoved", tiersRemoved);
    line(lines, locale, "diff.tiersChanged", tiersChanged);
    line(lines, locale, "diff.positionTrainingsChanged", positionTrainingsChanged);
    line(lines, locale, "diff.programmeChanged", programmeChanged);
    if (frameworkVersionChanged()) {
      lines.add(
          ContentError.format(
              locale, "diff.frameworkVersion", oldFrameworkVersion, newFrameworkVersion));
    } else if (frameworkContentChanged) {
      lines.add(ContentError.format(locale, "diff.frameworkSameVersion", newFrameworkVersion));
    }
    return String.join("\n", lines);
  }

  private static void line(List<String> lines, Locale locale, String key, List<String> codes) {
    if (!codes.isEmpty()) {
      lines.add(ContentError.format(locale, key, String.join(", ", codes)));
    }
  }

  private static List<String> changedFields(CourseDefinition a, CourseDefinition b) {
    List<String> fields = new ArrayList<>();
    field(fields, "title", a.title(), b.title());
    field(fields, "description", a.description(), b.description());
    field(fields, "tier", a.tier(), b.tier());
    field(fields, "format", a.format(), b.format());
    field(fields, "minutes", a.minutes(), b.minutes());
    field(fields, "skills", a.skills(), b.skills());
    field(fields, "url", a.url(), b.url());
    field(fields, "provider", a.provider(), b.provider());
    field(fields, "outline", a.outline(), b.outline());
    return fields;
  }

  private static List<String> programmeFields(Programme a, Programme b) {
    List<String> fields = new ArrayList<>();
    field(fields, "code", a.code(), b.code());
    field(fields, "name", a.name(), b.name());
    field(
        fields,
        "fiscalYears",
        List.of(a.fromFiscalYear(), a.toFiscalYear()),
        List.of(b.fromFiscalYear(), b.toFiscalYear()));
    field(fields, "target.distinctPeople", a.targetDistinctPeople(), b.targetDistinctPeople());
    field(fields, "target.countingTiers", a.countingTiers(), b.countingTiers());
    field(fields, "yearlyTargets", a.yearlyTargets(), b.yearlyTargets());
    return fields;
  }

  private static void field(List<String> fields, String name, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      fields.add(name);
    }
  }

  private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(code.apply(item), item));
    return map;
  }

  /** Codes in {@code after} that are not in {@code before}, in {@code after}'s order. */
  private static List<String> added(Map<String, ?> before, Map<String, ?> after) {
    return after.keySet().stream().filter(code -> !before.containsKey(code)).toList();
  }

  private static List<String> changed(Map<String, ?> before, Map<String, ?> after) {
    return after.entrySet().stream()
        .filter(e -> before.containsKey(e.getKey()))
        .filter(e -> !before.get(e.getKey()).equals(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Codes added, removed or changed, in that order. */
  private static List<String> differing(Map<String, ?> before, Map<String, ?> after) {
    List<String> codes = new ArrayList<>(added(before, after));
    codes.addAll(added(after, before));
    codes.addAll(changed(before, after));
    return codes;
  }
}
