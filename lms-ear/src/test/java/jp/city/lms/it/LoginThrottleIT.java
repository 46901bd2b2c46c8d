package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import jp.city.lms.audit.boundary.AuditLog;
import jp.city.lms.audit.entity.AuditEntry;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is slowed down on the login form and on HTTP Basic alike: after five failures
 * for an account even the right password is refused for a while, with the same answer as a wrong
 * one and the same for a name that is no account; failures and lockouts go into the audit log. Each
 * test uses an account of its own, so that no other test is locked out. (The growth of the lock and
 * the limit per address are proven by {@code LoginThrottleTest}; the tests' server raises the limit
 * per address, since every test logs in from the same address.)
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB AuditLog log;
  @EJB AsAdmin admin;

  private static final String PASSWORD = "correct horse";

  /** The application as a client reaches it from this server. */
  private static URL base() {
    return Servers.base();
  }

  private String person() {
    String unit = "TH" + TestData.unique();
    data.unit(unit, "スロットル課", "課", null);
    String employeeNo = "9" + TestData.unique();
    data.staff(employeeNo, "試験 太郎", "シケン タロウ", unit, "係員", StaffStatus.ACTIVE);
    data.account(employeeNo, PASSWORD, Role.STAFF);
    return employeeNo;
  }

  @Test
  void theLoginFormRefusesEvenTheRightPasswordAfterFiveFailures() throws Exception {
    String employeeNo = person();
    assertEquals(302, new WebSession(base()).logIn(fullWidth(employeeNo), PASSWORD).statusCode());
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong = new WebSession(base()).logIn(employeeNo, "wrong " + i);
      assertEquals(200, wrong.statusCode(), "the login page again");
    }
    HttpResponse<String> right = new WebSession(base()).logIn(employeeNo, PASSWORD);
    assertEquals(200, right.statusCode(), "refused although right");
    assertTrue(right.body().contains("login"), right.body());

    List<AuditEntry> failures = audit("login.failed", employeeNo);
    assertEquals(5, failures.size());
    assertTrue(failures.get(0).getDetail().contains("from "), failures.get(0).getDetail());
    assertEquals(1, audit("login.locked", employeeNo).size());
    assertEquals(1, audit("login.refused", employeeNo).size());
  }

  @Test
  void httpBasicIsThrottledTheSameWay() throws Exception {
    String employeeNo = person();
    WebSession client = new WebSession(base());
    assertEquals(200, basic(client, employeeNo, PASSWORD).statusCode(), "in: their own record");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic(client, employeeNo, "wrong").statusCode());
    }
    assertEquals(401, basic(client, employeeNo, PASSWORD).statusCode(), "locked");
  }

  @Test
  void aNameThatIsNoAccountIsAnsweredExactlyLikeAnAccount() throws Exception {
    String nobody = "8" + TestData.unique();
    for (int i = 0; i < 5; i++) {
      assertEquals(200, new WebSession(base()).logIn(nobody, "guess " + i).statusCode());
    }
    assertEquals(200, new WebSession(base()).logIn(nobody, PASSWORD).statusCode());
    assertEquals(1, audit("login.locked", nobody).size());
  }

  private static HttpResponse<String> basic(WebSession client, String user, String password)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(client.uri("api/registry/staff/" + user))
            .header("Authorization", WebSession.basic(user, password))
            .build());
  }

  private List<AuditEntry> audit(String kind, String person) throws Exception {
    return admin.call(
        () ->
            log.find(
                new AuditLog.Search(
                    person, kind, CityClock.systemToday().minusDays(1), CityClock.systemToday()),
                0,
                100));
  }

  private static String fullWidth(String digits) {
    StringBuilder wide = new StringBuilder();
    digits
        .chars()
        .forEach(c -> wide.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
    return wide.toString();
  }
}
