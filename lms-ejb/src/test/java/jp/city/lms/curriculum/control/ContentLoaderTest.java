package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of mistake the training office can make in the content files: each copies the
 * minimal valid fixture, breaks one thing and expects exactly that error, with file, line and
 * field.
 */
class ContentLoaderTest {

  @TempDir Path tmp;

  private ContentFixture content;

  @BeforeEach
  void copyFixture() {
    content = ContentFixture.copyOf("minimal", tmp);
  }

  private static void assertError(
      ContentError error, String file, int line, String field, String key) {
    assertEquals(file, error.file(), "file");
    assertEquals(line, error.line(), "line");
    assertEquals(field, error.field(), "field");
    assertEquals(key, error.messageKey(), "message key");
  }

  @Test
  void minimalFixtureLoadsIntoTheModel() throws ContentInvalidException {
    ProgrammeContent loaded = content.load();

    assertEquals(10, loaded.programme().targetDistinctPeople());
    assertEquals(List.of("silver"), loaded.programme().countingTiers());
    assertTrue(loaded.programme().yearlyTarget("bronze", 2023).orElseThrow().isAllStaff());
    assertEquals(
        6, loaded.programme().yearlyTarget("silver", 2024).orElseThrow().people().getAsInt());
    assertEquals(Optional.of("bronze"), loaded.tier("silver").orElseThrow().prerequisite());
    CourseDefinition workshop = loaded.course("S-WORKSHOP").orElseThrow();
    assertEquals(CourseFormat.WORKSHOP, workshop.format());
    assertEquals(List.of("導入", "演習"), workshop.outline().stream().map(LocalizedText::ja).toList());
    assertEquals(2, workshop.skills().get("P-BA-01"));
    assertEquals(
        Optional.of(URI.create("https://elearning.example.jp/b-online")),
        loaded.course("B-ONLINE").orElseThrow().url());
    assertEquals(Optional.empty(), loaded.course("P-DIRECTOR").orElseThrow().tier());
    assertEquals(
        List.of(
            "courses.yaml",
            "position-training.yaml",
            "programme.yaml",
            "skills.yaml",
            "tiers.yaml"),
        loaded.files());
    assertEquals(64, loaded.digest().length());
  }

  @Test
  void yamlSyntaxErrorIsReportedWithItsLine() {
    content.replace("courses.yaml", "    minutes: 90\n", "    minutes: 90: 100\n");

    ContentError error = content.onlyError();

    assertError(
        error, "courses.yaml", content.lineOf("courses.yaml", "90: 100"), "", "yaml.syntax");
    assertFalse(error.args().get(0).isBlank(), "carries the parser's description");
  }

  @Test
  void requiredFieldMissing() {
    content.replace("courses.yaml", "    minutes: 120\n", "");

    assertError(
        content.onlyError(),
        "courses.yaml",
        content.lineOf("courses.yaml", "code: S-HANDS"),
        "courses[3].minutes",
        "field.required");
  }

  @Test
  void wrongTypeOfValue() {
    content.replace("courses.yaml", "    minutes: 90\n", "    minutes: ninety\n");

    ContentError error = content.onlyError();

    assertError(
        error,
        "courses.yaml",
        content.lineOf("courses.yaml", "ninety"),
        "courses[2].minutes",
        "field.notInteger");
    assertEquals(List.of("ninety"), error.args());
  }

  @Test
  void formatOutsideTheEnumeration() {
    content.replace(
        "courses.yaml",
        "    format: classroom\n    minutes: 90\n",
        "    format: lecture\n    minutes: 90\n");

    ContentError error = content.onlyError();

    assertError(
        error,
        "courses.yaml",
        content.lineOf("courses.yaml", "format: lecture"),
        "courses[2].format",
        "field.enum");
    assertEquals("lecture", error.args().get(0));
  }

  @Test
  void duplicateCourseCodeAcrossFiles() {
    content.write(
        "courses/extra.yaml",
        """
        courses:
          - code: B-ONLINE
            title: { ja: 重複, en: Duplicate }
            tier: bronze
            format: classroom
            minutes: 60
        """);

    ContentError error = content.onlyError();

    assertError(error, "courses/extra.yaml", 2, "courses[0].code", "code.duplicate");
    assertEquals(
        List.of(
            "B-ONLINE", "courses.yaml", String.valueOf(content.lineOf("courses.yaml", "B-ONLINE"))),
        error.args());
  }

  @Test
  void unknownCourseNamedByTier() {
    content.replace("tiers.yaml", "[S-CLASS, S-HANDS]", "[S-CLASS, S-HANDZ]");

    ContentError error = content.onlyError();

    assertError(
        error,
        "tiers.yaml",
        content.lineOf("tiers.yaml", "S-HANDZ"),
        "tiers[1].requirement.electives[0].from[1]",
        "course.unknown");
    assertEquals(List.of("S-HANDZ"), error.args());
  }

