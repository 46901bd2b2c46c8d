package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.boundary.Accounts;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manager reaches their scope and nothing else, on pages and REST: a section chief (課長, a head
 * position in the content) sees their section and the unit under it; a unit chief (係長, not a head
 * position) is a manager because someone reports to them, and sees their unit; anybody else sees
 * themself. Outside: 403.
 *
 * <pre>
 *   section T (課)  head H 課長            other section X (課)  O 係員
 *     unit U (係)   chief C 係長, R 係員 (reports to C)
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class ScopeIT {

  private static final String PASSWORD = "scope-pass-1";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB RegistryHistory history;
  @EJB Callers callers;
  @EJB Accounts accounts;
  @EJB AsAdmin admin;

  private String t;
  private String u;
  private String x;
  private String h;
  private String c;
  private String r;
  private String o;

  @BeforeEach
  void aSectionWithAUnitAndASectionBeside() {
    String prefix = TestData.unique();
    t = prefix + "T";
    u = prefix + "U";
    x = prefix + "X";
    h = prefix + "H";
    c = prefix + "C";
    r = prefix + "R";
    o = prefix + "O";
    data.unit(t, "範囲課", "課", null);
    data.unit(u, "範囲係", "係", t);
    data.unit(x, "隣接課", "課", null);
    data.staff(h, "課長　一", "カチョウ　ハジメ", t, "課長", StaffStatus.ACTIVE);
    data.staff(c, "係長　二", "カカリチョウ　ジ", u, "係長", StaffStatus.ACTIVE, h);
    data.staff(r, "係員　三", "カカリイン　サン", u, "係員", StaffStatus.ACTIVE, c);
    data.staff(o, "隣人　四", "リンジン　シ", x, "係員", StaffStatus.ACTIVE);
    for (String person : new String[] {h, c, r, o}) {
      data.account(person, PASSWORD, Role.STAFF);
    }
  }

  @Test
  void managersAreDerivedFromTheRegistryNotGranted() {
    assertTrue(accounts.forLogin(h).orElseThrow().roles().contains(Role.MANAGER), "head position");
    assertTrue(accounts.forLogin(c).orElseThrow().roles().contains(Role.MANAGER), "direct reports");
    assertFalse(accounts.forLogin(r).orElseThrow().roles().contains(Role.MANAGER));
    LocalDate today = LocalDate.now(jp.city.lms.platform.boundary.CityClock.ZONE);
    Scope chief = callers.scopeOf(c, today);
    assertEquals(Scope.Reach.SUBTREE, chief.reach());
    assertEquals(u, chief.unitCode());
    assertEquals(Scope.Reach.SELF, callers.scopeOf(r, today).reach());
    assertEquals(
        Scope.Reach.SELF, callers.scopeOf(c, TestData.SINCE.minusDays(1)).reach(), "not yet then");
  }

  @Test
  void aScopeHoldsTheUnitAndItsSubtreeAsOfTheDate() throws Exception {
    LocalDate today = LocalDate.now(jp.city.lms.platform.boundary.CityClock.ZONE);
    Scope head = callers.scopeOf(h, today);
    assertEquals(
        java.util.List.of(h, c, r),
        admin.call(() -> history.people(head, null)).stream().map(p -> p.employeeNo()).toList());
    assertThrows(OutOfScopeException.class, () -> admin.call(() -> history.people(head, x)));
    assertThrows(OutOfScopeException.class, () -> admin.call(() -> history.person(o, today, head)));
    assertEquals(r, admin.call(() -> history.person(r, today, head)).orElseThrow().employeeNo());
  }

  @Test
  void restAnswersWithinTheScopeAnd403Outside() throws Exception {
    assertEquals(200, rest(h, r), "head: a person in the unit below");
    assertEquals(200, rest(h, c));
    assertEquals(403, rest(h, o), "head: the section beside");
    assertEquals(200, rest(c, r), "unit chief: their report");
    assertEquals(200, rest(c, c), "themself");
    assertEquals(403, rest(c, h), "unit chief: the section above is outside");
    assertEquals(403, rest(c, o));
    assertEquals(200, rest(r, r), "staff: themself");
    assertEquals(403, rest(r, c), "staff: nobody else");
    HttpResponse<String> refused = restAnswer(c, o);
    assertTrue(refused.body().contains("\"error\""), refused.body());
    assertEquals(404, rest(h, "NO-SUCH-" + h));
  }

  @Test
  void theTeamPageShowsTheScopeAnd403Outside() throws Exception {
    WebSession head = WebSession.loggedIn(Servers.base(), h, PASSWORD);
    HttpResponse<String> team = head.get("manager/team.xhtml");
    assertEquals(200, team.statusCode());
    assertTrue(team.body().contains(c) && team.body().contains(r), "the unit below");
    assertTrue(team.body().contains("範囲課 &gt; 範囲係"), "units are named with the units above");
    assertFalse(team.body().contains(o), "not the section beside");
    assertEquals(200, head.get("manager/team.xhtml?unit=" + u).statusCode());
    assertEquals(403, head.get("manager/team.xhtml?unit=" + x).statusCode());
    assertEquals(400, head.get("manager/team.xhtml?asOf=yesterday").statusCode(), "not a date");

    WebSession chief = WebSession.loggedIn(Servers.base(), c, PASSWORD);
    HttpResponse<String> unit = chief.get("manager/team.xhtml");
    assertEquals(200, unit.statusCode());
    assertTrue(unit.body().contains(r));
    assertFalse(unit.body().contains(h), "the head of the section above is outside");
    assertEquals(403, chief.get("manager/team.xhtml?unit=" + t).statusCode());

    WebSession staff = WebSession.loggedIn(Servers.base(), r, PASSWORD);
    assertEquals(403, staff.get("manager/team.xhtml").statusCode(), "not a manager");
  }

  private static int rest(String caller, String whom) throws Exception {
    return restAnswer(caller, whom).statusCode();
  }

  private static HttpResponse<String> restAnswer(String caller, String whom) throws Exception {
    return Servers.getWithBasic("api/registry/staff/" + whom, caller, PASSWORD);
  }
}
