package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/completions} as an e-learning platform's script calls it (HTTP Basic, multipart,
 * contract v1): every rejection kind with its file, line, field and reason, the whole-file
 * refusals, dry run, apply, re-import, the tiers the completions make people achieve, and who may
 * call it. Each test makes its own people (and courses) under new numbers, on the demo city's
 * server.
 */
@ExtendWith(ArquillianExtension.class)
class CompletionImportIT {

  private static final String BOUNDARY = "lms-completions-3c9a";
  private static final String HEADER = "職員番号,講座コード,修了日,結果,得点,提供元\r\n";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @EJB LearningData learning;
  @Inject CityClock clock;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> logins = DemoData.logins();

  private String unit;

  @BeforeEach
  void unit() {
    unit = "CI" + TestData.unique();
    data.unit(unit, "修了取込試験課 " + unit, "課", null);
  }

  private String person(StaffStatus status) {
    String number = "C" + TestData.unique();
    data.staff(number, "取込 " + number, "トリコミ", unit, "係員", status);
    return number;
  }

  @Test
  void everyRejectionKindNamesFileLineFieldAndReason() throws Exception {
    String worker = person(StaffStatus.ACTIVE);
    String leaver = person(StaffStatus.LEFT); // worked 2023-04-01 to 2024-03-31
    LocalDate tomorrow = clock.today().plusDays(1);
    String csv =
        HEADER
            + worker
            + ",BR-SECURITY,2024-06-01,修了,90,LMS-A\r\n" // 2 ok
            + "NOBODY"
            + TestData.unique()
            + ",BR-SECURITY,2024-06-01,,,\r\n" // 3
            + worker
            + ",NO-SUCH-COURSE,2024-06-01,,,\r\n" // 4
            + worker
            + ",BR-DX-INTRO,2024.06.01,,,\r\n" // 5
            + worker
            + ",BR-DX-INTRO,"
            + tomorrow
            + ",,,\r\n" // 6
            + leaver
            + ",BR-DX-INTRO,2024-04-01,,,\r\n" // 7 on the day they left
            + worker
            + ",BR-DX-INTRO,2024-06-02,合格,,\r\n" // 8
            + worker
            + ",BR-DX-INTRO,2024-06-03,,120,\r\n" // 9
            + worker
            + ",BR-SECURITY,2024/06/01,修了,90,LMS-A\r\n" // 10 repeats line 2
            + leaver
            + ",BR-DX-INTRO,2024-03-31,未修了,40,\r\n" // 11 ok: before leaving
            + ",BR-DX-INTRO,2024-06-03,,,\r\n"; // 12 blank number
    HttpResponse<String> dry = post("dryRun=true", Role.TRAINING_OFFICE, "en", bytes(csv));
    assertEquals(200, dry.statusCode(), dry.body());
    JsonObject report = json(dry);
    assertEquals(
        List.of("run", "outcome", "counts", "tiersAchieved", "rejected", "refusedBecause"),
        List.copyOf(report.keySet()),
        "the contract's order");
    assertEquals("DRY_RUN", report.getString("outcome"));
    assertEquals(counts(2, 0, 9), report.getJsonObject("counts"));
    assertEquals(JsonValue.NULL, report.get("refusedBecause"));
    assertTrue(learning.completions(worker).isEmpty(), "a dry run records nothing");

    List<JsonObject> rejected = report.getJsonArray("rejected").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(
            "3 職員番号 no one with employee number",
            "4 講座コード course code \"NO-SUCH-COURSE\" is not in the content",
            "5 修了日 \"2024.06.01\" is not a real date",
            "6 修了日 is in the future",
            "7 修了日 is after the person left (on 2024-04-01)",
            "8 結果 result \"合格\"",
            "9 得点 score \"120\"",
            "10 修了日 repeats the completion on line 2",
            "12 職員番号 required value \"職員番号\" is blank"),
        rejected.stream()
            .map(
                r -> {
                  assertEquals("completions.csv", r.getString("file"));
                  assertEquals(List.of("file", "line", "field", "reason"), List.copyOf(r.keySet()));
                  String expected = expectedStart(r);
                  return expected;
                })
            .toList());

    HttpResponse<String> applied = post("", Role.TRAINING_OFFICE, "ja", bytes(csv));
    assertEquals(200, applied.statusCode(), applied.body());
    JsonObject done = json(applied);
    assertEquals("APPLIED", done.getString("outcome"));
    assertEquals(counts(2, 0, 9), done.getJsonObject("counts"));
    String reason = done.getJsonArray("rejected").getJsonObject(0).getString("reason");
    assertTrue(reason.contains("名簿にいません"), reason);
    assertEquals(List.of("BR-SECURITY:2024-06-01:true:90:LMS-A"), learning.completions(worker));
    assertEquals(List.of("BR-DX-INTRO:2024-03-31:false:40:null"), learning.completions(leaver));
    assertEquals(
        1, learning.audited("completions.imported", "completion run " + done.getInt("run")));