  @Test
  void unknownCourseNamedByPositionTraining() {
    content.replace("position-training.yaml", "course: P-THIRD", "course: P-3RD");

    assertError(
        content.onlyError(),
        "position-training.yaml",
        content.lineOf("position-training.yaml", "P-3RD"),
        "positionTrainings[1].course",
        "course.unknown");
  }

  @Test
  void unknownSkillNamedByCourse() {
    content.replace("courses.yaml", "      L-01: 1\n", "      L-99: 1\n");

    assertError(
        content.onlyError(),
        "courses.yaml",
        content.lineOf("courses.yaml", "L-99"),
        "courses[0].skills.L-99",
        "skill.unknown");
  }

  @Test
  void unknownSkillNamedByProfile() {
    content.replace("skills.yaml", "      P-BA-01: 2\n", "      P-BA-02: 2\n");

    assertError(
        content.onlyError(),
        "skills.yaml",
        content.lineOf("skills.yaml", "P-BA-02"),
        "profiles[1].levels.P-BA-02",
        "skill.unknown");
  }

  @Test
  void levelOutsideTheScale() {
    content.replace("courses.yaml", "      P-BA-01: 2\n", "      P-BA-01: 5\n");

    ContentError error = content.onlyError();

    assertError(
        error,
        "courses.yaml",
        content.lineOf("courses.yaml", "P-BA-01: 5"),
        "courses[1].skills.P-BA-01",
        "level.outOfScale");
    assertEquals(List.of("5", "0", "2"), error.args());
  }

  @Test
  void prerequisiteCycleAmongTiers() {
    content.replace(
        "tiers.yaml",
        "    name: { ja: ブロンズ, en: Bronze }\n",
        "    name: { ja: ブロンズ, en: Bronze }\n    prerequisite: silver\n");

    ContentError error = content.onlyError();

    assertError(
        error,
        "tiers.yaml",
        content.lineOf("tiers.yaml", "prerequisite: silver"),
        "tiers[0].prerequisite",
        "tier.cycle");
    assertEquals(List.of("bronze → silver → bronze"), error.args());
  }

  @Test
  void unknownTier() {
    content.replace("programme.yaml", "countingTiers: [silver]", "countingTiers: [platinum]");

    ContentError error = content.onlyError();

    assertError(
        error,
        "programme.yaml",
        content.lineOf("programme.yaml", "platinum"),
        "programme.target.countingTiers[0]",
        "tier.unknown");
    assertEquals(List.of("platinum", "bronze, silver"), error.args());
  }

  @Test
  void fiscalYearsReversed() {
    content.replace("programme.yaml", "from: 2023", "from: 2026");

    ContentError error = content.onlyError();

    assertError(
        error,
        "programme.yaml",
        content.lineOf("programme.yaml", "from: 2026"),
        "programme.fiscalYears",
        "fiscalYears.reversed");
    assertEquals(List.of("2026", "2025"), error.args());
  }

  @Test
  void targetNotPositive() {
    content.replace("programme.yaml", "distinctPeople: 10", "distinctPeople: 0");

    assertError(
        content.onlyError(),
        "programme.yaml",
        content.lineOf("programme.yaml", "distinctPeople"),
        "programme.target.distinctPeople",
        "value.notPositive");
  }

  @Test
  void yearlyTargetNeitherNumberNorAllStaff() {
    content.replace("programme.yaml", "2024: 6", "2024: many");

    assertError(
        content.onlyError(),
        "programme.yaml",
        content.lineOf("programme.yaml", "2024: many"),
        "programme.yearlyTargets.silver.2024",
        "target.badValue");
  }

  @Test
  void yearlyTargetOutsideTheProgrammeYears() {
    content.replace("programme.yaml", "2024: 6", "2026: 6");

    assertError(
        content.onlyError(),
        "programme.yaml",
        content.lineOf("programme.yaml", "2026: 6"),
        "programme.yearlyTargets.silver.2026",
        "fiscalYear.outsideProgramme");
  }

  @Test
  void eLearningCourseWithoutUrl() {
    content.replace("courses.yaml", "    url: https://elearning.example.jp/b-online\n", "");

    assertError(
        content.onlyError(),
        "courses.yaml",
        content.lineOf("courses.yaml", "code: B-ONLINE"),
        "courses[0].url",
        "course.urlMissing");
  }

  @Test
  void valueLongerThanTheLmsStores() {
    String longTitle = "長".repeat(CourseDefinition.TITLE_MAX + 1);
    content.replace(
        "courses.yaml", "{ ja: 講義, en: Lecture }", "{ ja: " + longTitle + ", en: Lecture }");

    ContentError error = content.onlyError();

    assertError(
        error,
        "courses.yaml",
        content.lineOf("courses.yaml", longTitle),
        "courses[2].title",
        "value.tooLong");
    assertEquals(List.of("300", "301"), error.args());
  }

