package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.city.lms.registry.boundary.StaffDirectory;
import jp.city.lms.registry.boundary.StaffDirectory.Criteria;
import jp.city.lms.registry.boundary.StaffDirectory.SortBy;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory searches, filters by subtree, sorts and pages in the database, and only the
 * training office and administrators may use it. Each test builds its own small tree: 局 > 部 > 課,
 * and a sibling 局.
 */
@ExtendWith(ArquillianExtension.class)
class StaffDirectoryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB StaffDirectory directory;
  @EJB TestData data;
  @EJB AsTrainingOffice trainingOffice;
  @EJB AsAdmin admin;
  @EJB AsStaff staff;

  private String bureau;
  private String department;
  private String section;
  private String sibling;
  private String prefix;

  @BeforeEach
  void city() {
    prefix = TestData.unique();
    bureau = prefix + "B";
    department = prefix + "D";
    section = prefix + "S";
    sibling = prefix + "X";
    data.unit(bureau, "試験局", "局", null);
    data.unit(department, "試験部", "部", bureau);
    data.unit(section, "試験課", "課", department);
    data.unit(sibling, "別局", "局", null);
    data.staff(prefix + "001", "検証　太郎", "ケンショウ　タロウ", bureau, "局長", StaffStatus.ACTIVE);
    data.staff(prefix + "002", "検証　花子", "ケンショウ　ハナコ", department, "部長", StaffStatus.ON_LEAVE);
    for (int i = 10; i < 40; i++) {
      data.staff(prefix + "0" + i, "試行　" + i + "郎", "シコウ　" + i, section, "係員", StaffStatus.ACTIVE);
    }
    data.staff(prefix + "090", "退職　次郎", "タイショク　ジロウ", section, "係員", StaffStatus.LEFT);
    data.staff(prefix + "091", "別局　三郎", "ベッキョク　サブロウ", sibling, "係員", StaffStatus.ACTIVE);
  }

  @Test
  void subtreeFilterIncludesEveryUnitBelowAndNothingBeside() throws Exception {
    assertEquals(32, count(new Criteria(null, bureau, false)));
    assertEquals(31, count(new Criteria(null, department, false)));
    assertEquals(30, count(new Criteria(null, section, false)));
    assertEquals(1, count(new Criteria(null, sibling, false)));
    assertEquals(0, count(new Criteria(null, "no-such-unit", false)));
  }

  @Test
  void leaversOnlyWhenAskedFor() throws Exception {
    assertEquals(30, count(new Criteria(null, section, false)));
    assertEquals(31, count(new Criteria(null, section, true)));
  }

  @Test
  void searchesNameKanaInEitherScriptAndEmployeeNumber() throws Exception {
    assertEquals(List.of(prefix + "001"), numbers(new Criteria("検証太郎", bureau, false)));
    assertEquals(List.of(prefix + "001"), numbers(new Criteria("けんしょう　たろう", bureau, false)));
    assertEquals(List.of(prefix + "002"), numbers(new Criteria("ｹﾝｼｮｳ ﾊﾅｺ", bureau, false)));
    assertEquals(List.of(prefix + "091"), numbers(new Criteria(prefix + "091", null, false)));
    assertEquals(
        List.of(), numbers(new Criteria("%", bureau, false)), "% is a character, not a wildcard");
  }

  @Test
  void pagesAndSortsInTheDatabase() throws Exception {
    Criteria criteria = new Criteria(null, section, false);
    Set<String> seen = new HashSet<>();
    for (int page = 0; page < 3; page++) {
      int first = page * 10;
      List<Staff> rows =
          trainingOffice.call(
              () -> directory.search(criteria, first, 10, SortBy.EMPLOYEE_NO, true));
      assertEquals(10, rows.size());
      rows.forEach(s -> assertTrue(seen.add(s.getEmployeeNo()), "twice: " + s.getEmployeeNo()));
    }
    assertEquals(30, seen.size());
    List<Staff> descending =
        trainingOffice.call(() -> directory.search(criteria, 0, 3, SortBy.EMPLOYEE_NO, false));
    assertEquals(
        List.of(prefix + "039", prefix + "038", prefix + "037"),
        descending.stream().map(Staff::getEmployeeNo).toList());
    List<Staff> byKana =
        trainingOffice.call(
            () ->
                directory.search(new Criteria(null, bureau, false), 0, 2, SortBy.NAME_KANA, true));
    assertEquals("ケンショウ　タロウ", byKana.get(0).getNameKana());
  }

  @Test
  void onlyTheTrainingOfficeAndAdministratorsMayUseIt() throws Exception {
    assertEquals(1L, (long) admin.call(() -> directory.count(new Criteria(null, sibling, false))));
    assertThrows(
        EJBAccessException.class,
        () -> staff.call(() -> directory.count(new Criteria(null, sibling, false))));
    assertThrows(EJBAccessException.class, () -> directory.count(Criteria.all()));
  }

  private long count(Criteria criteria) throws Exception {
    return trainingOffice.call(() -> directory.count(criteria));
  }

  private List<String> numbers(Criteria criteria) throws Exception {
    return trainingOffice
        .call(() -> directory.search(criteria, 0, 50, SortBy.EMPLOYEE_NO, true))
        .stream()
        .map(Staff::getEmployeeNo)
        .toList();
  }
}
