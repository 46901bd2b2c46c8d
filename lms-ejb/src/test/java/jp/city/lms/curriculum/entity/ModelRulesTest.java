package jp.city.lms.curriculum.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.city.lms.platform.entity.FiscalYear;
import org.junit.jupiter.api.Test;

/** The domain rules the model carries: tier requirements, combined targets, fiscal years. */
class ModelRulesTest {

  @Test
  void tierRequirementNeedsAllRequiredAndEnoughElectives() {
    TierRequirement silver =
        new TierRequirement(
            List.of("SV-KINTONE", "SV-BPR"),
            List.of(new TierRequirement.ElectiveGroup(1, List.of("SV-AI-RPA", "SV-DATA"))));

    assertTrue(silver.isMetBy(Set.of("SV-KINTONE", "SV-BPR", "SV-DATA")));
    assertTrue(silver.isMetBy(Set.of("SV-KINTONE", "SV-BPR", "SV-DATA", "SV-AI-RPA")));
    assertFalse(silver.isMetBy(Set.of("SV-KINTONE", "SV-BPR")));
    assertFalse(silver.isMetBy(Set.of("SV-KINTONE", "SV-DATA")));
  }

  @Test
  void roleProfileAddsToTheTierProfileTakingTheHigherLevel() {
    LocalizedText name = LocalizedText.ofJapanese("目標");
    SkillFramework framework =
        new SkillFramework(
            "T",
            name,
            null,
            List.of(new SkillLevel(0, name, null), new SkillLevel(1, name, null)),
            List.of(),
            List.of(
                new TargetProfile(
                    "silver", "silver", Optional.empty(), name, Map.of("A", 2, "B", 1)),
                new TargetProfile(
                    "silver-BA", "silver", Optional.of("BA"), name, Map.of("B", 3, "C", 2))));

    assertEquals(Map.of("A", 2, "B", 3, "C", 2), framework.targetFor("silver", "BA"));
    assertEquals(Map.of("A", 2, "B", 1), framework.targetFor("silver", null));
    assertEquals(Map.of(), framework.targetFor("gold", "BA"));
  }

  @Test
  void fiscalYearStartsInApril() {
    assertEquals(2024, FiscalYear.of(LocalDate.of(2025, 3, 31)).getYear());
    assertEquals(2025, FiscalYear.of(LocalDate.of(2025, 4, 1)).getYear());
    assertEquals(LocalDate.of(2026, 3, 31), FiscalYear.of(2025).getEnd());
  }

  @Test
  void englishFallsBackToJapanese() {
    assertEquals("研修", LocalizedText.ofJapanese("研修").in(Locale.ENGLISH));
    assertEquals("Course", new LocalizedText("研修", "Course").in(Locale.ENGLISH));
    assertEquals("研修", new LocalizedText("研修", "Course").in(Locale.JAPANESE));
  }
}