  @Test
  void filesGivenByPathLoadLikeTheFolder() throws Exception {
    ProgrammeContent fromFolder = content.load();
    Map<String, byte[]> files = new HashMap<>();
    for (String name : fromFolder.files()) {
      files.put(name, Files.readAllBytes(content.dir().resolve(name)));
    }
    files.put("README.md", "not content".getBytes(StandardCharsets.UTF_8));

    ProgrammeContent fromFiles = new ContentLoader().load(files);

    assertEquals(fromFolder, fromFiles);
    assertEquals(fromFolder.digest(), fromFiles.digest());
  }

  @Test
  void filesGivenByPathAreCheckedForMissingOnes() throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    files.put("skills.yaml", Files.readAllBytes(content.dir().resolve("skills.yaml")));

    ContentInvalidException e =
        assertThrows(ContentInvalidException.class, () -> new ContentLoader().load(files));

    assertEquals(
        List.of("courses.yaml", "position-training.yaml", "programme.yaml", "tiers.yaml"),
        e.errors().stream().map(ContentError::file).toList());
    assertTrue(e.errors().stream().allMatch(err -> err.messageKey().equals("file.missing")));
  }

  @Test
  void requiredFileMissing() {
    content.delete("position-training.yaml");

    assertError(content.onlyError(), "position-training.yaml", 0, "", "file.missing");
  }

  @Test
  void misspeltFieldIsNamed() {
    content.replace("courses.yaml", "    minutes: 90\n", "    minuets: 90\n");

    List<ContentError> errors = content.errors();

    assertEquals(
        List.of("courses[2].minutes", "courses[2].minuets"),
        errors.stream().map(ContentError::field).toList(),
        () -> ContentFixture.render(errors));
    assertEquals("field.required", errors.get(0).messageKey());
    assertEquals("field.unknown", errors.get(1).messageKey());
    assertEquals(content.lineOf("courses.yaml", "minuets"), errors.get(1).line());
  }

  @Test
  void moreElectivesThanCoursesToChooseFrom() {
    content.replace("tiers.yaml", "choose: 1", "choose: 3");

    assertError(
        content.onlyError(),
        "tiers.yaml",
        content.lineOf("tiers.yaml", "choose: 3"),
        "tiers[1].requirement.electives[0].choose",
        "electives.tooMany");
  }

  @Test
  void eligibilityRuleWithPositiveHireOffset() {
    content.replace("position-training.yaml", "hiredInFiscalYear: -2", "hiredInFiscalYear: 2");

    assertError(
        content.onlyError(),
        "position-training.yaml",
        content.lineOf("position-training.yaml", "hiredInFiscalYear"),
        "positionTrainings[1].rule.hiredInFiscalYear",
        "rule.badHiredOffset");
  }

  @Test
  void eligibilityRuleWithUnknownSinceValue() {
    content.replace("position-training.yaml", "fiscal-year-start", "last-spring");

    ContentError error = content.onlyError();

    assertEquals("rule.badSince", error.messageKey());
    assertEquals("positionTrainings[0].rule.newInPositionSince", error.field());
  }

  @Test
  void unknownRoleInProfile() {
    content.replace("skills.yaml", "    role: BA\n", "    role: PM\n");

    assertError(
        content.onlyError(),
        "skills.yaml",
        content.lineOf("skills.yaml", "role: PM"),
        "profiles[1].role",
        "role.unknown");
  }

  @Test
  void levelScaleWithAGap() {
    content.replace("skills.yaml", "level: 2,", "level: 3,");

    assertError(
        content.onlyError(),
        "skills.yaml",
        content.lineOf("skills.yaml", "level: 3,"),
        "levels[2].level",
        "levels.notConsecutive");
  }

  @Test
  void keyWrittenTwice() {
    content.replace("courses.yaml", "    minutes: 90\n", "    minutes: 90\n    minutes: 95\n");

    assertError(
        content.onlyError(),
        "courses.yaml",
        content.lineOf("courses.yaml", "minutes: 95"),
        "courses[2].minutes",
        "key.duplicate");
  }

  @Test
  void emptyFile() {
    content.write("tiers.yaml", "# nothing yet\n");

    List<ContentError> errors = content.errors();

    assertEquals("file.empty", errors.get(0).messageKey());
    assertEquals("tiers.yaml", errors.get(0).file());
    assertEquals(1, errors.size(), () -> ContentFixture.render(errors));
  }

  @Test
  void everyErrorOfALoadIsCollectedInFileAndLineOrder() {
    content
        .replace("tiers.yaml", "[S-CLASS, S-HANDS]", "[S-CLASS, S-HANDZ]")
        .replace("courses.yaml", "    minutes: 90\n", "    minutes: ninety\n")
        .replace("courses.yaml", "    format: workshop\n", "    format: seminar\n")
        .replace("programme.yaml", "distinctPeople: 10", "distinctPeople: -1");

    List<ContentError> errors = content.errors();

    assertEquals(
        List.of("courses.yaml", "courses.yaml", "programme.yaml", "tiers.yaml"),
        errors.stream().map(ContentError::file).toList(),
        () -> ContentFixture.render(errors));
    assertEquals(
        List.of("field.enum", "field.notInteger", "value.notPositive", "course.unknown"),
        errors.stream().map(ContentError::messageKey).toList());
  }
}
