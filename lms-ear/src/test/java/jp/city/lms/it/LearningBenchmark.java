package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.demo.control.LearningGenerator;
import jp.city.lms.demo.control.LearningLoader;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.learning.boundary.CompletionImport;
import jp.city.lms.learning.entity.CompletionRun;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learning loop at the size of the city, on demand ({@code ./mvnw verify -Pbenchmark}, see
 * README), after {@link RegistryImportBenchmark} (whose registry of 20,000 staff it uses, or
 * imports a city of its own when the registry is empty). Prints:
 *
 * <ol>
 *   <li>200 enrolment requests at once for 30 seats over REST: wall time, and the seats given
 *       (exactly 30, never more), three times;
 *   <li>100,000 completions imported from one CSV with tier achievement (goal 10 s);
 *   <li>with 1,000,000 enrolments in the database, the staff home page and the roster of an
 *       offering of 300 people as the server answers them over HTTP on this machine (goal p95 50
 *       ms).
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
class LearningBenchmark {

  private static final String DATASOURCE = "java:jboss/datasources/LmsDS";
  private static final String PASSWORD = "bench-pass-1";
  private static final long SEED = 2023;
  private static final int COMPLETIONS = 100_000;
  private static final int PAGE_CALLS = 200;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB BenchmarkCity city;
  @EJB Offerings offerings;
  @EJB Enrolments enrolments;
  @EJB CompletionImport completions;
  @EJB Curriculum curriculum;
  @EJB AsTrainingOffice office;
  @Inject CityClock clock;

  @Test
  void theLearningLoopAtCityScale() throws Exception {
    DataSource dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
    city.ensure();
    List<LearningGenerator.Person> people;
    try (Connection connection = dataSource.getConnection()) {
      people = LearningLoader.people(connection);
    }
    List<String> working =
        people.stream().filter(p -> p.employedOn(clock.today())).map(p -> p.employeeNo()).toList();
    String officer = working.get(0);
    data.account(officer, PASSWORD, Role.TRAINING_OFFICE);

    concurrentEnrolments(officer, working);
    importCompletions(people);
    pagesWithAMillionEnrolments(dataSource, people, officer, working);
  }

