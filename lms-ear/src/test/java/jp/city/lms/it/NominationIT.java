package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.city.lms.nomination.boundary.Nominations;
import jp.city.lms.nomination.entity.DepartmentQuota;
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.nomination.entity.NominationRound;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nominations against a department's quota: two managers of one department nominating at the same
 * moment never exceed it; a manager nominates only people of their scope who are eligible; the
 * office's decision is mailed to the manager and the nominee; unused quota goes to the pool at the
 * deadline and can be given out again.
 */
@ExtendWith(ArquillianExtension.class)
class NominationIT {

  private static final String PASSWORD = "secret-7";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB Nominations nominations;
  @EJB TestData data;
  @EJB AsTrainingOffice office;
  @Inject CityClock clock;
  @PersistenceContext EntityManager em;

  private String department;
  private String otherDepartment;
  private String manager1;
  private String manager2;
  private List<String> team1 = new ArrayList<>();
  private List<String> team2 = new ArrayList<>();
  private String silver;
  private String outsider;
  private NominationRound round;

  @BeforeEach
  void aDepartmentWithTwoSectionsAndARound() throws Exception {
    String p = TestData.unique();
    department = p + "D";
    otherDepartment = p + "O";
    data.unit(department, "推薦局", "局", null);
    data.unit(p + "S1", "推薦第一課", "課", department);
    data.unit(p + "S2", "推薦第二課", "課", department);
    data.unit(otherDepartment, "別の局", "局", null);
    manager1 = p + "M1";
    manager2 = p + "M2";
    data.staff(manager1, "課長　一", null, p + "S1", "課長", StaffStatus.ACTIVE);
    data.staff(manager2, "課長　二", null, p + "S2", "課長", StaffStatus.ACTIVE);
    for (int i = 1; i <= 5; i++) {
      team1.add(p + "A" + i);
      team2.add(p + "B" + i);
      data.staff(p + "A" + i, "一課　" + i, null, p + "S1", "係員", StaffStatus.ACTIVE, manager1);
      data.staff(p + "B" + i, "二課　" + i, null, p + "S2", "係員", StaffStatus.ACTIVE, manager2);
    }
    silver = p + "SV";
    outsider = p + "X";
    data.staff(silver, "認定　済", null, p + "S1", "係員", StaffStatus.ACTIVE, manager1);
    data.staff(outsider, "別局　人", null, otherDepartment, "係員", StaffStatus.ACTIVE);
    LocalDate earlier = LocalDate.of(2024, 6, 1);
    for (String no : concat(team1, team2, List.of(silver, outsider))) {
      data.achieved(no, "bronze", earlier);
    }
    data.achieved(silver, "silver", earlier.plusMonths(6));
    data.account(manager1, PASSWORD, Role.STAFF);
    data.account(manager2, PASSWORD, Role.STAFF);
    round =
        office.call(
            () ->
                nominations.open(
                    new Nominations.Opening(
                        "シルバー推薦 " + p,
                        null,
                        "silver",
                        clock.fiscalYear().getYear(),
                        clock.today().plusDays(10),
                        5,
                        Map.of(department, 3, otherDepartment, 1))));
  }

  @AfterEach
  void theClockIsTheCitysAgain() {
    clock.reset();
  }

