package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The registry feed's REST face as the HR system and scripts see it: HTTP Basic, multipart uploads,
 * status codes and the JSON of contract v1. Uploads here are dry runs or refusals, which change
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryRestIT {

  private static final String BOUNDARY = "lms-boundary-7d1f";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private static byte[] orgs;
  private static byte[] staff;
  private static CityGenerator.Snapshot city;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> logins = DemoData.logins();

  @BeforeAll
  static void demoSnapshot() throws Exception {
    city = DemoData.city().snapshot(DemoData.currentFiscalYear());
    Path dir = Files.createTempDirectory("lms-rest-");
    CityGenerator.write(city, dir, StandardCharsets.UTF_8, true);
    orgs = Files.readAllBytes(dir.resolve("orgs.csv"));
    staff = Files.readAllBytes(dir.resolve("staff.csv"));
  }

  @Test
  void aDryRunAnswersTheContractsJson() throws Exception {
    HttpResponse<String> response =
        post(
            "effective=2031-04-01&dryRun=true&confirm=true",
            Role.HR_FEED,
            Map.of("orgs", orgs, "staff", staff));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = json(response);
    assertEquals("DRY_RUN", json.getString("outcome"));
    assertEquals("2031-04-01", json.getString("effective"));
    assertTrue(json.getJsonNumber("run").longValue() > 0);
    JsonObject counts = json.getJsonObject("counts");
    for (String count :
        new String[] {"hired", "transferred", "positionChanged", "left", "unchanged", "rejected"}) {
      assertTrue(counts.containsKey(count), count);
    }
    assertEquals(0, counts.getInt("rejected"));
    assertTrue(json.getJsonArray("rejected").isEmpty());
    assertTrue(json.isNull("refusedBecause"));
    assertEquals(
        List.of("run", "outcome", "effective", "counts", "orgs", "rejected", "refusedBecause"),
        List.copyOf(json.keySet()),
        "the contract's order");
    assertEquals(
        List.of(
            "hired", "transferred", "positionChanged", "left", "unchanged", "rejected", "updated"),
        List.copyOf(counts.keySet()));
  }

  @Test
  void aRefusedRunIs422WithTheReasonInTheCallersLanguage() throws Exception {
    Map<String, byte[]> parts = Map.of("orgs", orgs, "staff", new byte[0]);
    HttpResponse<String> japanese = post("dryRun=false", Role.HR_FEED, parts);
    assertEquals(422, japanese.statusCode());
    JsonObject json = json(japanese);
    assertEquals("REFUSED", json.getString("outcome"));
    assertTrue(json.getString("refusedBecause").contains("staff.csv"), json.toString());

    HttpRequest english =
        request("dryRun=false", Role.HR_FEED, parts).header("Accept-Language", "en").build();
    JsonObject inEnglish = json(http.send(english, HttpResponse.BodyHandlers.ofString()));
    String because = inEnglish.getString("refusedBecause");
    assertTrue(because.contains("staff.csv") && because.contains("empty"), because);
    assertTrue(because.chars().noneMatch(c -> c >= 0x3040 && c <= 0x9FFF), because);
  }

  @Test
  void rejectedRowsNameFileLineAndFieldAsAnEditorCountsLines() throws Exception {
    // English headers: employee_no,name,name_kana,org_code,... The first person's name spans two
    // lines.
    String[] lines = new String(staff, StandardCharsets.UTF_8).split("\r\n");
    String[] first = lines[1].split(",", -1);
    first[1] = "\"" + first[1] + "\n(旧姓)\"";
    lines[1] = String.join(",", first);
    String[] third = lines[3].split(",", -1);
    third[3] = "NOWHERE";
    lines[3] = String.join(",", third);
    byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        post("dryRun=true&confirm=true", Role.ADMIN, Map.of("orgs", orgs, "staff", bytes));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = json(response);
    assertEquals(1, json.getJsonObject("counts").getInt("rejected"));
    JsonObject rejected = json.getJsonArray("rejected").getJsonObject(0);
    assertEquals("staff.csv", rejected.getString("file"));
    assertEquals(5, rejected.getInt("line"), "header 1, first person 2-3, second 4, third 5");
    assertEquals("org_code", rejected.getString("field"));
    assertTrue(rejected.getString("reason").contains("NOWHERE"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
    "missing staff part, hr-feed, 400",
    "bad effective date, hr-feed, 400",
    "a learner, staff, 403",
    "the training office, training-office, 403",
    "a wrong password, wrong, 401",
    "nobody, none, 401"
  })
  void whoMayPushAndWhatIsMalformed(String what, String who, int status) throws Exception {
    Map<String, byte[]> parts =
        what.startsWith("missing") ? Map.of("orgs", orgs) : Map.of("orgs", orgs, "staff", staff);
    String query = what.startsWith("bad") ? "effective=2025-13-45" : "dryRun=true";
    assertEquals(status, post(query, who, parts).statusCode());
  }

  @Test
  void whoSomeoneWasOnADate() throws Exception {
    CityGenerator.Person someone = city.staff().get(0);
    HttpResponse<String> response =
        get(
            "api/registry/staff/" + someone.employeeNo() + "?asOf=" + city.effective(),
            Role.HR_FEED);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = json(response);
    assertEquals(someone.employeeNo(), json.getString("employeeNo"));
    assertEquals(
        List.of(
            "employeeNo", "name", "status", "orgCode", "orgName", "position", "managerNo", "asOf"),
        List.copyOf(json.keySet()),
        "every field, managerNo too when it is null");
    assertEquals(
        404,
        get("api/registry/staff/" + someone.employeeNo() + "?asOf=1999-04-01", Role.HR_FEED)
            .statusCode());
    // the files accept full-width digits, so does the path (NFKC)
    String fullWidth =
        someone
            .employeeNo()
            .chars()
            .mapToObj(
                c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０')) : "" + (char) c)
            .collect(java.util.stream.Collectors.joining());
    HttpResponse<String> wide =
        get(
            "api/registry/staff/"
                + java.net.URLEncoder.encode(fullWidth, StandardCharsets.UTF_8)
                + "?asOf="
                + city.effective(),
            Role.HR_FEED);
    assertEquals(200, wide.statusCode(), wide.body());
    assertEquals(someone.employeeNo(), json(wide).getString("employeeNo"));
    assertEquals(404, get("api/registry/staff/NOBODY?asOf=2025-04-01", Role.HR_FEED).statusCode());
    assertEquals(400, get("api/registry/staff/X?asOf=yesterday", Role.HR_FEED).statusCode());
    // staff see themselves only
    String self = logins.get(Role.STAFF);
    assertEquals(200, get("api/registry/staff/" + self, Role.STAFF).statusCode());
    String other =
        someone.employeeNo().equals(self) ? city.staff().get(1).employeeNo() : someone.employeeNo();
    HttpResponse<String> refused = get("api/registry/staff/" + other, Role.STAFF);
    assertEquals(403, refused.statusCode());
    assertTrue(json(refused).containsKey("error"), refused.body());
  }

  @Test
  void aPostThatIsNotMultipartIsMalformed() throws Exception {
    HttpRequest json =
        authorised(
                HttpRequest.newBuilder(URI.create(base + "api/registry/snapshots"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")),
                Role.HR_FEED)
            .build();
    assertEquals(400, http.send(json, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  private HttpResponse<String> post(String query, String who, Map<String, byte[]> parts)
      throws Exception {
    return http.send(request(query, who, parts).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String query, String who, Map<String, byte[]> parts)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      body.write(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part.getKey()
                  + "\"; filename=\""
                  + part.getKey()
                  + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(part.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return authorised(
        HttpRequest.newBuilder(URI.create(base + "api/registry/snapshots?" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        who);
  }

  private HttpResponse<String> get(String path, String who) throws Exception {
    return http.send(
        authorised(HttpRequest.newBuilder(URI.create(base + path)), who).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorised(HttpRequest.Builder request, String who) {
    if (who.equals("none")) {
      return request;
    }
    String user = who.equals("wrong") ? logins.get(Role.HR_FEED) : logins.get(who);
    String password = who.equals("wrong") ? "not-the-password" : DemoData.PASSWORD;
    return request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
