package jp.city.lms.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.SkillFramework;
import jp.city.lms.demo.control.AssessmentGenerator.Person;
import jp.city.lms.demo.control.AssessmentGenerator.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's assessments follow its learning, its registry and the framework. */
class AssessmentGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 11, 30);
  private static SkillFramework framework;
  private static List<String> tiers;
  private static List<Person> people;

  @BeforeAll
  static void content() throws Exception {
    ProgrammeContent content = new ContentLoader().load(Path.of("..", "content"));
    framework = content.skills();
    tiers = content.tiersInOrder().stream().map(t -> t.code()).toList();
    people = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      TreeMap<LocalDate, String> managers = new TreeMap<>();
      managers.put(LocalDate.of(2020, 4, 1), "M" + i);
      managers.put(LocalDate.of(2025, 4, 1), "N" + i);
      Map<String, LocalDate> held =
          switch (i % 4) {
            case 0 -> Map.of();
            case 1 -> Map.of("bronze", LocalDate.of(2023, 9, 1));
            case 2 ->
                Map.of("bronze", LocalDate.of(2023, 9, 1), "silver", LocalDate.of(2024, 7, 15));
            default ->
                Map.of(
                    "bronze",
                    LocalDate.of(2023, 9, 1),
                    "silver",
                    LocalDate.of(2024, 7, 15),
                    "gold",
                    LocalDate.of(2025, 10, 1));
          };
      people.add(
          new Person(
              i,
              String.format("%07d", i),
              LocalDate.of(2020, 4, 1),
              i % 10 == 9 ? LocalDate.of(2024, 12, 31) : null,
              managers,
              held));
    }
  }

  private List<Row> generated() {
    return new AssessmentGenerator(2023, framework, tiers, TODAY).generate(people);
  }

  @Test
  void theSameSeedGivesTheSameAssessments() {
    assertEquals(generated(), generated());
    assertFalse(generated().isEmpty());
  }

  @Test
  void everyAssessmentIsOnTheScaleOfAFrameworkSkillDatedWhileTheyWorkedAndNotAhead() {
    for (Row row : generated()) {
      Person person = people.get((int) row.staffId());
      assertTrue(framework.skill(row.skill()).isPresent(), row.toString());
      assertTrue(
          row.level() >= framework.minLevel() && row.level() <= framework.maxLevel(),
          row.toString());
      assertFalse(row.on().isAfter(TODAY), row.toString());
      assertTrue(person.leftOn() == null || !row.on().isAfter(person.leftOn()), row.toString());
    }
  }

  @Test
  void testsAreTakenOnTheDayATierWasAchievedAndManagersAreThoseOfTheTime() {
    List<Row> rows = generated();
    for (Row row : rows) {
      Person person = people.get((int) row.staffId());
      switch (row.source()) {
        case "TEST" -> assertTrue(person.tiers().containsValue(row.on()), row.toString());
        case "SELF" -> assertEquals(person.employeeNo(), row.recordedBy());
        case "MANAGER" -> {
          assertEquals(AssessmentGenerator.REVIEW.getMonthValue(), row.on().getMonthValue());
          String expected =
              (row.on().isBefore(LocalDate.of(2025, 4, 1)) ? "M" : "N") + row.staffId();
          assertEquals(expected, row.recordedBy(), row.toString());
        }
        default -> throw new AssertionError(row.toString());
      }
    }
    Set<String> sources = rows.stream().map(Row::source).collect(Collectors.toSet());
    assertEquals(Set.of("TEST", "SELF", "MANAGER"), sources);
    assertTrue(
        rows.stream()
            .filter(r -> r.source().equals("TEST"))
            .allMatch(r -> people.get((int) r.staffId()).tiers().size() > 0),
        "only tier holders were tested");
  }
}