  /** Three times 200 requests at once for 30 seats, each time a new offering. */
  private void concurrentEnrolments(String officer, List<String> working) throws Exception {
    WebSession session = WebSession.loggedIn(Servers.base(), officer, PASSWORD);
    String origin = Servers.base().getProtocol() + "://" + Servers.base().getAuthority();
    for (int round = 1; round <= 3; round++) {
      long offering = offering(30);
      List<String> people = working.subList(round * 200, round * 200 + 200);
      long started = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (String no : people) {
        answers.add(
            session
                .client()
                .sendAsync(
                    HttpRequest.newBuilder(session.uri("api/offerings/" + offering + "/enrolments"))
                        .header("Content-Type", "application/json")
                        .header("Origin", origin)
                        .POST(
                            HttpRequest.BodyPublishers.ofString("{\"employeeNo\": \"" + no + "\"}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()));
      }
      int enrolled = 0;
      int waitlisted = 0;
      int other = 0;
      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        HttpResponse<String> done = answer.get();
        if (done.statusCode() != 201) {
          other++;
        } else if (done.body().contains("\"ENROLLED\"")) {
          enrolled++;
        } else {
          waitlisted++;
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "BENCHMARK %-44s %6.2f s (round %d: %d enrolled, %d waitlisted, %d other answers;"
              + " overbooked by %d)%n",
          "200 enrolments at once for 30 seats",
          seconds,
          round,
          enrolled,
          waitlisted,
          other,
          Math.max(0, enrolled - 30));
      assertEquals(30, enrolled);
      assertEquals(170, waitlisted);
    }
  }

  private long offering(int capacity) throws Exception {
    LocalDateTime start = clock.today().plusDays(40).atTime(13, 30);
    OfferingPlan plan =
        new OfferingPlan(
            start,
            start.plusHours(3),
            start.toLocalDate().minusDays(10),
            "ベンチマーク会場",
            null,
            capacity,
            null);
    return office.call(() -> offerings.schedule("POS-NEW-HIRE", plan)).getId();
  }

  /** 100,000 completions of the city's people from one file, with tier achievement. */
  private void importCompletions(List<LearningGenerator.Person> people) throws Exception {
    LearningGenerator generator =
        new LearningGenerator(
            SEED,
            people,
            curriculum.content(),
            clock.now(),
            LearningGenerator.Scale.of(people.size()),
            Map.of());
    Path file = Files.createTempFile("lms-bench-completions-", ".csv");
    LearningGenerator.writeCompletions(
        generator.completionsForImport(COMPLETIONS),
        file,
        StandardCharsets.UTF_8,
        false,
        COMPLETIONS);
    byte[] bytes = Files.readAllBytes(file);
    System.gc();
    long started = System.nanoTime();
    CompletionRun run =
        office.call(
            () ->
                completions.run(
                    CompletionRun.Channel.REST,
                    new CompletionImport.CompletionsFile("completions.csv", bytes),
                    false));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s %6.2f s (goal 10 s; %s: %,d recorded, %,d unchanged, %,d rejected,"
            + " %,d tiers achieved; %,d bytes)%n",
        "100,000 completions from one CSV",
        seconds,
        run.getOutcome(),
        run.getRecorded(),
        run.getUnchanged(),
        run.getRejected(),
        run.getTiersAchieved(),
        bytes.length);
  }

  /** Loads a million places, then times the home page and a roster of 300 over HTTP. */
  private void pagesWithAMillionEnrolments(
      DataSource dataSource,
      List<LearningGenerator.Person> people,
      String officer,
      List<String> working)
      throws Exception {
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s %,d enrolments, %,d completions, %,d tiers%n",
        "database now",
        count(dataSource, "SELECT COUNT(*) FROM enrolment"),
        count(dataSource, "SELECT COUNT(*) FROM completion"),
        count(dataSource, "SELECT COUNT(*) FROM tier_achievement"));

    // the home page of the person with the most places
    String busiest;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet top =
            statement.executeQuery(
                "SELECT s.employee_no, COUNT(*) FROM enrolment e JOIN staff s ON s.id = e.staff_id"
                    + " WHERE s.status = 'ACTIVE' GROUP BY s.employee_no ORDER BY 2 DESC LIMIT 1")) {
      top.next();
      busiest = top.getString(1);
    }
    data.account(busiest, PASSWORD, Role.STAFF);
    WebSession staff = WebSession.loggedIn(Servers.base(), busiest, PASSWORD);
    timePage(staff, "index.xhtml", "staff home page (" + busiest + ")");

    // a roster of 300
    long offering = offering(300);
    for (String no : working.subList(1_000, 1_300)) {
      office.call(() -> enrolments.enrol(offering, no));
    }
    WebSession roster = WebSession.loggedIn(Servers.base(), officer, PASSWORD);
    timePage(roster, "office/roster.xhtml?offering=" + offering, "roster of 300");
  }

  private static void timePage(WebSession session, String page, String what) throws Exception {
    for (int i = 0; i < 20; i++) {
      assertEquals(200, session.get(page).statusCode());
    }
    double[] millis = new double[PAGE_CALLS];
    long bytes = 0;
    for (int i = 0; i < PAGE_CALLS; i++) {
      long started = System.nanoTime();
      HttpResponse<String> answer = session.get(page);
      millis[i] = (System.nanoTime() - started) / 1e6;
      assertEquals(200, answer.statusCode());
      bytes = answer.body().length();
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK %-44s p50 %5.1f ms, p95 %5.1f ms, max %5.1f ms (goal p95 50 ms; %d calls,"
            + " %,d chars)%n",
        what,
        millis[PAGE_CALLS / 2],
        millis[(int) Math.ceil(PAGE_CALLS * 0.95) - 1],
        millis[PAGE_CALLS - 1],
        PAGE_CALLS,
        bytes);
  }

  private static long count(DataSource dataSource, String sql) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }
}
