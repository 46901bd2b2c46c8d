package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.city.lms.cohort.boundary.Cohorts;
import jp.city.lms.cohort.entity.Cohort;
import jp.city.lms.cohort.entity.CohortMembership;
import jp.city.lms.cohort.entity.CohortRule;
import jp.city.lms.cohort.entity.CohortRuleException;
import jp.city.lms.cohort.entity.Condition;
import jp.city.lms.cohort.entity.Condition.Field;
import jp.city.lms.cohort.entity.PersonFacts;
import jp.city.lms.registry.entity.ImportRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cohorts against the real registry: a rule previewed and saved, and membership as history after
 * transfers, with the city's clock moved to each snapshot's day: who was in the cohort on each
 * date, and which registry run made each spell begin and end.
 */
@ExtendWith(ArquillianExtension.class)
class CohortIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB Cohorts cohorts;
  @EJB RegistrySteps steps;
  @EJB TestData data;
  @EJB AsTrainingOffice office;
  @EJB AsManager manager;

  private String prefix;
  private String bureau;
  private String section;
  private String otherSection;
  private LocalDate first;

  @BeforeEach
  void unitsAndPeopleOfOurOwn() throws Exception {
    prefix = TestData.unique();
    bureau = prefix + "B";
    section = prefix + "S1";
    otherSection = prefix + "S2";
    RegistryFiles files = data.registry();
    String top = files.orgs.get(0).get("所属コード");
    files
        .addOrg(bureau, "対象局", null, "局")
        .addOrg(section, "対象第一課", bureau, "課")
        .addOrg(otherSection, "対象外課", top, "課")
        .hire(prefix + "1", "対象　一", "タイショウ　イチ", section, "係長")
        .hire(prefix + "2", "対象　二", "タイショウ　ニ", section, "係員")
        .hire(prefix + "3", "対象　三", "タイショウ　サン", otherSection, "係長");
    first = data.nextEffective();
    dayIs(first);
    importAt(files, first);
  }

  @AfterEach
  void backToToday() throws Exception {
    steps.today();
    steps.removeAll(prefix);
  }

  @Test
  void thePreviewShowsWhoTheRuleSelectsOnADate() throws Exception {
    CohortRule chiefs =
        CohortRule.allOf(Condition.of(Field.UNIT_TREE, bureau), Condition.of(Field.POSITION, "係長"))
            .or(Condition.of(Field.UNIT, otherSection), Condition.not(Field.POSITION, "係員"));
    assertEquals(
        List.of(prefix + "1", prefix + "3"),
        numbers(office.call(() -> cohorts.preview(chiefs, first))));
    CohortRuleException unknown =
        assertThrows(
            CohortRuleException.class,
            () -> office.call(() -> cohorts.preview(chiefs, first.minusDays(1))),
            "the units did not exist the day before");
    assertEquals(CohortRuleException.Reason.UNKNOWN_UNIT, unknown.reason());
    assertThrows(
        EJBAccessException.class, () -> manager.call(() -> cohorts.preview(chiefs, first)));
  }

  @Test
  void membershipIsHistoryAfterTransfers() throws Exception {
    Cohort cohort =
        office.call(
            () ->
                cohorts.create("対象局の職員", CohortRule.allOf(Condition.of(Field.UNIT_TREE, bureau))));
    assertEquals(List.of(prefix + "1", prefix + "2"), members(cohort, first));

    // 2 leaves the bureau and 3 comes in, effective today: only they are evaluated again
    LocalDate moved = data.nextEffective();
    dayIs(moved);
    ImportRun transfers =
        importAt(
            data.registry()
                .set(prefix + "2", "所属コード", otherSection)
                .set(prefix + "3", "所属コード", section),
            moved);
    assertEquals(List.of(prefix + "1", prefix + "2"), members(cohort, moved.minusDays(1)));
    assertEquals(List.of(prefix + "1", prefix + "3"), members(cohort, moved));
    Map<String, CohortMembership> changed =
        office.call(() -> cohorts.joinedOrLeft(cohort.getId(), moved, moved)).stream()
            .collect(Collectors.toMap(m -> m.getStaff().getEmployeeNo(), m -> m));
    assertEquals(2, changed.size());
    CohortMembership left = changed.get(prefix + "2");
    assertEquals(moved.minusDays(1), left.getValidTo());
    assertEquals(transfers.getId(), left.getLeftRun());
    assertEquals(1, left.getLeftVersion());
    CohortMembership joined = changed.get(prefix + "3");
    assertEquals(moved, joined.getValidFrom());
    assertEquals(transfers.getId(), joined.getJoinedRun());
    assertNull(joined.getValidTo());

    // a transfer dated ahead changes the cohort on its day, naming its run
    LocalDate ahead = data.nextEffective();
    ImportRun dated = importAt(data.registry().set(prefix + "1", "所属コード", otherSection), ahead);
    assertEquals(List.of(prefix + "1", prefix + "3"), members(cohort, ahead), "not yet");
    dayIs(ahead);
    assertEquals(List.of(prefix + "3"), members(cohort, ahead));
    assertEquals(List.of(prefix + "1", prefix + "3"), members(cohort, ahead.minusDays(1)));
    CohortMembership one =
        office.call(() -> cohorts.joinedOrLeft(cohort.getId(), ahead, ahead)).get(0);
    assertEquals(prefix + "1", one.getStaff().getEmployeeNo());
    assertEquals(dated.getId(), one.getLeftRun());

    // and who was a member when is still answered for every date before
    assertEquals(List.of(prefix + "1", prefix + "2"), members(cohort, first));
  }

  @Test
  void aNewRuleReEvaluatesEverybodyFromToday() throws Exception {
    Cohort cohort =
        office.call(
            () -> cohorts.create("係長", CohortRule.allOf(Condition.of(Field.UNIT_TREE, bureau))));
    LocalDate later = first.plusDays(3);
    dayIs(later);
    office.call(
        () ->
            cohorts.change(
                cohort.getId(),
                "係長",
                CohortRule.allOf(
                    Condition.of(Field.UNIT_TREE, bureau), Condition.of(Field.POSITION, "係長"))));
    assertEquals(List.of(prefix + "1", prefix + "2"), members(cohort, later.minusDays(1)));
    assertEquals(List.of(prefix + "1"), members(cohort, later));
    CohortMembership left =
        office.call(() -> cohorts.joinedOrLeft(cohort.getId(), later, later)).get(0);
    assertEquals(2, left.getLeftVersion());
    assertNull(left.getLeftRun());
    assertEquals(2, office.call(() -> cohorts.versions(cohort.getId())).size());
  }

  private List<String> members(Cohort cohort, LocalDate on) throws Exception {
    return office.call(() -> cohorts.members(cohort.getId(), on)).stream()
        .map(m -> m.getStaff().getEmployeeNo())
        .sorted()
        .toList();
  }

  private static List<String> numbers(List<PersonFacts> people) {
    return people.stream().map(PersonFacts::employeeNo).sorted().toList();
  }

  private void dayIs(LocalDate date) throws Exception {
    steps.dayIs(date);
  }

  private ImportRun importAt(RegistryFiles files, LocalDate effective) throws Exception {
    return steps.importAt(files, effective);
  }
}