  @Test
  void twoManagersOfOneDepartmentNominatingAtOnceNeverExceedItsQuota() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        answers.add(pool.submit(nominate(manager1, team1.get(i), start)));
        answers.add(pool.submit(nominate(manager2, team2.get(i), start)));
      }
      start.countDown();
      int created = 0;
      int refused = 0;
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> r = answer.get();
        if (r.statusCode() == 201) {
          created++;
        } else {
          assertEquals(422, r.statusCode(), r.body());
          assertTrue(r.body().contains("推薦枠"), r.body());
          refused++;
        }
      }
      assertEquals(3, created, "the quota");
      assertEquals(7, refused);
    } finally {
      pool.shutdownNow();
    }
    DepartmentQuota quota = quotaOf(department);
    assertEquals(3, quota.getNominated());
    assertEquals(3, office.call(() -> nominations.nominations(round.getId())).size());
  }

  @Test
  void aManagerNominatesOnlyEligiblePeopleOfTheirScope() throws Exception {
    assertEquals(403, call(manager1, outsider, "別の局").statusCode(), "outside their scope");
    assertEquals(403, call(manager1, team2.get(0), "隣の課").statusCode(), "the other section");
    HttpResponse<String> holder = call(manager1, silver, "もう認定済み");
    assertEquals(422, holder.statusCode(), holder.body());
    assertEquals(422, call(manager1, team1.get(0), " ").statusCode(), "a reason is needed");
    assertEquals(201, call(manager1, team1.get(0), "業務改善の中心").statusCode());
    assertEquals(409, call(manager1, team1.get(0), "二度目").statusCode());
    HttpResponse<String> left =
        Servers.getWithBasic("api/nominations/" + round.getId() + "/quota", manager2, PASSWORD);
    assertTrue(left.body().contains("\"remaining\":2"), "shared by the department: " + left.body());
  }

  @Test
  void theDecisionIsMailedAndUnusedQuotaGoesToThePool() throws Exception {
    assertEquals(201, call(manager1, team1.get(0), "推薦します").statusCode());
    assertEquals(201, call(manager2, team2.get(0), "推薦します").statusCode());
    List<Nomination> all = office.call(() -> nominations.nominations(round.getId()));
    Nomination first = byPerson(all, team1.get(0));
    Nomination second = byPerson(all, team2.get(0));
    office.call(() -> nominations.select(first.getId(), null));
    office.call(() -> nominations.decline(second.getId(), "定員を超えたため"));
    assertEquals(2, noticesTo(team1.get(0), manager1), "the nominee and the manager");
    assertEquals(2, noticesTo(team2.get(0), manager2));

    clock.setToday(round.getDeadline().plusDays(1));
    NominationRound settled = office.call(() -> nominations.round(round.getId())).orElseThrow();
    assertEquals(NominationRound.Status.SETTLED, settled.getStatus());
    assertEquals(2, settled.getPool(), "one left by the department, one by the other");
    assertEquals(2, quotaOf(department).getQuota(), "it keeps what it used");
    office.call(
        () -> {
          nominations.reallocate(quotaOf(department).getId(), 1);
          nominations.extend(round.getId(), clock.today().plusDays(3));
          return null;
        });
    assertEquals(1, office.call(() -> nominations.round(round.getId())).orElseThrow().getPool());
    assertEquals(201, call(manager1, team1.get(1), "追加の枠で").statusCode());
    assertEquals(422, call(manager1, team1.get(2), "枠がない").statusCode());
  }

  private long noticesTo(String nominee, String manager) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notice n WHERE n.dedupeKey LIKE 'nomination:%'"
                + " AND n.staff.employeeNo IN :nos",
            Long.class)
        .setParameter("nos", List.of(nominee, manager))
        .getSingleResult();
  }

  private static Nomination byPerson(List<Nomination> all, String no) {
    return all.stream()
        .filter(n -> n.getStaff().getEmployeeNo().equals(no))
        .findFirst()
        .orElseThrow();
  }

  private DepartmentQuota quotaOf(String unit) throws Exception {
    return office.call(() -> nominations.quotas(round.getId())).stream()
        .filter(q -> q.getUnitCode().equals(unit))
        .findFirst()
        .orElseThrow();
  }

  private Callable<HttpResponse<String>> nominate(
      String manager, String employeeNo, CountDownLatch start) {
    return () -> {
      start.await();
      return call(manager, employeeNo, "同時に推薦");
    };
  }

  private HttpResponse<String> call(String manager, String employeeNo, String reason)
      throws Exception {
    WebSession client = new WebSession(Servers.base());
    return client.send(
        HttpRequest.newBuilder(client.uri("api/nominations/" + round.getId()))
            .header("Authorization", WebSession.basic(manager, PASSWORD))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"employeeNo\": \"" + employeeNo + "\", \"reason\": \"" + reason + "\"}"))
            .build());
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
