package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every role reaches only its pages (directory, registry import, catalogue, offerings, content),
 * checked on the server by direct URL (as someone typing the address would), and the REST face
 * answers 401 without valid credentials. Uses the demo city's logins.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> logins = DemoData.logins();

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "staff,           index.xhtml,            200",
    "staff,           office/directory.xhtml, 403",
    "manager,         office/directory.xhtml, 403",
    "training-office, office/directory.xhtml, 200",
    "admin,           office/directory.xhtml, 200",
    "training-office, admin/no-such-page.xhtml, 403",
    "staff,           office/registry-import.xhtml, 403",
    "manager,         office/registry-runs.xhtml, 403",
    "training-office, office/registry-import.xhtml, 200",
    "staff,           office/completions.xhtml, 403",
    "manager,         office/completions.xhtml, 403",
    "training-office, office/completions.xhtml, 200",
    "admin,           office/completions.xhtml, 200",
    "staff,           office/test-results.xhtml, 403",
    "manager,         office/test-results.xhtml, 403",
    "training-office, office/test-results.xhtml, 200",
    "admin,           office/registry-runs.xhtml, 200",
    "staff,           office/notices.xhtml, 403",
    "training-office, office/notices.xhtml, 200",
    "staff,           staff/catalogue.xhtml, 200",
    "staff,           staff/course.xhtml?code=SV-BPR, 200",
    "staff,           staff/skills.xhtml, 200",
    "manager,         staff/skills.xhtml, 200",
    "training-office, staff/skills.xhtml, 200",
    "staff,           staff/skill-map.xhtml, 200",
    "manager,         staff/skill-map.xhtml?category=DSS-L-HOW, 200",
    "training-office, staff/skill-map.xhtml, 200",
    "training-office, staff/talent-search.xhtml?skill1=DSS-L-HOW-02&level1=2, 200",
    "staff,           office/offerings.xhtml, 403",
    "staff,           admin/content.xhtml, 403",
    "manager,         staff/catalogue.xhtml, 200",
    "manager,         office/offerings.xhtml, 403",
    "training-office, office/offerings.xhtml, 200",
    "training-office, admin/content.xhtml, 403",
    "admin,           admin/content.xhtml, 200",
    "admin,           office/offerings.xhtml, 200",
    "staff,           reports/progress.xhtml, 403",
    "manager,         reports/progress.xhtml, 200",
    "training-office, reports/progress.xhtml, 200",
    "admin,           reports/progress.xhtml, 200",
    "staff,           reports/skill-evaluation.xhtml, 403",
    "manager,         reports/skill-evaluation.xhtml, 403",
    "training-office, reports/skill-evaluation.xhtml, 200",
    "admin,           reports/skill-evaluation.xhtml, 200",
    "staff,           manager/no-such-page.xhtml, 403"
  })
  void eachRoleReachesOnlyItsPages(String role, String page, int status) throws Exception {
    WebSession session = WebSession.loggedIn(base, logins.get(role), DemoData.PASSWORD);
    assertEquals(status, session.get(page).statusCode());
  }

  @Test
  void theHrFeedCannotLogInToPagesAndBasicIsNoLoginOnPages() throws Exception {
    WebSession feed = new WebSession(base);
    HttpResponse<String> login = feed.logIn(Role.HR_FEED, DemoData.PASSWORD);
    assertEquals(200, login.statusCode(), "the login page again, with its message");
    assertEquals(302, feed.get("index.xhtml").statusCode());
    for (String user : new String[] {logins.get(Role.ADMIN), Role.HR_FEED}) {
      HttpResponse<String> page = get("office/directory.xhtml", user, DemoData.PASSWORD);
      assertEquals(302, page.statusCode(), user);
      assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }
  }

  @Test
  void basicOnTheRestFaceOpensNoSession() throws Exception {
    HttpResponse<String> answer =
        get("api/registry/staff/0000000", logins.get(Role.ADMIN), DemoData.PASSWORD);
    assertEquals(404, answer.statusCode(), answer.body());
    assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), answer.headers().toString());
  }

  @Test
  void anonymousPeopleAreSentToTheLoginPage() throws Exception {
    for (String page : new String[] {"", "index.xhtml", "office/directory.xhtml"}) {
      HttpResponse<String> response = get(page, null, null);
      assertEquals(302, response.statusCode(), page);
      assertTrue(
          response.headers().firstValue("Location").orElseThrow().endsWith("/lms/login.xhtml"),
          page);
    }
    assertEquals(200, get("login.xhtml", null, null).statusCode());
  }

  @Test
  void readinessIsOpenToAnyoneAndChecksTheDatabase() throws Exception {
    HttpResponse<String> response = get("api/health", null, null);
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    assertTrue(response.body().matches(".*\"database\":\"(H2|MySQL|MariaDB)\".*"), response.body());
  }

  @Test
  void restWithoutValidCredentialsIsUnauthorized() throws Exception {
    HttpResponse<String> anonymous = get("api/registry/staff/0000000", null, null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertTrue(anonymous.body().contains("\"error\""), anonymous.body());
    assertTrue(
        anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(401, get("api/registry/staff/0000000", Role.HR_FEED, "wrong").statusCode());
    assertEquals(401, get("api/registry/staff/0000000", "nobody-here", "demo").statusCode());
  }

  private HttpResponse<String> get(String page, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + page));
    if (user != null) {
      String token = user + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
