package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.city.lms.cohort.boundary.PositionTrainings;
import jp.city.lms.cohort.boundary.PositionTrainings.Count;
import jp.city.lms.cohort.entity.Requirement;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.entity.ImportRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Position-based training assigned automatically from the registry, with the city's clock on 1
 * April: the 1 April import makes a clerk a unit chief and brings a new hire, and both are required
 * to attend their training by 31 March; the turn of the year makes someone third-year staff without
 * any change in the registry; a promotion in a later import during the year is assigned too.
 */
@ExtendWith(ArquillianExtension.class)
class PositionTrainingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB PositionTrainings trainings;
  @EJB RegistrySteps steps;
  @EJB TestData data;
  @EJB AsTrainingOffice office;
  @PersistenceContext EntityManager em;

  private final String prefix = TestData.unique();

  @AfterEach
  void backToToday() throws Exception {
    steps.today();
    steps.removeAll(prefix);
  }

  @Test
  void theFirstOfAprilImportAndLaterOnesAssignPositionTraining() throws Exception {
    String p = prefix;
    String section = p + "S";
    String chief = p + "1";
    String newHire = p + "2";
    String thirdYear = p + "3";
    String sectionChief = p + "4";
    // the first 1 April after every snapshot applied so far
    LocalDate april = FiscalYear.of(data.nextEffective()).next().getStart();
    FiscalYear year = FiscalYear.of(april);
    LocalDate march = april.minusDays(1);

    RegistryFiles files = data.registry();
    files
        .addOrg(section, "階層課", files.orgs.get(0).get("所属コード"), "課")
        .hire(chief, "昇任　一", null, section, "係員")
        .hire(thirdYear, "三年　三", null, section, "係員")
        .hire(sectionChief, "課長　四", null, section, "係長")
        .set(thirdYear, "採用年月日", april.minusYears(2).plusDays(3).toString());
    dayIs(march);
    importAt(files, march);
    assertEquals(List.of(), keysOf(chief), "nothing before the new year");

    dayIs(april);
    importAt(
        data.registry()
            .set(chief, "職位", "係長")
            .hire(newHire, "新規　二", null, section, "係員")
            .set(newHire, "採用年月日", april.toString()),
        april);
    assertEquals(
        List.of(Requirement.positionKey("new-unit-chief", year)),
        keysOf(chief),
        "promoted on 1 April");
    assertEquals(List.of(Requirement.positionKey("new-hire", year)), keysOf(newHire));
    Requirement required = requirements(chief).get(0);
    assertEquals(year.getEnd(), required.getDueOn());
    assertEquals(april, required.getRequiredFrom());
    assertEquals(List.of(), keysOf(thirdYear), "no registry change concerned them");

    // the daily assignment finds who the turn of the year made third-year staff
    assertTrue(office.call(() -> trainings.assign()) >= 1);
    assertEquals(List.of(Requirement.positionKey("third-year", year)), keysOf(thirdYear));
    assertEquals(0, office.call(() -> trainings.assign()), "assigning again adds nothing");

    // a promotion in a later import during the year
    LocalDate july = april.plusMonths(3);
    dayIs(july);
    importAt(data.registry().set(sectionChief, "職位", "課長"), july);
    // (appearing as a unit chief on 31 March made them a new unit chief of the year before)
    Requirement later =
        requirements(sectionChief).stream()
            .filter(
                r -> r.getSourceKey().equals(Requirement.positionKey("new-section-chief", year)))
            .findFirst()
            .orElseThrow();
    assertEquals(july, later.getRequiredFrom());
    assertEquals(year.getEnd(), later.getDueOn());

    List<Count> counts = office.call(() -> trainings.counts(year));
    Count unitChiefs =
        counts.stream()
            .filter(c -> c.training().code().equals("new-unit-chief"))
            .findFirst()
            .orElseThrow();
    assertTrue(unitChiefs.eligible() >= 1, "eligible: " + unitChiefs.eligible());
    assertTrue(unitChiefs.completed() <= unitChiefs.eligible());
    assertEquals(5, counts.size(), "one row per training of the content");
  }

  private List<Requirement> requirements(String employeeNo) {
    return em.createQuery(
            "SELECT r FROM Requirement r WHERE r.staff.employeeNo = :no ORDER BY r.id",
            Requirement.class)
        .setParameter("no", employeeNo)
        .getResultList();
  }

  private List<String> keysOf(String employeeNo) {
    return requirements(employeeNo).stream().map(Requirement::getSourceKey).toList();
  }

  private void dayIs(LocalDate date) throws Exception {
    steps.dayIs(date);
  }

  private ImportRun importAt(RegistryFiles files, LocalDate effective) throws Exception {
    return steps.importAt(files, effective);
  }
}
