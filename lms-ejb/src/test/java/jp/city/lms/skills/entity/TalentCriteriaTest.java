package jp.city.lms.skills.entity;

import static jp.city.lms.skills.entity.AssessmentSource.MANAGER;
import static jp.city.lms.skills.entity.AssessmentSource.SELF;
import static jp.city.lms.skills.entity.AssessmentSource.TEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import jp.city.lms.skills.entity.TalentCriteria.Requirement;
import org.junit.jupiter.api.Test;

/** Who meets a search's requirements, by one source or the best of them, and how well. */
class TalentCriteriaTest {

  private final List<Requirement> dsAndBa =
      List.of(new Requirement("DS", 3), new Requirement("BA", 2));

  private final Map<String, Map<AssessmentSource, Integer>> person =
      Map.of("DS", Map.of(SELF, 4, MANAGER, 3), "BA", Map.of(SELF, 2, TEST, 3));

  @Test
  void theBestOfTheSourcesCountsWhenNoneIsNamed() {
    assertEquals(OptionalInt.of(2), new TalentCriteria(dsAndBa, null).fit(person), "1 + 1 above");
  }

  @Test
  void aNamedSourceMustHaveAssessedEverySkillAskedFor() {
    assertEquals(OptionalInt.of(1), new TalentCriteria(dsAndBa, SELF).fit(person), "4 - 3, 2 - 2");
    assertTrue(new TalentCriteria(dsAndBa, MANAGER).fit(person).isEmpty(), "no manager on BA");
    assertTrue(new TalentCriteria(dsAndBa, TEST).fit(person).isEmpty(), "no test of DS");
  }

  @Test
  void oneRequirementMissedIsNoMatch() {
    assertTrue(new TalentCriteria(List.of(new Requirement("DS", 5)), null).fit(person).isEmpty());
    assertTrue(
        new TalentCriteria(List.of(new Requirement("SE", 0)), null).fit(person).isEmpty(),
        "never assessed");
  }
}
