package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress toward the target at the size of the city, on demand ({@code ./mvnw verify -Pbenchmark
 * -Dit.test=RegistryImportBenchmark,ProgressBenchmark}, see README). On the registry of 20,000
 * staff the registry benchmark leaves (or one it imports), with the achievements the learning
 * benchmark recorded, or when there are few, those of a city that trained 9,000 bronze, 2,600
 * silver and 160 gold over the three years (written by JDBC). Prints, as the server answers over
 * HTTP on this machine: {@code GET /api/progress} for the city and for a bureau head, the dashboard
 * page for both (goals p95 50 ms), and the indicator sheet's Excel export (goal 1 s).
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
    city.ensure();
    if (count(dataSource, "SELECT COUNT(*) FROM tier_achievement") < 5_000) {
      achievements(dataSource);
    }
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s %,d staff, %,d tier achievements, %,d enrolments%n",
        "progress: data",
        count(dataSource, "SELECT COUNT(*) FROM staff"),
        count(dataSource, "SELECT COUNT(*) FROM tier_achievement"),
        count(dataSource, "SELECT COUNT(*) FROM enrolment"));
    String officer = first(dataSource, "係員");
    String head = first(dataSource, "局長");
    data.account(officer, PASSWORD, Role.TRAINING_OFFICE);
    data.account(head, PASSWORD, Role.STAFF);

    time("GET /api/progress (city)", () -> rest(officer));
    time("GET /api/progress (a bureau head)", () -> rest(head));
    WebSession office = WebSession.loggedIn(Servers.base(), officer, PASSWORD);
    time("dashboard page (city)", () -> page(office));
    WebSession manager = WebSession.loggedIn(Servers.base(), head, PASSWORD);
    time("dashboard page (a bureau head)", () -> page(manager));
    String page = office.get("reports/progress.xhtml").body();
    Matcher state = VIEW_STATE.matcher(page);
    assertTrue(state.find(), "a view state");
    String origin = Servers.base().getProtocol() + "://" + Servers.base().getAuthority();
    long started = System.nanoTime();
    HttpResponse<String> sheet =
        office.post(
            "reports/progress.xhtml",
            Map.of(
                "sheet", "sheet",
                "sheet:export-xlsx", "sheet:export-xlsx",
                "jakarta.faces.ViewState", state.group(1)),
            origin);
    double millis = (System.nanoTime() - started) / 1e6;
    assertEquals(200, sheet.statusCode());
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s %6.1f ms (goal 1 s; %s)%n",
        "indicator sheet export (.xlsx)",
        millis,
        sheet.headers().firstValue("Content-Type").orElse("?"));
  }

  private static int rest(String user) throws Exception {
    HttpResponse<String> answer = Servers.getWithBasic("api/progress", user, PASSWORD);
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body().length();
  }

  private static int page(WebSession session) throws Exception {
    HttpResponse<String> answer = session.get("reports/progress.xhtml");
    assertEquals(200, answer.statusCode());
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
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT s.employee_no FROM assignment a JOIN staff s ON s.id = a.staff_id"
                    + " WHERE a.position = ? AND a.valid_to IS NULL AND a.status = 'ACTIVE'"
                    + " ORDER BY s.employee_no")) {
      statement.setString(1, position);
      try (ResultSet result = statement.executeQuery()) {
        assertTrue(result.next(), "nobody is " + position);
        return result.getString(1);
      }
    }
  }

  /** Bronze for 9,000, silver for 2,600 of them and gold for 160, dated over the three years. */
  static void achievements(DataSource dataSource) throws Exception {
    Random random = new Random(2023);
    try (Connection connection = dataSource.getConnection()) {
      List<Long> staff = new ArrayList<>();
      try (PreparedStatement statement =
              connection.prepareStatement("SELECT id FROM staff ORDER BY id");
          ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          staff.add(result.getLong(1));
        }
      }
      java.util.Collections.shuffle(staff, random);
      long id = count(connection, "SELECT COALESCE(MAX(id), 0) FROM tier_achievement") + 1;
      LocalDate start = LocalDate.of(2023, 4, 1);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO tier_achievement (id, staff_id, tier, achieved_on, fiscal_year,"
                  + " content_version_id, judged_at, version) VALUES (?, ?, ?, ?, ?, NULL, ?, 0)")) {
        int rows = 0;
        for (int i = 0; i < Math.min(9_000, staff.size()); i++) {
          LocalDate bronze = start.plusDays(random.nextInt(1_000));
          id = add(insert, id, staff.get(i), "bronze", bronze);
          if (i < 2_600) {
            LocalDate silver = bronze.plusDays(30 + random.nextInt(60));
            id = add(insert, id, staff.get(i), "silver", silver);
            if (i < 160) {
              id = add(insert, id, staff.get(i), "gold", silver.plusDays(60 + random.nextInt(90)));
            }
          }
          if (++rows % 1_000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement gen =
          connection.prepareStatement(
              "UPDATE id_gen SET next_val = ? WHERE gen_name = 'tier_achievement'")) {
        gen.setLong(1, id + 100);
        gen.executeUpdate();
      }
    }
  }

  private static long add(PreparedStatement insert, long id, long staff, String tier, LocalDate on)
      throws Exception {
    insert.setLong(1, id);
    insert.setLong(2, staff);
    insert.setString(3, tier);
    insert.setDate(4, Date.valueOf(on));
    insert.setInt(5, FiscalYear.of(on).getYear());
    insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
    insert.addBatch();
    return id + 1;
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
