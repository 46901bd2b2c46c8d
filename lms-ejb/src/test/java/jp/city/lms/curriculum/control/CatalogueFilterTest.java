package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's filters and search over the minimal fixture. */
class CatalogueFilterTest {

  private static ProgrammeContent content;

  @BeforeAll
  static void load(@TempDir Path dir) throws ContentInvalidException {
    content = ContentFixture.copyOf("minimal", dir).load();
  }

  private static List<String> codes(CatalogueFilter filter, Set<String> offered) {
    return filter.apply(content, offered).stream().map(CourseDefinition::code).toList();
  }

  private static List<String> codes(CatalogueFilter filter) {
    return codes(filter, Set.of());
  }

  @Test
  void noCriteriaIsEveryCourseInContentOrder() {
    assertEquals(
        List.of("B-ONLINE", "S-WORKSHOP", "S-CLASS", "S-HANDS", "P-DIRECTOR", "P-THIRD"),
        codes(CatalogueFilter.all()));
  }

  @Test
  void byTierWithNoneForPositionBasedTraining() {
    assertEquals(
        List.of("S-WORKSHOP", "S-CLASS", "S-HANDS"),
        codes(new CatalogueFilter(null, "silver", null, null, null)));
    assertEquals(
        List.of("P-DIRECTOR", "P-THIRD"),
        codes(new CatalogueFilter(null, CatalogueFilter.NO_TIER, null, null, null)));
  }

  @Test
  void byFormatAndBySkill() {
    assertEquals(
        List.of("S-HANDS", "P-DIRECTOR", "P-THIRD"),
        codes(new CatalogueFilter(null, null, CourseFormat.HANDS_ON, null, null)));
    assertEquals(
        List.of("S-WORKSHOP"), codes(new CatalogueFilter(null, null, null, "P-BA-01", null)));
  }

  @Test
  void searchIsOverTitlesAndDescriptionsInEitherLanguageAsPeopleTypeThem() {
    assertEquals(List.of("S-WORKSHOP"), codes(new CatalogueFilter("日本語", null, null, null, null)));
    assertEquals(List.of("S-CLASS"), codes(new CatalogueFilter("ＬＥＣＴＵＲＥ", null, null, null, null)));
    assertEquals(
        List.of("P-DIRECTOR"), codes(new CatalogueFilter("新任　部長", null, null, null, null)));
    assertEquals(List.of(), codes(new CatalogueFilter("部長 実習", null, null, null, null)));
    assertEquals(
        List.of("B-ONLINE"), codes(new CatalogueFilter("b-online", null, null, null, null)));
  }

  @Test
  void searchFoldsHiraganaAndKatakana() {
    assertEquals("ワークショップ", CatalogueFilter.normalise("わーくしょっぷ"));
  }

  @Test
  void aYearOffersItsScheduledCoursesAndTheELearningOfTiersTrainedThatYear() {
    CatalogueFilter in2023 = new CatalogueFilter(null, null, null, null, 2023);
    CatalogueFilter in2024 = new CatalogueFilter(null, null, null, null, 2024);

    assertEquals(List.of("B-ONLINE", "S-CLASS"), codes(in2023, Set.of("S-CLASS")));
    assertEquals(List.of(), codes(in2024, Set.of()), "bronze has no target in 2024 here");
  }
}
