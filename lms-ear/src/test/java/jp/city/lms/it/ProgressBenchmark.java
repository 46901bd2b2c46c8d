package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress toward the target at the size of the city, on demand ({@code ./mvnw verify -Pbenchmark
 * -Dit.test=RegistryImportBenchmark,ProgressBenchmark}, see README), on the city of {@link
 * BenchmarkCity}: 20,000 staff with the demo's learning history at that size and 1,000,000 places.
 * Prints, as the server answers over HTTP on this machine (goals p95 50 ms): {@code GET
 * /api/progress} for the city and for a bureau head in a logged-in session, and once with HTTP
 * Basic (which verifies the password's PBKDF2 hash on every call, by design), the dashboard and the
 * view by organisation for both, a unit's people, and the indicator sheet's Excel export (goal 1
 * s).
 */
@ExtendWith(ArquillianExtension.class)
class ProgressBenchmark {

  private static final String DATASOURCE = "java:jboss/datasources/LmsDS";
  private static final String PASSWORD = "bench-pass-1";
  private static final int CALLS = 200;
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB BenchmarkCity city;

  @Test
  void progressAtCityScale() throws Exception {
    DataSource dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
    long started = System.nanoTime();
    city.ensure();
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s %,d staff, %,d tier achievements, %,d enrolments, %,d completions,"
            + " %,d assessments (ready in %.1f s)%n",
        "progress: data",
        count(dataSource, "SELECT COUNT(*) FROM staff"),
        count(dataSource, "SELECT COUNT(*) FROM tier_achievement"),
        count(dataSource, "SELECT COUNT(*) FROM enrolment"),
        count(dataSource, "SELECT COUNT(*) FROM completion"),
        count(dataSource, "SELECT COUNT(*) FROM assessment"),
        (System.nanoTime() - started) / 1e9);
    String officer = first(dataSource, "係員");
    String head = first(dataSource, "局長");
    data.account(officer, PASSWORD, Role.TRAINING_OFFICE);
    data.account(head, PASSWORD, Role.STAFF);
    WebSession office = WebSession.loggedIn(Servers.base(), officer, PASSWORD);
    WebSession manager = WebSession.loggedIn(Servers.base(), head, PASSWORD);
    String origin = Servers.base().getProtocol() + "://" + Servers.base().getAuthority();

    time("GET /api/progress (city)", () -> get(office, "api/progress"));
    time("GET /api/progress (a bureau head)", () -> get(manager, "api/progress"));
    time("GET /api/progress (city, HTTP Basic)", () -> basic(officer));
    time("dashboard page (city)", () -> get(office, "reports/progress.xhtml"));
    time("dashboard page (a bureau head)", () -> get(manager, "reports/progress.xhtml"));
    time("by organisation, bureaus (city)", () -> get(office, "reports/progress-units.xhtml"));
    time(
        "by organisation, sections (a bureau head)",
        () -> get(manager, "reports/progress-units.xhtml?level=3"));
    String bureau = unitOf(dataSource, head);
    time(
        "a bureau's people (when achieved)",
        () -> get(office, "reports/progress-people.xhtml?by=achieved&unit=" + bureau));

    double[] exports = new double[10];
    String type = "";
    for (int i = 0; i < exports.length; i++) {
      Matcher state = VIEW_STATE.matcher(office.get("reports/indicators.xhtml").body());
      assertTrue(state.find(), "a view state");
      long exported = System.nanoTime();
      HttpResponse<String> sheet =
          office.post(
              "reports/indicators.xhtml",
              Map.of(
                  "sheet", "sheet",
                  "sheet:export-xlsx", "sheet:export-xlsx",
                  "jakarta.faces.ViewState", state.group(1)),
              origin);
      exports[i] = (System.nanoTime() - exported) / 1e6;
      assertEquals(200, sheet.statusCode());
      type = sheet.headers().firstValue("Content-Type").orElse("?");
    }
    double first = exports[0];
    Arrays.sort(exports);
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s first %6.1f ms, then p50 %6.1f ms, max %6.1f ms of 10 (goal 1 s; %s)%n",
        "indicator sheet export (.xlsx)",
        first,
        exports[5],
        exports[9],
        type);
  }

  private static int get(WebSession session, String path) throws Exception {
    HttpResponse<String> answer = session.get(path);
    assertEquals(200, answer.statusCode(), path);
    return answer.body().length();
  }

  private static int basic(String user) throws Exception {
    HttpResponse<String> answer = Servers.getWithBasic("api/progress", user, PASSWORD);
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body().length();
  }

  private static void time(String what, Callable<Integer> call) throws Exception {
    for (int i = 0; i < 20; i++) {
      call.call();
    }
    double[] millis = new double[CALLS];
    int size = 0;
    for (int i = 0; i < CALLS; i++) {
      long started = System.nanoTime();
      size = call.call();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s p50 %5.1f ms, p95 %5.1f ms, max %5.1f ms (goal p95 50 ms; %d calls,"
            + " %,d chars)%n",
        what,
        millis[CALLS / 2],
        millis[(int) Math.ceil(CALLS * 0.95) - 1],
        millis[CALLS - 1],
        CALLS,
        size);
  }

  /** Someone working today in that position: a bureau head is a manager of a whole bureau. */
  private static String first(DataSource dataSource, String position) throws Exception {
    return text(
        dataSource,
        "SELECT s.employee_no FROM assignment a JOIN staff s ON s.id = a.staff_id"
            + " WHERE a.position = ? AND a.valid_to IS NULL AND a.status = 'ACTIVE'"
            + " ORDER BY s.employee_no",
        position);
  }

  /** The bureau someone works in today: the first unit of their unit's path. */
  private static String unitOf(DataSource dataSource, String employeeNo) throws Exception {
    return text(
            dataSource,
            "SELECT u.path FROM assignment a JOIN staff s ON s.id = a.staff_id"
                + " JOIN org_unit u ON u.id = a.org_unit_id"
                + " WHERE s.employee_no = ? AND a.valid_to IS NULL",
            employeeNo)
        .split("/")[1];
  }

  /** The first row's text of a query with one parameter. */
  private static String text(DataSource dataSource, String sql, String parameter) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        assertTrue(result.next(), "nothing for " + parameter);
        return result.getString(1);
      }
    }
  }

  private static long count(DataSource dataSource, String sql) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return count(connection, sql);
    }
  }

  private static long count(Connection connection, String sql) throws Exception {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }
}