    JsonObject again = json(post("", Role.TRAINING_OFFICE, "ja", bytes(csv)));
    assertEquals("APPLIED", again.getString("outcome"));
    assertEquals(counts(0, 2, 9), again.getJsonObject("counts"), "re-importing changes nothing");
    assertEquals(0, again.getInt("tiersAchieved"));
    assertEquals(List.of("BR-SECURITY:2024-06-01:true:90:LMS-A"), learning.completions(worker));

    // the same completion with another score is recorded again, not twice
    String changed = HEADER + worker + ",BR-SECURITY,2024-06-01,修了,95,LMS-A\r\n";
    assertEquals(
        counts(1, 0, 0),
        json(post("", Role.TRAINING_OFFICE, "ja", bytes(changed))).getJsonObject("counts"));
    assertEquals(List.of("BR-SECURITY:2024-06-01:true:95:LMS-A"), learning.completions(worker));
  }

  /** The row's line, field and the start of its English reason, as listed in the test. */
  private static String expectedStart(JsonObject r) {
    String reason = r.getString("reason");
    String line = r.getInt("line") + " " + r.getString("field") + " ";
    String[] starts = {
      "no one with employee number",
      "course code \"NO-SUCH-COURSE\" is not in the content",
      "\"2024.06.01\" is not a real date",
      "is in the future",
      "is after the person left (on 2024-04-01)",
      "result \"合格\"",
      "score \"120\"",
      "repeats the completion on line 2",
      "required value \"職員番号\" is blank"
    };
    for (String start : starts) {
      if (reason.contains(start)) {
        return line + start;
      }
    }
    return line + reason;
  }

  @Test
  void wholeFileRefusalsChangeNothingAndAnswer422() throws Exception {
    String worker = person(StaffStatus.ACTIVE);
    String row = worker + ",BR-SECURITY,2024-06-01,,,\r\n";
    Map<String, byte[]> files =
        Map.of(
            "empty",
            new byte[0],
            "header only",
            bytes(HEADER),
            "missing column",
            bytes("職員番号,修了日\r\n" + worker + ",2024-06-01\r\n"),
            "undecodable",
            new byte[] {'a', (byte) 0x82, (byte) 0xFF, '\r', '\n', 'b'});
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      HttpResponse<String> response = post("", Role.ADMIN, "en", file.getValue());
      assertEquals(422, response.statusCode(), file.getKey() + ": " + response.body());
      JsonObject json = json(response);
      assertEquals("REFUSED", json.getString("outcome"), file.getKey());
      assertTrue(json.getString("refusedBecause").contains("completions.csv"), json.toString());
      assertEquals(counts(0, 0, 0), json.getJsonObject("counts"));
    }
    assertTrue(
        json(post("", Role.ADMIN, "en", files.get("missing column")))
            .getString("refusedBecause")
            .contains("course_code"));
    assertTrue(learning.completions(worker).isEmpty());
    assertEquals(200, post("dryRun=true", Role.ADMIN, "en", bytes(HEADER + row)).statusCode());
  }

  @Test
  void completionsInAnyOrderMakeBronzeThenSilverWithTheRightDates() throws Exception {
    String person = person(StaffStatus.ACTIVE);
    // two of the bronze courses, the later ones first
    JsonObject first =
        json(
            post(
                "",
                Role.TRAINING_OFFICE,
                "ja",
                bytes(
                    HEADER
                        + person
                        + ",BR-SECURITY,2024-06-01,,,\r\n"
                        + person
                        + ",BR-DX-BASICS,2024-05-01,,,\r\n"
                        + person
                        + ",BR-DX-PROMO,2024-03-01,未修了,,\r\n")));
    assertEquals(0, first.getInt("tiersAchieved"));
    assertTrue(learning.tiers(person).isEmpty());
    // silver's courses before bronze is complete: silver needs bronze first
    JsonObject silverFirst =
        json(
            post(
                "",
                Role.TRAINING_OFFICE,
                "ja",
                bytes(
                    "employee_no,course_code,completed_on\r\n"
                        + person
                        + ",SV-KINTONE,2024-07-01\r\n"
                        + person
                        + ",SV-BPR,2024-07-02\r\n"
                        + person
                        + ",SV-ONLINE-FORMS,2024-07-03\r\n"
                        + person
                        + ",SV-DATA,2024-07-04\r\n")));
    assertEquals(0, silverFirst.getInt("tiersAchieved"));
    assertTrue(learning.tiers(person).isEmpty());
    // the rest of bronze, earlier than the rest: bronze on the last of them, silver after it
    JsonObject rest =
        json(
            post(
                "",
                Role.TRAINING_OFFICE,
                "ja",
                bytes(
                    HEADER
                        + person
                        + ",BR-DX-PROMO,2024-04-10,修了,,\r\n"
                        + person
                        + ",BR-DX-INTRO,2024-03-20,修了,,\r\n")));
    assertEquals(2, rest.getInt("tiersAchieved"), rest.toString());
    assertEquals(
        List.of("bronze:2024-06-01:2024", "silver:2024-07-04:2024"), learning.tiers(person));

    // the tier's date is that of the completion that met it, counted in its fiscal year
    String early = person(StaffStatus.ACTIVE);
    json(
        post(
            "",
            Role.TRAINING_OFFICE,
            "ja",
            bytes(
                HEADER
                    + early
                    + ",BR-DX-INTRO,2025-03-31,,,\r\n"
                    + early
                    + ",BR-DX-PROMO,2024-04-01,,,\r\n"
                    + early
                    + ",BR-DX-BASICS,2024-04-01,,,\r\n"
                    + early
                    + ",BR-SECURITY,2024-04-01,,,\r\n")));
    assertEquals(List.of("bronze:2025-03-31:2024"), learning.tiers(early), "FY2024 ends 31 March");
  }

  @Test
  void aRetiredCourseIsACourse() throws Exception {
    String course = "IT-RET-" + TestData.unique();
    learning.retiredCourse(course);
    String worker = person(StaffStatus.ACTIVE);
    JsonObject json =
        json(
            post(
                "",
                Role.TRAINING_OFFICE,
                "ja",
                bytes(HEADER + worker + "," + course + ",2024-01-15,,,\r\n")));
    assertEquals(counts(1, 0, 0), json.getJsonObject("counts"), json.toString());
    assertEquals(List.of(course + ":2024-01-15:true:null:null"), learning.completions(worker));
  }

  @Test
  void windows31jWithEnglishHeadersInAnotherOrderAndFullWidthDigits() throws Exception {
    String worker = person(StaffStatus.ACTIVE);
    String csv =
        "source,completed_on,memo,course_code,employee_no,result,score\r\n"
            + "\"e-ラーニング, 第2期\",２０２４/０６/０１,x,BR-SECURITY,"
            + worker
            + ",completed,８０\r\n";
    JsonObject json =
        json(post("", Role.TRAINING_OFFICE, "ja", csv.getBytes(Charset.forName("windows-31j"))));
    assertEquals(counts(1, 0, 0), json.getJsonObject("counts"), json.toString());
    assertEquals(
        List.of("BR-SECURITY:2024-06-01:true:80:e-ラーニング, 第2期"), learning.completions(worker));
  }

  @Test
  void onlyTheTrainingOfficeAndAdministrators() throws Exception {
    String worker = person(StaffStatus.ACTIVE);
    byte[] csv = bytes(HEADER + worker + ",BR-SECURITY,2024-06-01,,,\r\n");
    HttpResponse<String> staff = post("", Role.STAFF, "ja", csv);
    assertEquals(403, staff.statusCode());
    assertTrue(json(staff).containsKey("reason"), staff.body());
    assertEquals(403, post("", Role.MANAGER, "ja", csv).statusCode());
    assertEquals(403, post("", Role.HR_FEED, "ja", csv).statusCode());
    assertEquals(401, post("", "none", "ja", csv).statusCode());
    assertTrue(learning.completions(worker).isEmpty());
    HttpResponse<String> noPart = send(multipart("", Role.ADMIN, "en", Map.of("other", csv)));
    assertEquals(400, noPart.statusCode(), noPart.body());
    assertEquals(List.of("error", "reason"), List.copyOf(json(noPart).keySet()));
    assertEquals(400, post("dryRun=maybe", Role.ADMIN, "en", csv).statusCode());
    assertTrue(learning.completions(worker).isEmpty());
  }

  private static JsonObject counts(int recorded, int unchanged, int rejected) {
    return Json.createObjectBuilder()
        .add("recorded", recorded)
        .add("unchanged", unchanged)
        .add("rejected", rejected)
        .build();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private HttpResponse<String> post(String query, String who, String language, byte[] file)
      throws Exception {
    return send(multipart(query, who, language, Map.of("completions", file)));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest multipart(
      String query, String who, String language, Map<String, byte[]> parts) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      body.write(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part.getKey()
                  + "\"; filename=\"completions.csv\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(part.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Servers.base() + "api/completions?" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (!who.equals("none")) {
      request.header("Authorization", WebSession.basic(logins.get(who), DemoData.PASSWORD));
    }
    return request.build();
  }
}
