package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.curriculum.entity.OfferingRuleException;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.RegistryEvents;
import jp.city.lms.registry.entity.StaffEvent;
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
 * Enrolment against the real database, through the REST contract: seats and the waitlist under 200
 * requests at once, promotion on withdrawal, every refusal with its status, and the learning of a
 * person for whom may see it.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

  private static final String PASSWORD = "enrol-pass-1";
  private static final String NO_TIER_COURSE = "POS-NEW-HIRE";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB Offerings offerings;
  @EJB Enrolments enrolments;
  @EJB AsTrainingOffice office;
  @Inject CityClock clock;
  @Inject jakarta.enterprise.event.Event<RegistryEvents> registryEvents;

  @PersistenceContext EntityManager em;

  private String unit;
  private String officer;
  private String chief;
  private String clerk;
  private String other;
  private String leaver;

  @BeforeEach
  void aUnitWithItsChiefStaffAndAnOfficer() {
    String prefix = TestData.unique();
    unit = prefix + "E";
    data.unit(unit, "受講課", "課", null);
    chief = prefix + "H";
    clerk = prefix + "A";
    other = prefix + "B";
    leaver = prefix + "L";
    officer = prefix + "O";
    data.staff(chief, "課長　一", "カチョウ　ハジメ", unit, "課長", StaffStatus.ACTIVE);
    data.staff(clerk, "受講　二", "ジュコウ　ジ", unit, "係員", StaffStatus.ACTIVE, chief);
    data.staff(other, "受講　三", "ジュコウ　サン", unit, "係員", StaffStatus.ACTIVE, chief);
    data.staff(leaver, "退職　四", "タイショク　シ", unit, "係員", StaffStatus.LEFT, chief);
    data.staff(officer, "研修　五", "ケンシュウ　ゴ", unit, "係員", StaffStatus.ACTIVE);
    data.account(chief, PASSWORD, Role.STAFF);
    data.account(clerk, PASSWORD, Role.STAFF);
    data.account(other, PASSWORD, Role.STAFF);
    data.account(officer, PASSWORD, Role.TRAINING_OFFICE);
  }

  @AfterEach
  void theClockIsTheCitysAgain() {
    clock.reset();
  }

  private long offering(String course, int capacity) throws Exception {
    LocalDateTime start = clock.today().plusDays(30).atTime(13, 30);
    OfferingPlan plan =
        new OfferingPlan(
            start,
            start.plusHours(3),
            start.toLocalDate().minusDays(10),
            "本庁舎 会議室",
            null,
            capacity,
            null);
    return office.call(() -> offerings.schedule(course, plan)).getId();
  }

  private static HttpResponse<String> call(String method, String path, String user, String body)
      throws Exception {
    WebSession client = new WebSession(Servers.base());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(client.uri(path))
            .header("Authorization", WebSession.basic(user, PASSWORD))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build());
  }

  private static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private static String enrol(String no) {
    return "{\"employeeNo\": \"" + no + "\"}";
  }

  @Test
  void twoHundredRequestsAtOnceForThirtySeatsEndAsThirtyEnrolledAndTheRestWaitingInOrder()
      throws Exception {
    long offering = offering(NO_TIER_COURSE, 30);
    List<String> people = new ArrayList<>();
    String prefix = TestData.unique();
    for (int i = 0; i < 200; i++) {
      String no = prefix + "C" + i;
      data.staff(no, "同時　" + i, null, unit, "係員", StaffStatus.ACTIVE);
      people.add(no);
    }
    // one signed-in session of the office, so that no request waits for a password hash
    WebSession session = WebSession.loggedIn(Servers.base(), officer, PASSWORD);
    String origin = Servers.base().getProtocol() + "://" + Servers.base().getAuthority();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (String no : people) {
      answers.add(
          session
              .client()
              .sendAsync(
                  HttpRequest.newBuilder(session.uri("api/offerings/" + offering + "/enrolments"))
                      .header("Content-Type", "application/json")
                      .header("Origin", origin)
                      .POST(HttpRequest.BodyPublishers.ofString(enrol(no)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
    }
    List<JsonObject> places = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> done = answer.get();
      assertEquals(201, done.statusCode(), done.body());
      places.add(json(done));
    }

    Map<String, List<JsonObject>> byStatus =
        places.stream().collect(Collectors.groupingBy(p -> p.getString("status")));
    assertEquals(30, byStatus.get("ENROLLED").size());
    assertEquals(170, byStatus.get("WAITLISTED").size());
    assertTrue(byStatus.get("ENROLLED").stream().allMatch(p -> p.isNull("waitlistPosition")));
    Set<Integer> positions =
        byStatus.get("WAITLISTED").stream()
            .map(p -> p.getInt("waitlistPosition"))
            .collect(Collectors.toSet());
    assertEquals(170, positions.size());
    assertEquals(1, positions.stream().mapToInt(Integer::intValue).min().orElseThrow());
    assertEquals(170, positions.stream().mapToInt(Integer::intValue).max().orElseThrow());

    // in the database: no one twice, seats in order of arrival, the counters agree with the rows
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.staff.employeeNo, e.status, e.arrival FROM Enrolment e"
                    + " WHERE e.offering.id = :o ORDER BY e.arrival",
                Object[].class)
            .setParameter("o", offering)
            .getResultList();
    assertEquals(200, rows.size());
    assertEquals(200, rows.stream().map(r -> r[0]).collect(Collectors.toSet()).size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(
          i < 30 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED,
          rows.get(i)[1],
          "arrival " + (i + 1));
    }
    JsonObject seats = json(call("GET", "api/offerings/" + offering, clerk, null));
    assertEquals(30, seats.getInt("enrolled"));
    assertEquals(170, seats.getInt("waitlisted"));
    assertEquals(0, seats.getInt("seatsLeft"));

    // a withdrawal gives the seat to the first on the waitlist, in the same transaction
    String firstSeated = (String) rows.get(0)[0];
    String firstWaiting = (String) rows.get(30)[0];
    assertEquals(
        204,
        call("DELETE", "api/offerings/" + offering + "/enrolments/" + firstSeated, officer, null)
            .statusCode());
    assertEquals(
        EnrolmentStatus.ENROLLED,
        em.createQuery(
                "SELECT e.status FROM Enrolment e WHERE e.offering.id = :o"
                    + " AND e.staff.employeeNo = :no AND e.live = true",
                EnrolmentStatus.class)
            .setParameter("o", offering)
            .setParameter("no", firstWaiting)
            .getSingleResult());
    seats = json(call("GET", "api/offerings/" + offering, clerk, null));
    assertEquals(30, seats.getInt("enrolled"));
    assertEquals(169, seats.getInt("waitlisted"));

    // the capacity cannot go below the seats taken; cancelling ends every place
    OfferingPlan smaller = office.call(() -> offerings.find(offering).orElseThrow().plan());
    smaller.setCapacity(29);
    assertEquals(
        "belowEnrolled",
        assertThrowsRule(() -> office.call(() -> offerings.change(offering, smaller))));
    office.call(() -> offerings.cancel(offering, "会場の都合"));
    assertEquals(
        0L,
        em.createQuery(
                "SELECT COUNT(e) FROM Enrolment e WHERE e.offering.id = :o AND e.live = true",
                Long.class)
            .setParameter("o", offering)
            .getSingleResult());
    assertEquals(0, em.find(Offering.class, offering).getEnrolled());
  }

  private static String assertThrowsRule(org.junit.jupiter.api.function.Executable action) {
    return org.junit.jupiter.api.Assertions.assertThrows(OfferingRuleException.class, action)
        .violations()
        .get(0)
        .rule();
  }

  @Test
  void staffEnrolThemselvesAndEveryRuleAnswersItsStatus() throws Exception {
    long offering = offering(NO_TIER_COURSE, 1);
    String places = "api/offerings/" + offering + "/enrolments";

    HttpResponse<String> mine = call("POST", places, clerk, null);
    assertEquals(201, mine.statusCode(), mine.body());
    JsonObject place = json(mine);
    assertEquals(offering, place.getJsonNumber("offering").longValue());
    assertEquals(clerk, place.getString("employeeNo"));
    assertEquals("ENROLLED", place.getString("status"));
    assertEquals(JsonValue.NULL, place.get("waitlistPosition"));

    assertEquals(409, call("POST", places, clerk, enrol(clerk)).statusCode());
    HttpResponse<String> forSomeoneElse = call("POST", places, clerk, enrol(other));
    assertEquals(403, forSomeoneElse.statusCode());
    assertTrue(json(forSomeoneElse).containsKey("reason"));

    JsonObject waiting = json(call("POST", places, other, "{}"));
    assertEquals("WAITLISTED", waiting.getString("status"));
    assertEquals(1, waiting.getInt("waitlistPosition"));

    assertEquals(404, call("POST", "api/offerings/999999999/enrolments", clerk, null).statusCode());
    assertEquals(
        404, call("POST", places, officer, enrol("NOBODY-" + TestData.unique())).statusCode());
    HttpResponse<String> left = call("POST", places, officer, enrol(leaver));
    assertEquals(422, left.statusCode());
    assertTrue(json(left).getString("reason").contains("退職"), left.body());

    // someone else's place cannot be withdrawn by staff; their own can, and the waitlist moves up
    assertEquals(403, call("DELETE", places + "/" + other, clerk, null).statusCode());
    assertEquals(204, call("DELETE", places + "/" + clerk, clerk, null).statusCode());
    assertEquals(404, call("DELETE", places + "/" + clerk, clerk, null).statusCode());
    JsonObject learning = json(call("GET", "api/staff/" + other + "/learning", other, null));
    JsonArray theirs = learning.getJsonArray("enrolments");
    assertEquals("ENROLLED", theirs.getJsonObject(0).getString("status"));

    // after the deadline staff can neither enrol nor withdraw; the office still can
    clock.setToday(em.find(Offering.class, offering).getRegistrationDeadline().plusDays(1));
    HttpResponse<String> closed = call("POST", places, clerk, null);
    assertEquals(422, closed.statusCode());
    assertEquals("registration closed", json(closed).getString("error"), closed.body());
    assertEquals(422, call("DELETE", places + "/" + other, other, null).statusCode());
    assertEquals(204, call("DELETE", places + "/" + other, officer, null).statusCode());
  }

  @Test
  void someoneWhoLeavesGivesTheirSeatToTheWaitlist() throws Exception {
    long offering = offering(NO_TIER_COURSE, 1);
    String places = "api/offerings/" + offering + "/enrolments";
    assertEquals(201, call("POST", places, clerk, null).statusCode());
    assertEquals(201, call("POST", places, other, null).statusCode());

    // as the registry tells it after an import commits
    registryEvents.fire(
        new RegistryEvents(
            List.of(
                new StaffEvent(
                    StaffEvent.Kind.LEFT, clerk, clock.today(), unit, null, "係員", null))));

    Map<String, EnrolmentStatus> statuses =
        em.createQuery(
                "SELECT e.staff.employeeNo, e.status FROM Enrolment e WHERE e.offering.id = :o",
                Object[].class)
            .setParameter("o", offering)
            .getResultStream()
            .collect(Collectors.toMap(r -> (String) r[0], r -> (EnrolmentStatus) r[1]));
    assertEquals(EnrolmentStatus.CANCELLED, statuses.get(clerk));
    assertEquals(EnrolmentStatus.ENROLLED, statuses.get(other));
  }

  @Test
  void aTierCourseNeedsThePrerequisiteTier() throws Exception {
    long silver = offering("SV-BPR", 10);
    String places = "api/offerings/" + silver + "/enrolments";

    HttpResponse<String> refused = call("POST", places, clerk, null);
    assertEquals(422, refused.statusCode());
    assertTrue(json(refused).getString("reason").contains("ブロンズ"), refused.body());

    data.achieved(clerk, "bronze", LocalDate.of(2024, 6, 1));
    assertEquals(201, call("POST", places, clerk, null).statusCode());
  }

  @Test
  void offeringsAreScheduledByTheOfficeWithTheFieldOfABrokenRule() throws Exception {
    String start = clock.today().plusDays(40) + "T13:30";
    String end = clock.today().plusDays(40) + "T17:30";
    String deadline = clock.today().plusDays(30).toString();
    String body =
        "{\"course\": \"SV-BPR\", \"start\": \"%s\", \"end\": \"%s\", \"venue\": \"本庁舎\","
            + " \"capacity\": %d, \"deadline\": \"%s\"}";

    HttpResponse<String> created =
        call("POST", "api/offerings", officer, body.formatted(start, end, 30, deadline));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject offering = json(created);
    assertEquals("SV-BPR", offering.getString("course"));
    assertEquals(start, offering.getString("start"));
    assertEquals(30, offering.getInt("seatsLeft"));
    JsonObject read = json(call("GET", "api/offerings/" + offering.getInt("id"), clerk, null));
    Set<String> contract =
        Set.of(
            "id",
            "course",
            "start",
            "end",
            "capacity",
            "enrolled",
            "waitlisted",
            "seatsLeft",
            "status");
    assertTrue(read.keySet().containsAll(contract), read.toString());
    assertEquals("SCHEDULED", read.getString("status"));

    assertEquals(
        "capacity",
        json(call("POST", "api/offerings", officer, body.formatted(start, end, 0, deadline)))
            .getString("field"));
    assertEquals(
        "end",
        json(call("POST", "api/offerings", officer, body.formatted(end, start, 10, deadline)))
            .getString("field"));
    assertEquals(
        "deadline",
        json(call(
                "POST",
                "api/offerings",
                officer,
                body.formatted(start, end, 10, clock.today().plusDays(41))))
            .getString("field"));
    HttpResponse<String> unknown =
        call(
            "POST",
            "api/offerings",
            officer,
            body.formatted(start, end, 10, deadline).replace("SV-BPR", "NO-SUCH-COURSE"));
    assertEquals(422, unknown.statusCode());
    assertEquals("course", json(unknown).getString("field"));
    assertEquals(
        403,
        call("POST", "api/offerings", clerk, body.formatted(start, end, 5, deadline)).statusCode());
    assertEquals(404, call("GET", "api/offerings/999999999", clerk, null).statusCode());
  }

  @Test
  void aPersonsLearningIsForThemTheirManagerAndTheOffice() throws Exception {
    data.achieved(clerk, "bronze", LocalDate.of(2024, 6, 1));
    String path = "api/staff/" + clerk + "/learning";

    JsonObject own = json(call("GET", path, clerk, null));
    assertEquals(clerk, own.getString("employeeNo"));
    JsonObject tier = own.getJsonArray("tiers").getJsonObject(0);
    assertEquals("bronze", tier.getString("tier"));
    assertEquals("2024-06-01", tier.getString("achievedOn"));
    assertEquals(2024, tier.getInt("fiscalYear"));
    assertEquals(200, call("GET", path, chief, null).statusCode());
    assertEquals(200, call("GET", path, officer, null).statusCode());
    assertEquals(403, call("GET", path, other, null).statusCode());
    assertEquals(
        404,
        call("GET", "api/staff/NOBODY" + TestData.unique() + "/learning", officer, null)
            .statusCode());
  }
}
