package jp.city.lms.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.city.lms.cohort.entity.Condition.Field;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/** Cohort rules: conditions, AND inside a group, OR between groups, negation, the stored form. */
class CohortRuleTest {

  private static final Map<String, String> TREE =
      Map.of("100", "/100/", "110", "/100/110/", "111", "/100/110/111/", "700", "/700/");

  private static PersonFacts person(
      String no, String org, String position, String job, LocalDate hired, StaffStatus status) {
    return new PersonFacts(
        1L,
        no,
        "名前",
        org,
        "課",
        TREE.get(org),
        position,
        job,
        hired,
        status,
        Set.of(),
        Set.of(),
        Set.of());
  }

  private static PersonFacts withLearning(
      PersonFacts p, Set<String> tiers, Set<String> enrolled, Set<String> completed) {
    return new PersonFacts(
        p.staffId(),
        p.employeeNo(),
        p.name(),
        p.orgCode(),
        p.orgName(),
        p.orgPath(),
        p.position(),
        p.jobCategory(),
        p.hiredOn(),
        p.status(),
        tiers,
        enrolled,
        completed);
  }

  private final PersonFacts clerk =
      person("1", "111", "係員", "事務", LocalDate.of(2023, 4, 1), StaffStatus.ACTIVE);
  private final PersonFacts chief =
      person("2", "110", "係長", "技術", LocalDate.of(2010, 4, 1), StaffStatus.ACTIVE);
  private final PersonFacts wardClerk =
      person("3", "700", "係員", "事務", LocalDate.of(2024, 3, 31), StaffStatus.ON_LEAVE);

  @Test
  void aUnitAloneOrWithItsSubtree() {
    assertTrue(Condition.of(Field.UNIT, "111").matches(clerk, TREE));
    assertFalse(Condition.of(Field.UNIT, "110").matches(clerk, TREE));
    assertTrue(Condition.of(Field.UNIT_TREE, "110").matches(clerk, TREE));
    assertTrue(Condition.of(Field.UNIT_TREE, "100").matches(chief, TREE));
    assertFalse(Condition.of(Field.UNIT_TREE, "111").matches(chief, TREE), "not above");
    assertFalse(Condition.of(Field.UNIT_TREE, "999").matches(chief, TREE), "unknown unit");
  }

  @Test
  void positionJobCategoryStatusAndHireFiscalYear() {
    assertTrue(Condition.of(Field.POSITION, "係長", "課長").matches(chief, TREE));
    assertFalse(Condition.of(Field.POSITION, "係長").matches(clerk, TREE));
    assertTrue(Condition.of(Field.JOB_CATEGORY, "事務").matches(clerk, TREE));
    assertTrue(Condition.of(Field.STATUS, "ON_LEAVE").matches(wardClerk, TREE));
    assertFalse(Condition.of(Field.STATUS, "ACTIVE").matches(wardClerk, TREE));
    assertTrue(Condition.of(Field.HIRED_FISCAL_YEAR, "2023").matches(clerk, TREE));
    assertTrue(
        Condition.of(Field.HIRED_FISCAL_YEAR, "2023").matches(wardClerk, TREE),
        "31 March 2024 is FY2023");
    assertFalse(Condition.of(Field.HIRED_FISCAL_YEAR, "2024").matches(wardClerk, TREE));
  }

  @Test
  void tiersAndCoursesHeldOrNot() {
    PersonFacts silver =
        withLearning(clerk, Set.of("bronze", "silver"), Set.of(), Set.of("SV-BPR"));
    PersonFacts waiting = withLearning(chief, Set.of("bronze"), Set.of("SV-BPR"), Set.of());
    assertTrue(Condition.of(Field.TIER, "silver").matches(silver, TREE));
    assertTrue(Condition.not(Field.TIER, "silver").matches(waiting, TREE));
    assertTrue(Condition.of(Field.COMPLETED, "SV-BPR").matches(silver, TREE));
    assertFalse(Condition.of(Field.COMPLETED, "SV-BPR").matches(waiting, TREE));
    assertTrue(Condition.of(Field.ENROLLED, "SV-BPR").matches(waiting, TREE));
    assertTrue(Condition.not(Field.ENROLLED, "SV-BPR").matches(silver, TREE));
  }

