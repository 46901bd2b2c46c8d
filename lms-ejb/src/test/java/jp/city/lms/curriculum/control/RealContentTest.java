package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.PositionTraining;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.curriculum.entity.TierRequirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme's real content folder loads without errors and holds the city's figures: 2,400
 * distinct people over FY2023-FY2025, silver 700 a year, gold 60 from FY2024, the 240-minute BPR
 * workshop, five position-based trainings and the five DSS-P roles.
 */
class RealContentTest {

  private static ProgrammeContent content;

  @BeforeAll
  static void load() {
    content = loadOrFail(ContentFixture.realContentDir());
  }

  private static ProgrammeContent loadOrFail(Path dir) {
    try {
      return new ContentLoader().load(dir);
    } catch (ContentInvalidException e) {
      return fail("the content folder has errors:\n" + e.render(Locale.JAPANESE));
    }
  }

  @Test
  void programmeTargetAndYears() {
    Programme programme = content.programme();

    assertEquals(2400, programme.targetDistinctPeople());
    assertEquals(2023, programme.fromFiscalYear());
    assertEquals(2025, programme.toFiscalYear());
    assertEquals(List.of("silver", "gold"), programme.countingTiers());
    assertTrue(!programme.countsToward("bronze"), "bronze is all staff, not part of the 2,400");
  }

  @Test
  void yearlyTargetsPerTier() {
    Programme programme = content.programme();
    for (int year = 2023; year <= 2025; year++) {
      assertEquals(
          OptionalInt.of(700), programme.yearlyTarget("silver", year).orElseThrow().people());
      assertTrue(programme.yearlyTarget("bronze", year).orElseThrow().isAllStaff());
    }
    assertEquals(Optional.empty(), programme.yearlyTarget("gold", 2023));
    assertEquals(OptionalInt.of(60), programme.yearlyTarget("gold", 2024).orElseThrow().people());
    assertEquals(OptionalInt.of(60), programme.yearlyTarget("gold", 2025).orElseThrow().people());
  }

  @Test
  void tiersBuildOnEachOther() {
    assertEquals(
        List.of("bronze", "silver", "gold"),
        content.tiersInOrder().stream().map(Tier::code).toList());
    assertEquals("ブロンズ（活用）人材", content.tier("bronze").orElseThrow().name().ja());
    assertEquals(Optional.of("silver"), content.tier("gold").orElseThrow().prerequisite());
  }

  @Test
  void everyCourseATierRequiresBelongsToThatTier() {
    for (Tier tier : content.tiers()) {
      TierRequirement requirement = tier.requirement();
      List<String> named = new ArrayList<>(requirement.required());
      requirement.electives().forEach(g -> named.addAll(g.from()));
      for (String code : named) {
        assertTrue(
            content.course(code).orElseThrow().belongsTo(tier.code()),
            code + " is required by " + tier.code() + " but belongs elsewhere");
      }
    }
  }

  @Test
  void bprWorkshopIs240MinutesInFiveSteps() {
    CourseDefinition bpr = content.course("SV-BPR").orElseThrow();

    assertEquals(240, bpr.minutes());
    assertEquals(CourseFormat.WORKSHOP, bpr.format());
    assertEquals(Optional.of("silver"), bpr.tier());
    assertEquals(
        List.of("BPRとは", "事例業務の理解", "問題事象の特定・抽出", "問題事象の原因追究", "改善施策の検討"),
        bpr.outline().stream().map(LocalizedText::ja).toList());
  }

  @Test
  void silverHasKintoneHandsOnAndBronzeIsOnline() {
    assertEquals(CourseFormat.HANDS_ON, content.course("SV-KINTONE").orElseThrow().format());
    CourseDefinition intro = content.course("BR-DX-INTRO").orElseThrow();
    assertEquals("はじめてのデジタル変革（自治体編）", intro.title().ja());
    for (CourseDefinition course : content.coursesOf("bronze")) {
      assertEquals(CourseFormat.E_LEARNING, course.format(), course.code());
      assertTrue(course.url().isPresent(), course.code());
    }
  }

  @Test
  void fivePositionTrainingsWithTheirAudiencesAndMinutes() {
    Map<String, Integer> expected =
        content.positionTrainings().stream()
            .collect(Collectors.toMap(PositionTraining::code, PositionTraining::expectedPerYear));

    assertEquals(
        Map.of(
            "new-director", 20,
            "new-section-chief", 100,
            "new-unit-chief", 120,
            "third-year", 200,
            "new-hire", 170),
        expected);
    assertEquals(90, minutesOf("new-director"));
    assertEquals(180, minutesOf("third-year"));
    for (PositionTraining training : content.positionTrainings()) {
      assertEquals(Optional.empty(), content.course(training.course()).orElseThrow().tier());
    }
    assertEquals(
        List.of("部長"), content.positionTraining("new-director").orElseThrow().rule().positions());
    assertEquals(
        OptionalInt.of(-2),
        content.positionTraining("third-year").orElseThrow().rule().hiredInFiscalYear());
  }

  private static int minutesOf(String positionTraining) {
    String course = content.positionTraining(positionTraining).orElseThrow().course();
    return content.course(course).orElseThrow().minutes();
  }

  @Test
  void skillFrameworkHasFourLiteracyCategoriesAndFiveRoles() {
    SkillFramework skills = content.skills();

    assertEquals("DSS 2024.07", skills.version());
    assertEquals(0, skills.minLevel());
    assertEquals(4, skills.maxLevel());
    assertEquals(4, skills.literacy().size());
    assertEquals(
        List.of("ビジネスアーキテクト", "デザイナー", "データサイエンティスト", "ソフトウェアエンジニア", "サイバーセキュリティ"),
        skills.roles().stream().map(r -> r.name().ja()).toList());
    for (String tier : List.of("silver", "gold")) {
      for (SkillCategory role : skills.roles()) {
        assertTrue(skills.profile(tier, role.code()).isPresent(), tier + "/" + role.code());
      }
    }
    assertTrue(skills.profile("bronze", null).isPresent());
  }

  @Test
  void digestIsStableAndChangesWithAFile(@TempDir Path tmp) {
    ContentFixture copy = ContentFixture.copyOf(ContentFixture.realContentDir(), tmp);

    assertEquals(content.digest(), loadOrFail(ContentFixture.realContentDir()).digest());
    assertEquals(content.digest(), loadOrFail(copy.dir()).digest(), "depends on content only");
    assertEquals(
        List.of(
            "courses/bronze.yaml",
            "courses/gold.yaml",
            "courses/position.yaml",
            "courses/silver.yaml",
            "position-training.yaml",
            "programme.yaml",
            "skills.yaml",
            "tiers.yaml"),
        content.files());

    copy.write("tiers.yaml", copy.read("tiers.yaml") + "# reviewed\n");

    assertNotEquals(content.digest(), loadOrFail(copy.dir()).digest());
  }
}
