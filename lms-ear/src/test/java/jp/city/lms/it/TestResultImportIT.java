package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test results in bulk ({@code POST /api/assessments/tests}, a {@code test-results.csv}) against
 * the real database: a file with rejected rows records nothing and says file, line, field and
 * reason in the caller's language; a refused file; a dry run; a clean file recorded whole as TEST
 * assessments, and sent again changes nothing; only the training office and administrators may send
 * one.
 */
@ExtendWith(ArquillianExtension.class)
class TestResultImportIT {

  private static final String PASSWORD = "tests-pass-1";
  private static final String BOUNDARY = "lms-tests-7f21";
  private static final String HEADER = "職員番号,スキルコード,レベル,評価日\r\n";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB TestData data;
  @PersistenceContext EntityManager em;

  private final HttpClient http = HttpClient.newHttpClient();

  private String person;
  private String manager;
  private String staff;
  private String officer;
  private String admin;

  @BeforeEach
  void aPersonTheirManagerAndTheOffice() {
    String prefix = TestData.unique();
    String unit = prefix + "U";
    data.unit(unit, "試験課", "課", null);
    manager = prefix + "M";
    person = prefix + "P";
    staff = prefix + "S";
    officer = prefix + "O";
    admin = prefix + "D";
    data.staff(manager, "課長　試", null, unit, "課長", StaffStatus.ACTIVE);
    data.staff(person, "職員　験", null, unit, "係員", StaffStatus.ACTIVE, manager);
    data.staff(staff, "職員　他", null, unit, "係員", StaffStatus.ACTIVE, manager);
    data.staff(officer, "研修　担", null, unit, "係員", StaffStatus.ACTIVE);
    data.staff(admin, "管理　者", null, unit, "係員", StaffStatus.ACTIVE);
    data.account(manager, PASSWORD, Role.STAFF);
    data.account(staff, PASSWORD, Role.STAFF);
    data.account(officer, PASSWORD, Role.TRAINING_OFFICE);
    data.account(admin, PASSWORD, Role.ADMIN);
  }

  private List<String> tests() {
    return em.createQuery(
            "SELECT CONCAT(a.skillCode, ':', a.level, ':', a.assessedOn) FROM Assessment a"
                + " WHERE a.staff.employeeNo = :no AND a.source = :source ORDER BY a.skillCode",
            String.class)
        .setParameter("no", person)
        .setParameter("source", jp.city.lms.skills.entity.AssessmentSource.TEST)
        .getResultList();
  }

  @Test
  void aFileWithRejectedRowsRecordsNothingAndSaysWhereAndWhyInTheCallersLanguage()
      throws Exception {
    String file =
        HEADER
            + person
            + ",DSS-L-WHY-01,3,2025-06-01\r\n"
            + person
            + ",NO-SUCH-SKILL,2,2025-06-01\r\n"
            + person
            + ",DSS-L-WHY-02,9,2025-06-01\r\n"
            + "9999999,DSS-L-WHY-02,1,2025-06-01\r\n";
    HttpResponse<String> ja = post(officer, "", "ja", file);
    assertEquals(422, ja.statusCode(), ja.body());
    JsonObject answer = json(ja);
    assertEquals("REFUSED", answer.getString("outcome"));
    assertEquals(0, answer.getJsonObject("counts").getInt("recorded"));
    assertEquals(3, answer.getJsonObject("counts").getInt("rejected"));
    JsonArray rejected = answer.getJsonArray("rejected");
    JsonObject skill = rejected.getJsonObject(0);
    assertEquals("test-results.csv", skill.getString("file"));
    assertEquals(3, skill.getInt("line"));
    assertEquals("スキルコード", skill.getString("field"));
    assertTrue(skill.getString("reason").contains("NO-SUCH-SKILL"), skill.toString());
    assertEquals("レベル", rejected.getJsonObject(1).getString("field"));
    assertEquals(5, rejected.getJsonObject(2).getInt("line"));
    assertTrue(answer.getString("refusedBecause").contains("何も記録していません"));
    assertEquals(List.of(), tests(), "nothing half-loaded");

    JsonObject en = json(post(officer, "", "en", file));
    assertTrue(
        en.getJsonArray("rejected")
            .getJsonObject(1)
            .getString("reason")
            .contains("is not a whole number from 0 to 4"),
        en.toString());
  }

  @Test
  void aRefusedFileADryRunThenTheFileRecordedWholeAndOnceOnly() throws Exception {
    HttpResponse<String> missing = post(officer, "", "en", "employee_no,skill_code\r\nx,y\r\n");
    assertEquals(422, missing.statusCode());
    assertTrue(json(missing).getString("refusedBecause").contains("level"), missing.body());
    assertEquals(400, post(officer, "dryRun=maybe", "en", HEADER).statusCode());

    String file =
        "employee_no,skill_code,level,assessed_on,note\r\n"
            + person
            + ",DSS-L-WHY-01,3,2025/06/01,=cmd\r\n"
            + person
            + ",ＤＳＳ-L-WHY-02,２,2025-06-02,\r\n";
    JsonObject dry = json(post(officer, "dryRun=true", "ja", file));
    assertEquals("DRY_RUN", dry.getString("outcome"));
    assertEquals(2, dry.getJsonObject("counts").getInt("recorded"));
    assertEquals(List.of(), tests());

    HttpResponse<String> applied = post(admin, "", "ja", file);
    assertEquals(200, applied.statusCode(), applied.body());
    assertEquals("APPLIED", json(applied).getString("outcome"));
    assertEquals(List.of("DSS-L-WHY-01:3:2025-06-01", "DSS-L-WHY-02:2:2025-06-02"), tests());

    JsonObject again = json(post(officer, "", "ja", file));
    assertEquals(0, again.getJsonObject("counts").getInt("recorded"));
    assertEquals(2, again.getJsonObject("counts").getInt("unchanged"));
    assertEquals(2, tests().size(), "a file sent twice adds no history");
  }

  @Test
  void onlyTheOfficeAndAdministratorsMaySendTestResults() throws Exception {
    String file = HEADER + person + ",DSS-L-WHY-01,1,2025-06-01\r\n";
    assertEquals(403, post(manager, "", "ja", file).statusCode(), "a manager of the person");
    assertEquals(403, post(staff, "", "ja", file).statusCode());
    assertEquals(401, post(null, "", "ja", file).statusCode());
    assertEquals(List.of(), tests());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private HttpResponse<String> post(String who, String query, String language, String file)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"tests\"; filename=\"test-results.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file.getBytes(StandardCharsets.UTF_8));
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Servers.base() + "api/assessments/tests?" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (who != null) {
      request.header("Authorization", WebSession.basic(who, PASSWORD));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
