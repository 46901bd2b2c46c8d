package jp.city.lms.skills.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jp.city.lms.curriculum.entity.LocalizedText;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillCategory;
import org.junit.jupiter.api.Test;

/** A category as a whole: the mean level that counts and the targets reached, all or not met. */
class CategoryStandingTest {

  private static final LocalizedText NAME = LocalizedText.ofJapanese("名");
  private static final Skill A = new Skill("A", "C", NAME, null);
  private static final Skill B = new Skill("B", "C", NAME, null);
  private static final Skill C = new Skill("C1", "C", NAME, null);
  private static final SkillCategory CATEGORY =
      new SkillCategory("C", SkillCategory.Standard.LITERACY, NAME, null, List.of(A, B, C));

  @Test
  void theMeanOfTheAssessedSkillsAndTheTargetsReached() {
    CategoryStanding c =
        CategoryStanding.of(
            CATEGORY,
            Map.of(
                "A", new SkillStanding(A, 1, 3, null, null, 2),
                "B", new SkillStanding(B, 2, null, null, null, 3),
                "C1", new SkillStanding(C, null, null, null, null, null)),
            0);
    assertEquals(2.5, c.mean(), 1e-9, "3 by the manager (over self 1) and self 2");
    assertEquals(2, c.targeted());
    assertEquals(1, c.met());
    assertFalse(c.isMet(), "met only when every target of the category is");
  }

  @Test
  void anUnassessedSkillWithATargetIsShortAndNoTargetIsNeitherMetNorShort() {
    CategoryStanding unassessed =
        CategoryStanding.of(
            CATEGORY, Map.of("A", new SkillStanding(A, null, null, null, null, 1)), 0);
    assertNull(unassessed.mean());
    assertEquals(0, unassessed.met());
    assertTrue(unassessed.hasTarget());
    CategoryStanding untargeted =
        CategoryStanding.of(
            CATEGORY, Map.of("A", new SkillStanding(A, 4, null, null, null, null)), 0);
    assertFalse(untargeted.hasTarget());
    assertFalse(untargeted.isMet());
    CategoryStanding met =
        CategoryStanding.of(CATEGORY, Map.of("A", new SkillStanding(A, 0, null, 2, null, 2)), 0);
    assertTrue(met.isMet());
  }
}