  @Test
  void allConditionsOfAGroupAndAnyGroup() {
    CohortRule rule =
        CohortRule.allOf(Condition.of(Field.UNIT_TREE, "100"), Condition.of(Field.POSITION, "係員"))
            .or(Condition.of(Field.UNIT, "700"), Condition.of(Field.STATUS, "ON_LEAVE"));
    assertTrue(rule.matches(clerk, TREE), "first group");
    assertFalse(rule.matches(chief, TREE), "first group fails on the position");
    assertTrue(rule.matches(wardClerk, TREE), "second group");
    assertEquals(
        List.of("1", "3"),
        rule.select(List.of(clerk, chief, wardClerk), TREE).stream()
            .map(PersonFacts::employeeNo)
            .toList());
  }

  @Test
  void peopleNotWorkingOnTheDateAreInNoCohort() {
    PersonFacts left = person("4", "111", "係員", "事務", null, StaffStatus.LEFT);
    assertFalse(CohortRule.allOf(Condition.not(Field.TIER, "gold")).matches(left, TREE));
  }

  @Test
  void theStoredFormReadsBackTheSameRule() {
    CohortRule rule =
        CohortRule.allOf(
                Condition.of(Field.POSITION, "係長", "主査"), Condition.not(Field.TIER, "silver"))
            .or(Condition.of(Field.HIRED_FISCAL_YEAR, "2023"));
    assertEquals("POSITION=係長|主査\tTIER!=silver\nHIRED_FISCAL_YEAR=2023", rule.encode());
    assertEquals(rule, CohortRule.decode(rule.encode()));
    assertEquals(Set.of(), rule.courses());
    assertTrue(rule.asksTiers());
    assertEquals(
        Set.of("SV-BPR", "SV-DATA"),
        CohortRule.allOf(
                Condition.of(Field.COMPLETED, "SV-BPR"), Condition.not(Field.ENROLLED, "SV-DATA"))
            .courses());
  }

  @Test
  void valuesAreTrimmedAndBadRulesRefusedWithTheirReason() {
    assertEquals(
        List.of("係長", "課長"),
        new Condition(Field.POSITION, false, List.of(" 係長 ", "", "課長", "係長")).values());
    assertEquals(
        CohortRuleException.Reason.NO_VALUE,
        assertThrows(CohortRuleException.class, () -> Condition.of(Field.POSITION, " ")).reason());
    assertEquals(
        CohortRuleException.Reason.NOT_A_YEAR,
        assertThrows(CohortRuleException.class, () -> Condition.of(Field.HIRED_FISCAL_YEAR, "R5"))
            .reason());
    assertEquals(
        CohortRuleException.Reason.UNKNOWN_STATUS,
        assertThrows(CohortRuleException.class, () -> Condition.of(Field.STATUS, "LEFT")).reason());
    assertEquals(
        CohortRuleException.Reason.BAD_VALUE,
        assertThrows(CohortRuleException.class, () -> Condition.of(Field.POSITION, "a|b"))
            .reason());
    assertEquals(
        CohortRuleException.Reason.NO_GROUP,
        assertThrows(CohortRuleException.class, () -> new CohortRule(List.of())).reason());
    assertEquals(
        CohortRuleException.Reason.EMPTY_GROUP,
        assertThrows(CohortRuleException.class, () -> new CohortRule(List.of(List.of()))).reason());
    assertEquals(
        CohortRuleException.Reason.UNREADABLE,
        assertThrows(CohortRuleException.class, () -> CohortRule.decode("NOPE=1")).reason());
  }
}
